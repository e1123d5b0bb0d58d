// TaggerWeights against the LinearModel it is built from: narrow rows must
// score exactly as the model does, dense (int8) rows within their rounding,
// for tag sets that fit the 16-bit dense sums and for wider ones.
#include "tagger/tagger_weights.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <vector>

#include "learn/int8_rounding.h"
#include "learn/linear_model.h"

namespace dyad {
namespace {

struct Fixture {
  LinearModel model;
  std::vector<uint64_t> keys;
  std::vector<bool> dense;  // per key: stored dense by TaggerWeights
};

// Every third row votes for most classes (dense), the others for a few.
Fixture MakeModel(int classes, int rows, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<float> weight(0.0f, 2.0f);
  std::vector<LinearModel::Row> model_rows;
  Fixture f;
  for (int r = 0; r < rows; ++r) {
    LinearModel::Row row;
    row.key = rng() | 1;
    const bool wide = r % 3 == 0;
    const int stride = wide ? 1 : 1 + static_cast<int>(rng() % 9);
    for (int c = static_cast<int>(rng() % 3); c < classes && row.weights.size() < (wide ? 999u : 8u);
         c += stride) {
      row.weights.emplace_back(static_cast<uint16_t>(c), weight(rng));
    }
    f.keys.push_back(row.key);
    model_rows.push_back(std::move(row));
  }
  f.model = LinearModel::Build(classes, model_rows);
  for (size_t r = 0; r < f.model.num_features(); ++r) {
    f.dense.push_back(f.model.row(r).size() >= TaggerWeights::kDenseMinEntries);
  }
  return f;
}

TEST(TaggerWeightsTest, AgreesWithTheModelWithinTheDenseRounding) {
  for (const int classes : {5, 70, 300}) {
    const Fixture f = MakeModel(classes, 2000, 11 + classes);
    const TaggerWeights weights = TaggerWeights::Build(f.model);
    const int max_weight = testing::LargestWeight(f.model);
    std::mt19937_64 rng(classes);
    for (int trial = 0; trial < 40; ++trial) {
      // 48 features (the tagger's most): known ones and unknown ones.
      std::vector<uint64_t> features;
      int dense_rows = 0;
      for (int i = 0; i < 48; ++i) {
        if (i % 5 == 4) {
          features.push_back(rng() & ~uint64_t{1});  // even: never a stored key
          continue;
        }
        const size_t r = rng() % f.model.num_features();
        features.push_back(f.model.row_key(r));
        dense_rows += f.dense[r];
      }
      std::vector<int32_t> want(classes, 0);
      std::vector<int32_t> got(TaggerWeights::Stride(classes), -1);
      f.model.AddScores(features, want.data());
      weights.Score(features, got.data());
      testing::ExpectWithinInt8Rounding(got, want, dense_rows, max_weight);
    }
  }
}

TEST(TaggerWeightsTest, NarrowRowsAreExact) {
  std::vector<LinearModel::Row> rows;
  for (uint64_t k = 1; k <= 300; ++k) {
    rows.push_back({k * 0xd1342543de82ef95ULL, {{static_cast<uint16_t>(k % 40), 0.75f * k},
                                                {static_cast<uint16_t>((k + 3) % 40), -0.5f * k}}});
  }
  const LinearModel model = LinearModel::Build(40, rows);
  const TaggerWeights weights = TaggerWeights::Build(model);
  EXPECT_EQ(weights.dense_rows(), 0u);
  std::vector<uint64_t> features;
  for (uint64_t k = 2; k <= 300; k += 7) features.push_back(k * 0xd1342543de82ef95ULL);
  std::vector<int32_t> want(40, 0), got(TaggerWeights::Stride(40), 0);
  model.AddScores(features, want.data());
  weights.Score(features, got.data());
  for (int c = 0; c < 40; ++c) EXPECT_EQ(got[c], want[c]) << "class " << c;
}

}  // namespace
}  // namespace dyad
