// Where tests find the repository's models and the read-only ../shared
// folder. A user's machine has no ../shared: tests that need it call
// SharedPathOrSkip(), which skips the test and says why.
#ifndef DYAD_TESTS_TEST_PATHS_H_
#define DYAD_TESTS_TEST_PATHS_H_

#include <cstdlib>
#include <filesystem>
#include <string>

namespace dyad::testing {

inline std::string SourcePath(const std::string& relative) {
  return std::string(DYAD_SOURCE_DIR) + "/" + relative;
}

inline std::string ModelPath(const std::string& name) { return SourcePath("models/" + name); }

// ../shared beside the repository, or $DYAD_SHARED; empty when absent.
inline std::string SharedDir() {
  if (const char* env = std::getenv("DYAD_SHARED"); env && *env) return env;
  const std::filesystem::path p = std::filesystem::path(DYAD_SOURCE_DIR).parent_path() / "shared";
  return std::filesystem::is_directory(p) ? p.string() : std::string();
}

}  // namespace dyad::testing

// Sets `var` to ../shared/<relative>, or skips the test when it is missing.
#define DYAD_SHARED_PATH_OR_SKIP(var, relative)                                        \
  std::string var = ::dyad::testing::SharedDir();                                      \
  if (var.empty() || !std::filesystem::exists(var + "/" + (relative))) {               \
    GTEST_SKIP() << "../shared/" << (relative) << " is not present on this machine"; \
  }                                                                                    \
  var += std::string("/") + (relative)

#endif  // DYAD_TESTS_TEST_PATHS_H_
