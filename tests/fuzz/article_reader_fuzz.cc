// article_reader_fuzz: a libFuzzer target for what `dyad code` reads before
// any analysis: JSON Lines records (src/io/article_reader.h) and the dates
// in them. Every record comes back, good or bad, with line numbers in
// order, and a record reported good has text to code.
// Fast (no models), so it explores far more inputs a second than
// pipeline_fuzz. docs/TESTING.md has the commands.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "io/article_reader.h"

namespace {

[[noreturn]] void Fail(const char* what, uint64_t line) {
  std::fprintf(stderr, "article_reader_fuzz: broken invariant: %s (line %llu)\n", what,
               static_cast<unsigned long long>(line));
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::istringstream in(input);
  dyad::ArticleReader reader(in);
  uint64_t previous = 0;
  while (auto article = reader.Next()) {
    if (article->line <= previous) Fail("line numbers out of order", article->line);
    previous = article->line;
    if (article->error.empty() && article->text.empty()) Fail("good record without text", article->line);
  }
  return 0;
}
