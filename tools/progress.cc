#include "progress.h"

#include <cstdio>

namespace dyad::tools {
namespace {

std::string Clock(double seconds) {
  const auto s = static_cast<long>(seconds);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  return buf;
}

}  // namespace

Progress::Progress(bool enabled)
    : enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_) {}

double Progress::Seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::Update(const Counts& c, uint64_t done_bytes, uint64_t total_bytes) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  const double t = Seconds();
  std::string eta;
  if (total_bytes > 0 && done_bytes > 0 && done_bytes <= total_bytes) {
    eta = ", ETA " + Clock(t * static_cast<double>(total_bytes - done_bytes) /
                           static_cast<double>(done_bytes));
  }
  std::fprintf(stderr,
               "\r\033[K%llu articles (%.0f/s), %llu sentences (%.0f/s), %llu events, %llu errors, "
               "%s elapsed%s",
               static_cast<unsigned long long>(c.articles), c.articles / (t > 0 ? t : 1),
               static_cast<unsigned long long>(c.sentences), c.sentences / (t > 0 ? t : 1),
               static_cast<unsigned long long>(c.events), static_cast<unsigned long long>(c.errors),
               Clock(t).c_str(), eta.c_str());
  drawn_ = true;
}

void Progress::Finish(const Counts& c) {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
  const double t = Seconds();
  std::fprintf(stderr,
               "dyad: %llu articles, %llu sentences, %llu events, %llu errors, %llu skipped, "
               "%.2f s (%.0f sentences/s)\n",
               static_cast<unsigned long long>(c.articles),
               static_cast<unsigned long long>(c.sentences),
               static_cast<unsigned long long>(c.events), static_cast<unsigned long long>(c.errors),
               static_cast<unsigned long long>(c.skipped), t, c.sentences / (t > 0 ? t : 1e-9));
}

}  // namespace dyad::tools
