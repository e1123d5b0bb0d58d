// line_source_fuzz: a libFuzzer target for the input files `dyad code`
// opens (src/io/line_source.h): plain, gzip or zstd bytes, often corrupt.
// Each input is written to a file and read back line by line; reading must
// end, with or without an error, and never read past what it was given.
// docs/TESTING.md has the commands.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "io/line_source.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::string path = "/tmp/line_source_fuzz." + std::to_string(getpid());
  FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) std::abort();
  if (size > 0 && std::fwrite(data, 1, size, f) != size) std::abort();
  std::fclose(f);
  auto source = dyad::LineSource::Open(path);
  if (!source.ok()) return 0;
  std::string line;
  uint64_t lines = 0;
  while ((*source)->ReadLine(&line)) ++lines;
  if ((*source)->bytes_read() > size) {
    std::fprintf(stderr, "line_source_fuzz: read %llu bytes of %zu\n",
                 static_cast<unsigned long long>((*source)->bytes_read()), size);
    std::abort();
  }
  (void)lines;
  return 0;
}
