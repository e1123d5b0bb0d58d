// Golden articles: the events a careful coder must find, with evidence.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "test_paths.h"

namespace dyad {
namespace {

struct Coded {
  std::string source, target, cameo, date, rule;
};

std::vector<Coded> CodeFile(const std::string& path, const std::string& date) {
  const std::string cmd = std::string(DYAD_BINARY_DIR) + "/dyad code -q --text --date " + date +
                          " " + path + " 2>/dev/null";
  std::vector<Coded> events;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return events;
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  std::istringstream lines(out);
  std::string line;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line);
    if (!j["source"].is_object() || !j["target"].is_object()) continue;
    events.push_back({j["source"]["code"], j["target"]["code"], j["cameo"], j["date"],
                      j["evidence"]["rule"]});
  }
  return events;
}

bool Has(const std::vector<Coded>& events, const std::string& source_country,
         const std::string& target_country, const std::string& root, const std::string& date = "") {
  for (const Coded& e : events) {
    if (e.source.compare(0, 3, source_country) == 0 && e.target.compare(0, 3, target_country) == 0 &&
        e.cameo.compare(0, 2, root) == 0 && (date.empty() || e.date == date) && !e.rule.empty()) {
      return true;
    }
  }
  return false;
}

// The example: a January 2022 wire story (read from ../shared).
TEST(GoldenTest, KurilEmbassyStatement) {
  DYAD_SHARED_PATH_OR_SKIP(path, "samples/kuril-embassy-2022-01-22.txt");
  const auto events = CodeFile(path, "2022-01-22");
  EXPECT_TRUE(Has(events, "JPN", "RUS", "13"));   // Japan threatens Russia
  EXPECT_TRUE(Has(events, "RUS", "JPN", "11"));   // the Russian Embassy disapproves
  // Kishida and Biden agree on cooperation "on Friday": 2022-01-21.
  EXPECT_TRUE(Has(events, "JPN", "USA", "03", "2022-01-21"));
  EXPECT_TRUE(Has(events, "USA", "JPN", "03", "2022-01-21"));
}

// The project's own example article.
TEST(GoldenTest, ExampleArticle) {
  const auto events = CodeFile(testing::SourcePath("examples/article.txt"), "2024-03-06");
  // Foreign ministers from Kenya and Ethiopia met (04) and agreed to
  // resume talks (03), each towards the other.
  EXPECT_TRUE(Has(events, "KEN", "ETH", "04"));
  EXPECT_TRUE(Has(events, "ETH", "KEN", "04"));
  EXPECT_TRUE(Has(events, "KEN", "ETH", "03"));
}

}  // namespace
}  // namespace dyad
