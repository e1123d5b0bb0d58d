// ScoreTable against the LinearModel it indexes: sparse rows must score
// exactly as the model does, dense (int8) rows within their rounding.
#include "parser/score_table.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <vector>

#include "learn/int8_rounding.h"
#include "learn/linear_model.h"

namespace dyad::parser {
namespace {

// A model with rows of every shape: 1-3 entries (inline), 4-7 (spilled)
// and 8 or more (dense), over `classes` classes.
LinearModel RandomModel(int classes, int rows, std::mt19937_64& rng) {
  std::vector<LinearModel::Row> model_rows;
  std::uniform_real_distribution<float> weight(-3.0f, 3.0f);
  for (int r = 0; r < rows; ++r) {
    LinearModel::Row row;
    row.key = rng();
    const int size = 1 + static_cast<int>(rng() % (r % 3 == 0 ? classes : 7));
    std::vector<bool> used(classes, false);
    for (int i = 0; i < size; ++i) {
      const auto cls = static_cast<uint16_t>(rng() % classes);
      if (used[cls]) continue;
      used[cls] = true;
      row.weights.emplace_back(cls, weight(rng));
    }
    model_rows.push_back(std::move(row));
  }
  return LinearModel::Build(classes, model_rows);
}

TEST(ScoreTableTest, AgreesWithTheModelItIndexes) {
  std::mt19937_64 rng(7);
  for (const int classes : {3, 40, 103, 130}) {
    const LinearModel model = RandomModel(classes, 3000, rng);
    const ScoreTable table = ScoreTable::Build(model);
    ASSERT_EQ(table.num_classes(), classes);
    ASSERT_GE(table.scores_size(), static_cast<size_t>(classes));
    // The largest quantised weight bounds the int8 rounding of dense rows.
    const int max_weight = testing::LargestWeight(model);
    for (int trial = 0; trial < 50; ++trial) {
      // Known features (some twice) and unknown ones.
      std::vector<uint64_t> features;
      int dense_rows = 0;
      for (int i = 0; i < 100; ++i) {
        if (i % 4 == 3) {
          features.push_back(rng());
          continue;
        }
        const size_t r = rng() % model.num_features();
        features.push_back(model.row_key(r));
        dense_rows += model.row(r).size() >= ScoreTable::kDenseMin;
      }
      std::vector<int32_t> want(classes, 0), got(table.scores_size(), 0);
      model.AddScores(features, want.data());
      table.AddScores(features, got.data());
      testing::ExpectWithinInt8Rounding(got, want, dense_rows, max_weight);
    }
  }
}

TEST(ScoreTableTest, SparseRowsAreExact) {
  std::vector<LinearModel::Row> rows;
  for (uint64_t k = 1; k <= 500; ++k) {
    rows.push_back({k * 0x9e3779b97f4a7c15ULL, {{static_cast<uint16_t>(k % 50), 0.5f * k},
                                                {static_cast<uint16_t>((k + 7) % 50), -0.25f * k}}});
  }
  const LinearModel model = LinearModel::Build(50, rows);
  const ScoreTable table = ScoreTable::Build(model);
  std::vector<uint64_t> features;
  for (uint64_t k = 1; k <= 500; k += 3) features.push_back(k * 0x9e3779b97f4a7c15ULL);
  std::vector<int32_t> want(50, 0), got(table.scores_size(), 0);
  model.AddScores(features, want.data());
  table.AddScores(features, got.data());
  for (int c = 0; c < 50; ++c) EXPECT_EQ(got[c], want[c]) << "class " << c;
}

// With a minimum weight, the table scores as the model would without the
// weights at or under it: small ones go, large ones stay exact, and a row
// left empty is no row at all.
TEST(ScoreTableTest, MinWeightLeavesOutTheSmallWeights) {
  std::vector<LinearModel::Row> rows, kept;
  for (uint64_t k = 1; k <= 400; ++k) {
    const uint64_t key = k * 0x9e3779b97f4a7c15ULL;
    // Weights of 0.5 to 4 trained units; every fourth row only small ones.
    const float big = k % 4 == 0 ? 0.75f : 1.5f + 0.01f * static_cast<float>(k);
    LinearModel::Row row{key, {{static_cast<uint16_t>(k % 30), big},
                               {static_cast<uint16_t>((k + 9) % 30), -0.5f},
                               {static_cast<uint16_t>((k + 17) % 30), k % 2 ? 1.0f : -1.0f}}};
    LinearModel::Row big_only{key, {}};
    if (big > 1.25f) big_only.weights.push_back(row.weights[0]);
    rows.push_back(std::move(row));
    if (!big_only.weights.empty()) kept.push_back(std::move(big_only));
  }
  // Same largest weight, so both models quantise with the same scale.
  const LinearModel model = LinearModel::Build(30, rows);
  const LinearModel reference = LinearModel::Build(30, kept);
  ASSERT_EQ(model.scale(), reference.scale());
  const ScoreTable table = ScoreTable::Build(model, 1.25f);
  const ScoreTable full = ScoreTable::Build(model);
  EXPECT_LT(table.memory_bytes(), full.memory_bytes());
  std::vector<uint64_t> features;
  for (uint64_t k = 1; k <= 400; k += 3) features.push_back(k * 0x9e3779b97f4a7c15ULL);
  std::vector<int32_t> want(30, 0), got(table.scores_size(), 0), all(full.scores_size(), 0);
  reference.AddScores(features, want.data());
  table.AddScores(features, got.data());
  full.AddScores(features, all.data());
  bool differs = false;
  for (int c = 0; c < 30; ++c) {
    EXPECT_EQ(got[c], want[c]) << "class " << c;
    differs |= all[c] != want[c];
  }
  EXPECT_TRUE(differs);  // the small weights did count without the minimum
}

TEST(ScoreTableTest, EmptyModelScoresNothing) {
  const ScoreTable table = ScoreTable::Build(LinearModel::Build(5, {}));
  std::vector<int32_t> scores(table.scores_size(), 0);
  const uint64_t features[] = {1, 2, 3};
  table.AddScores(features, scores.data());
  for (int32_t s : scores) EXPECT_EQ(s, 0);
}

}  // namespace
}  // namespace dyad::parser
