#include <gtest/gtest.h>

#include <filesystem>

#include "learn/averaged_perceptron.h"
#include "learn/linear_model.h"

namespace dyad {
namespace {

// A separable toy problem: feature 10+c votes for class c.
TEST(PerceptronTest, LearnsSeparableProblemAndSurvivesSaveLoad) {
  AveragedPerceptron trainer(3);
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (int c = 0; c < 3; ++c) {
      const uint64_t feats[] = {static_cast<uint64_t>(10 + c), 99};
      float scores[3] = {0, 0, 0};
      trainer.AddScores(feats, scores);
      int guess = 0;
      for (int k = 1; k < 3; ++k) if (scores[k] > scores[guess]) guess = k;
      trainer.Update(feats, c, guess);
      trainer.Tick();
    }
  }
  const LinearModel model = trainer.Finalize();
  for (int c = 0; c < 3; ++c) {
    const uint64_t feats[] = {static_cast<uint64_t>(10 + c), 99, 12345};  // 12345 unseen
    int32_t scores[3] = {0, 0, 0};
    model.AddScores(feats, scores);
    int best = 0;
    for (int k = 1; k < 3; ++k) if (scores[k] > scores[best]) best = k;
    EXPECT_EQ(best, c);
  }

  const std::string path = (std::filesystem::temp_directory_path() / "dyad_perceptron_test.bin").string();
  ModelWriter w;
  model.Save(w);
  ASSERT_TRUE(w.WriteFile(path, "TEST", 1).ok());
  auto r = ModelReader::Open(path, "TEST", 1);
  ASSERT_TRUE(r.ok());
  LinearModel loaded;
  ASSERT_TRUE(loaded.Load(*r));
  EXPECT_EQ(loaded.num_features(), model.num_features());
  const uint64_t feats[] = {11};
  int32_t a[3] = {0, 0, 0}, b[3] = {0, 0, 0};
  model.AddScores(feats, a);
  loaded.AddScores(feats, b);
  EXPECT_EQ(std::vector<int32_t>(a, a + 3), std::vector<int32_t>(b, b + 3));
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace dyad
