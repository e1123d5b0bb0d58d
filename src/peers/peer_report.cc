#include "peers/peer_report.h"

namespace dyad::peers {

void PeerReport::Error(std::string_view path, int line, std::string_view message) {
  std::string e(path);
  e += ':';
  e += std::to_string(line);
  e += ": ";
  e += message;
  errors_.push_back(std::move(e));
}

void PeerReport::Unsupported(std::string_view kind, std::string_view path, int line) {
  std::string where(path);
  where += ':';
  where += std::to_string(line);
  unsupported_[std::string(kind)].push_back(std::move(where));
}

size_t PeerReport::unsupported_count() const {
  size_t n = 0;
  for (const auto& [kind, places] : unsupported_) n += places.size();
  return n;
}

std::string PeerReport::Summary(size_t max_places) const {
  std::string out;
  for (const std::string& e : errors_) out += "error: " + e + "\n";
  for (const auto& [kind, places] : unsupported_) {
    out += "unsupported: " + kind + " x" + std::to_string(places.size()) + " (";
    for (size_t i = 0; i < places.size() && i < max_places; ++i) {
      if (i > 0) out += ", ";
      out += places[i];
    }
    if (places.size() > max_places) out += ", ...";
    out += ")\n";
  }
  return out;
}

}  // namespace dyad::peers
