// The committed model (models/parser.bin) on held-out data with gold tags:
// GUM news dev, which no dyad model trains on, and EWT dev (a regression
// guard only: the final training pass learns from EWT dev too, see
// docs/PARSER.md). The figures with predicted tags are in docs/PARSER.md.
// Skips where ../shared is absent, and while models/parser.bin is not
// committed (it is committed only once it meets the bars in docs/PARSER.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "corpus/conllu.h"
#include "parser/parser.h"
#include "test_paths.h"

namespace dyad {
namespace {

#define DYAD_PARSER_MODEL_OR_SKIP(var)                                          \
  const std::string var = ::dyad::testing::ModelPath("parser.bin");            \
  if (!std::filesystem::exists(var)) GTEST_SKIP() << var << " is not committed"

struct Scores {
  double uas = 0, las = 0;
};

// Parses the gold tokenization and tags of `path`; every word counts.
Scores ParseWithGoldTags(const Parser& parser, const std::string& path) {
  auto gold = ReadConllu(path);
  auto test = ReadConllu(path);
  EXPECT_TRUE(gold.ok() && test.ok());
  if (!gold.ok() || !test.ok()) return {};
  for (Token& t : test->doc.mutable_tokens()) {
    t.head = -1;
    t.deprel = 0;
  }
  parser.Parse(test->doc, ParserOptions{});
  size_t uas = 0, las = 0;
  const auto g = gold->doc.tokens();
  const auto p = test->doc.tokens();
  for (size_t i = 0; i < p.size(); ++i) {
    if (g[i].head == p[i].head) {
      ++uas;
      las += g[i].deprel == p[i].deprel;
    }
  }
  const double n = static_cast<double>(p.size());
  return {100.0 * uas / n, 100.0 * las / n};
}

TEST(ParserAccuracyTest, CommittedModelOnGumNewsDev) {
  DYAD_SHARED_PATH_OR_SKIP(path, "corpora/ud-english-gum-news/gum-dev.conllu");
  DYAD_PARSER_MODEL_OR_SKIP(model);
  auto parser = Parser::Load(model);
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  const Scores s = ParseWithGoldTags(*parser, path);
  // The candidate of docs/PARSER.md: 84.97 / 82.78.
  EXPECT_GE(s.uas, 84.5);
  EXPECT_GE(s.las, 82.3);
}

TEST(ParserAccuracyTest, CommittedModelOnEwtDev) {
  DYAD_SHARED_PATH_OR_SKIP(path, "corpora/ud-english-ewt/en_ewt-ud-dev.conllu");
  DYAD_PARSER_MODEL_OR_SKIP(model);
  auto parser = Parser::Load(model);
  ASSERT_TRUE(parser.ok()) << parser.status().ToString();
  const Scores s = ParseWithGoldTags(*parser, path);
  // 96.8 / 96.4 for the candidate, which learnt from dev; a model trained
  // without the final pass scores ~88 / 86.
  EXPECT_GE(s.uas, 87.5);
  EXPECT_GE(s.las, 85.5);
}

// The cascade (docs/PARSER.md) as the pipeline loads it, on GUM news train
// (56k words no model learns from; its settings were chosen on it): it must
// beat the perceptron alone there, which is why it is the default. Gold
// tags: 85.39 / 83.10 against 84.73 / 82.23 when committed.
TEST(ParserAccuracyTest, CommittedCascadeBeatsThePerceptronOnGumNews) {
  DYAD_SHARED_PATH_OR_SKIP(path, "corpora/ud-english-gum-news/gum-train.conllu");
  DYAD_PARSER_MODEL_OR_SKIP(model);
  const std::string neural = ::dyad::testing::ModelPath("parser-neural.bin");
  if (!std::filesystem::exists(neural)) GTEST_SKIP() << neural << " is not committed";
  const std::string dir = std::filesystem::path(model).parent_path().string();
  auto cascade = Parser::LoadFolder(dir, ParserOptions{});
  ASSERT_TRUE(cascade.ok()) << cascade.status().ToString();
  ASSERT_TRUE(cascade->cascade());
  auto perceptron = Parser::Load(model);
  ASSERT_TRUE(perceptron.ok()) << perceptron.status().ToString();
  const Scores both = ParseWithGoldTags(*cascade, path);
  const Scores alone = ParseWithGoldTags(*perceptron, path);
  EXPECT_GT(both.uas, alone.uas + 0.3) << both.uas << " against " << alone.uas;
  EXPECT_GT(both.las, alone.las + 0.3) << both.las << " against " << alone.las;
}

}  // namespace
}  // namespace dyad
