// LinearModel's lookup index against a plain map, with enough rows that
// probe sequences collide and wrap around.
#include "learn/linear_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <vector>

namespace dyad {
namespace {

TEST(LinearModelTest, ScoresMatchAPlainMapAndRowsAreReadable) {
  std::mt19937_64 rng(3);
  constexpr int kClasses = 7;
  std::vector<LinearModel::Row> rows;
  std::map<uint64_t, std::vector<std::pair<uint16_t, float>>> expected;
  for (int r = 0; r < 5000; ++r) {
    LinearModel::Row row{rng(), {}};
    for (uint16_t c = 0; c < kClasses; ++c) {
      if (rng() % 3 == 0) row.weights.emplace_back(c, static_cast<float>(rng() % 200) - 100.0f + 0.5f);
    }
    if (row.weights.empty()) continue;
    expected[row.key] = row.weights;
    rows.push_back(row);
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  const LinearModel model = LinearModel::Build(kClasses, rows);
  ASSERT_EQ(model.num_features(), expected.size());
  for (size_t r = 0; r < model.num_features(); ++r) {
    ASSERT_TRUE(expected.count(model.row_key(r)));
    EXPECT_EQ(model.row(r).size(), expected[model.row_key(r)].size());
  }
  // Known and unknown features mixed, more than one prefetch batch.
  std::vector<uint64_t> features;
  for (int i = 0; i < 100; ++i) features.push_back(i % 2 ? rows[rng() % rows.size()].key : rng());
  int32_t scores[kClasses] = {};
  model.AddScores(features, scores);
  double want[kClasses] = {};
  for (uint64_t f : features) {
    auto it = expected.find(f);
    if (it == expected.end()) continue;
    for (const auto& [c, w] : it->second) want[c] += w;
  }
  for (int c = 0; c < kClasses; ++c) {
    EXPECT_NEAR(scores[c] * model.scale(), want[c], 100 * model.scale()) << c;
  }
}

}  // namespace
}  // namespace dyad
