// dictionary_fuzz: a libFuzzer target for the dictionary loaders, which read
// files users edit by hand (docs/DICTIONARIES.md). The input is cut at NUL
// bytes into the texts of four files (countries, people, places, verb
// patterns), written to a scratch dictionary folder and loaded. Loading must
// never crash or hang, and every problem it reports must name a file and a
// line ("path:line: ..."), or at least a file. docs/TESTING.md has the
// commands.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_dictionary.h"
#include "events/cameo_codes.h"
#include "events/verb_patterns.h"

namespace {

namespace fs = std::filesystem;

void Write(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

void CheckProblems(const std::vector<std::string>& problems, const std::string& root) {
  for (const std::string& p : problems) {
    if (p.rfind(root, 0) != 0) {
      std::fprintf(stderr, "dictionary_fuzz: a problem that names no file: %s\n", p.c_str());
      std::abort();
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const fs::path root = fs::temp_directory_path() / ("dictionary_fuzz." + std::to_string(getpid()));
  static const dyad::CameoCodes codes = [] {
    std::vector<std::string> problems;
    auto loaded = dyad::CameoCodes::Load(DYAD_SOURCE_DATA_DIR "/events/cameo_codes.txt", &problems);
    if (!loaded.ok()) std::abort();
    return std::move(loaded).value();
  }();
  static const bool made = [] {
    fs::create_directories(root / "actors" / "people");
    fs::create_directories(root / "actors" / "places");
    fs::create_directories(root / "verbs");
    return true;
  }();
  (void)made;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string_view parts[4];
  size_t start = 0;
  for (int i = 0; i < 4; ++i) {
    const size_t end = std::min(input.find('\0', start), input.size());
    parts[i] = start <= input.size() ? input.substr(start, end - start) : std::string_view();
    start = end + 1;
  }
  Write(root / "actors" / "countries.txt", parts[0]);
  Write(root / "actors" / "people" / "xxx.txt", parts[1]);
  Write(root / "actors" / "places" / "xxx.txt", parts[2]);
  Write(root / "verbs" / "01_fuzz.txt", parts[3]);

  std::vector<std::string> problems;
  (void)dyad::ActorDictionary::Load((root / "actors").string(), &problems);
  CheckProblems(problems, root.string());
  problems.clear();
  (void)dyad::PatternSet::Load((root / "verbs").string(), codes, &problems);
  CheckProblems(problems, root.string());
  return 0;
}
