// The cascade of a neural and a perceptron parser (cascade_decoder.h): at
// its two extremes it must be exactly one model or the other, and it must
// refuse models that cannot be summed.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/conllu.h"
#include "parser/parser.h"
#include "synthetic_treebank.h"

namespace dyad {
namespace {

using testing::ReadSynthetic;

// Models trained briefly on purpose: they must still disagree somewhere,
// or the extremes below could not tell them apart.
Parser TrainPerceptron(const Document& train) {
  ParserTrainOptions options;
  options.epochs = 1;
  options.final_pass_with_dev = false;
  std::ostringstream log;
  auto parser = Parser::Train(train, train, options, log);
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  return std::move(parser).value();
}

Parser TrainNeural(const Document& train) {
  NeuralParserTrainOptions options;
  options.epochs = 1;
  options.hidden = 32;
  options.word_dim = 16;
  options.batch = 8;
  options.min_word_count = 1;
  std::ostringstream log;
  auto parser = Parser::TrainNeural(train, train, options, log);
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  return std::move(parser).value();
}

struct Arc {
  int head;
  Deprel deprel;
  bool operator==(const Arc&) const = default;
};

std::vector<Arc> ParseAll(const Parser& parser) {
  ConlluCorpus corpus = ReadSynthetic();
  for (Token& t : corpus.doc.mutable_tokens()) {
    t.head = -1;
    t.deprel = 0;
  }
  parser.Parse(corpus.doc, ParserOptions{});
  std::vector<Arc> arcs;
  for (const Token& t : corpus.doc.tokens()) arcs.push_back({t.head, t.deprel});
  return arcs;
}

class CascadeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const ConlluCorpus train = ReadSynthetic();
    perceptron_ = new Parser(TrainPerceptron(train.doc));
    neural_ = new Parser(TrainNeural(train.doc));
  }
  static void TearDownTestSuite() {
    delete perceptron_;
    delete neural_;
  }
  static Parser Cascade(float margin, float neural_weight) {
    parser::CascadeOptions options;
    options.margin = margin;
    options.neural_weight = neural_weight;
    Parser copy = *perceptron_;
    auto cascade = Parser::Cascade(std::move(copy), *neural_, options);
    EXPECT_TRUE(cascade.ok()) << cascade.status().ToString();
    return std::move(cascade).value();
  }
  static Parser* perceptron_;
  static Parser* neural_;
};
Parser* CascadeTest::perceptron_ = nullptr;
Parser* CascadeTest::neural_ = nullptr;

TEST_F(CascadeTest, ModelsUnderTestDisagree) {
  EXPECT_NE(ParseAll(*perceptron_), ParseAll(*neural_));
}

TEST_F(CascadeTest, ZeroMarginIsTheNeuralParser) {
  const Parser cascade = Cascade(0.0f, 1.0f);
  EXPECT_TRUE(cascade.cascade());
  EXPECT_FALSE(cascade.neural());
  EXPECT_EQ(ParseAll(cascade), ParseAll(*neural_));
}

TEST_F(CascadeTest, AlwaysConsultedWithZeroWeightIsThePerceptron) {
  EXPECT_EQ(ParseAll(Cascade(1e30f, 0.0f)), ParseAll(*perceptron_));
}

TEST_F(CascadeTest, RefusesTwoPerceptronsTwoNeuralsAndBadOptions) {
  parser::CascadeOptions options;
  EXPECT_FALSE(Parser::Cascade(*perceptron_, *perceptron_, options).ok());
  EXPECT_FALSE(Parser::Cascade(*neural_, *neural_, options).ok());
  options.margin = -1.0f;
  EXPECT_FALSE(Parser::Cascade(*perceptron_, *neural_, options).ok());
}

TEST_F(CascadeTest, IsNotSavedAsOneFile) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "dyad_cascade_test.bin").string();
  const Status saved = Cascade(3.0f, 1.0f).Save(path);
  EXPECT_FALSE(saved.ok());
  EXPECT_NE(saved.ToString().find(path), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST_F(CascadeTest, LoadFolderBuildsTheCascadeOnlyWhenAskedAndPresentAndTheNeuralAloneAtMarginZero) {
  const auto dir = std::filesystem::temp_directory_path() / "dyad_cascade_folder";
  std::filesystem::create_directories(dir);
  ASSERT_TRUE(perceptron_->Save((dir / "parser.bin").string()).ok());
  ParserOptions options;
  auto alone = Parser::LoadFolder(dir.string(), options);
  ASSERT_TRUE(alone.ok()) << alone.status().ToString();
  EXPECT_FALSE(alone->cascade());
  ASSERT_TRUE(neural_->Save((dir / "parser-neural.bin").string()).ok());
  auto both = Parser::LoadFolder(dir.string(), options);
  ASSERT_TRUE(both.ok()) << both.status().ToString();
  EXPECT_TRUE(both->cascade());
  options.cascade_margin = 0.0f;  // the neural scorer alone
  auto fast = Parser::LoadFolder(dir.string(), options);
  ASSERT_TRUE(fast.ok()) << fast.status().ToString();
  EXPECT_TRUE(fast->neural());
  EXPECT_FALSE(fast->cascade());
  EXPECT_EQ(ParseAll(*fast), ParseAll(*neural_));
  options.cascade = false;
  auto off = Parser::LoadFolder(dir.string(), options);
  ASSERT_TRUE(off.ok());
  EXPECT_FALSE(off->cascade());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace dyad
