// The neural scorer: gradients, save/load, learning a small treebank, and the
// quantized scorer against the float network it is built from.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <optional>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "corpus/conllu.h"
#include "parser/features.h"
#include "parser/neural_decoder.h"
#include "parser/neural_model.h"
#include "parser/oracle.h"
#include "parser/parser.h"
#include "parser/train_examples.h"
#include "synthetic_treebank.h"

namespace dyad {
namespace {

using parser::NeuralFeatures;
using testing::ReadSynthetic;

NeuralParserTrainOptions TinyOptions() {
  NeuralParserTrainOptions options;
  options.epochs = 12;
  options.hidden = 32;
  options.word_dim = 16;
  options.batch = 8;
  options.learning_rate = 5e-3f;
  options.decay = 1.0f;
  options.dropout = 0.1f;
  options.min_word_count = 1;
  return options;
}

Parser TrainSynthetic(const NeuralParserTrainOptions& options = TinyOptions()) {
  const ConlluCorpus train = ReadSynthetic();
  std::ostringstream log;
  auto parser = Parser::TrainNeural(train.doc, train.doc, options, log);
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  return std::move(parser).value();
}

void ClearParse(Document& doc) {
  for (Token& t : doc.mutable_tokens()) {
    t.head = -1;
    t.deprel = 0;
  }
}

// At least 97% of the synthetic treebank's words get their head and relation.
void ExpectLearnsTheTreebank(const Parser& parser) {
  const ConlluCorpus gold = ReadSynthetic();
  ConlluCorpus test = ReadSynthetic();
  ClearParse(test.doc);
  parser.Parse(test.doc, ParserOptions{});
  size_t right = 0;
  const size_t words = test.doc.tokens().size();
  for (size_t i = 0; i < words; ++i) {
    right += test.doc.tokens()[i].head == gold.doc.tokens()[i].head &&
             test.doc.tokens()[i].deprel == gold.doc.tokens()[i].deprel;
  }
  EXPECT_GE(right, words * 97 / 100) << right << " of " << words;
}

TEST(NeuralNetTest, GradientMatchesFiniteDifferences) {
  parser::NeuralShape shape;
  shape.vocab = parser::kNeuralFirstWord + 5;
  shape.word_dim = 16;
  shape.hidden = 16;
  shape.classes = 7;  // three labels
  parser::NeuralNet net(shape, 3);
  parser::NeuralLearnOptions options;
  options.dropout = 0.0f;  // the loss must be a function of the weights alone
  parser::NeuralLearner learner(net, options, 3);
  NeuralFeatures f;
  for (int i = 0; i < parser::kNeuralWordSlots; ++i) {
    f.words[i] = parser::kNeuralFirstWord + i % 5;
    f.word_nodes[i] = i;
  }
  for (int i = 0; i < parser::kNeuralRowSlots; ++i) f.rows[i] = i * 13 % parser::kNeuralRows;
  // Two moves of least cost, one invalid.
  const int cost[7] = {0, 1, 0, parser::kInvalidMove, 2, 1, 3};
  learner.Learn(f, cost, 0, nullptr);

  // Central differences in double-checked float: compare where the
  // gradient is not tiny, with a relative tolerance.
  auto check = [&](float* param, const float* grad, int count, const char* what) {
    int checked = 0;
    for (int i = 0; i < count; ++i) {
      const float saved = param[i];
      const float eps = 1e-2f;
      param[i] = saved + eps;
      const double up = net.Loss(f, cost, 0);
      param[i] = saved - eps;
      const double down = net.Loss(f, cost, 0);
      param[i] = saved;
      const double numeric = (up - down) / (2 * eps);
      if (std::fabs(numeric) < 1e-3 && std::fabs(grad[i]) < 1e-3) continue;
      EXPECT_NEAR(grad[i], numeric, 0.05 * std::fabs(numeric) + 2e-3) << what << " " << i;
      ++checked;
    }
    EXPECT_GT(checked, 0) << what;
  };
  check(net.mutable_output(2), learner.output_gradient(2), shape.hidden, "output");
  check(net.mutable_row(f.rows[4]), learner.row_gradient(f.rows[4]), shape.hidden, "row");
  check(net.mutable_embedding(f.words[1]), learner.embedding_gradient(f.words[1]),
        shape.word_dim, "embedding");
  check(net.mutable_projection(3), learner.projection_gradient(3), shape.word_dim * shape.hidden,
        "projection");
}

TEST(NeuralParserTest, LearnsSmallTreebank) {
  const Parser parser = TrainSynthetic();
  EXPECT_TRUE(parser.neural());
  ExpectLearnsTheTreebank(parser);
}

// The bytes a parser saves (the model file).
std::string SavedBytes(const Parser& parser, const std::string& name) {
  const std::string path = (std::filesystem::temp_directory_path() / name).string();
  EXPECT_TRUE(parser.Save(path).ok());
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  std::filesystem::remove(path);
  return bytes;
}

TEST(NeuralParserTest, WordDropoutChangesTrainingDeterministicallyAndStillLearns) {
  NeuralParserTrainOptions options = TinyOptions();
  options.word_dropout = 0.25f;
  const Parser a = TrainSynthetic(options);
  const std::string with = SavedBytes(a, "dyad_word_dropout_a.bin");
  EXPECT_EQ(with, SavedBytes(TrainSynthetic(options), "dyad_word_dropout_b.bin"));
  EXPECT_NE(with, SavedBytes(TrainSynthetic(), "dyad_word_dropout_none.bin"));

  ExpectLearnsTheTreebank(a);
}

TEST(NeuralNetTest, MovingTowardsAnotherNetWithWeightOneOverKIsARunningMean) {
  parser::NeuralShape shape;
  shape.vocab = parser::kNeuralFirstWord + 3;
  shape.word_dim = 16;
  shape.hidden = 16;
  shape.classes = 5;
  const parser::NeuralNet a(shape, 1), b(shape, 2), c(shape, 3);
  parser::NeuralNet mean = a;
  mean.MoveTowards(b, 1.0f / 2);
  mean.MoveTowards(c, 1.0f / 3);
  for (int r = 0; r < 40; ++r) {
    for (int h = 0; h < shape.hidden; ++h) {
      EXPECT_NEAR(mean.row(r)[h], (a.row(r)[h] + b.row(r)[h] + c.row(r)[h]) / 3, 1e-6f);
    }
  }
  for (int32_t w = 0; w < shape.vocab; ++w) {
    for (int d = 0; d < shape.word_dim; ++d) {
      EXPECT_NEAR(mean.embedding(w)[d],
                  (a.embedding(w)[d] + b.embedding(w)[d] + c.embedding(w)[d]) / 3, 1e-6f);
    }
  }
  for (int k = 0; k < shape.classes; ++k) {
    EXPECT_NEAR(mean.output_bias()[k],
                (a.output_bias()[k] + b.output_bias()[k] + c.output_bias()[k]) / 3, 1e-6f);
    for (int h = 0; h < shape.hidden; ++h) {
      EXPECT_NEAR(mean.output(k)[h], (a.output(k)[h] + b.output(k)[h] + c.output(k)[h]) / 3,
                  1e-6f);
    }
  }
}

TEST(NeuralParserTest, AveragedWeightsDifferFromTheLastAndStillLearn) {
  NeuralParserTrainOptions options = TinyOptions();
  options.average_every = 3;
  const Parser averaged = TrainSynthetic(options);
  EXPECT_NE(SavedBytes(averaged, "dyad_averaged.bin"),
            SavedBytes(TrainSynthetic(), "dyad_not_averaged.bin"));
  ExpectLearnsTheTreebank(averaged);
}

TEST(NeuralParserTest, SaveLoadRoundTripGivesIdenticalScores) {
  const Parser parser = TrainSynthetic();
  const std::string path =
      (std::filesystem::temp_directory_path() / "dyad_neural_parser_test.bin").string();
  ASSERT_TRUE(parser.Save(path).ok());
  auto loaded = Parser::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_TRUE(loaded->neural());
  // The same bytes again: nothing is lost or reordered on the way.
  const std::string again = path + ".again";
  ASSERT_TRUE(loaded->Save(again).ok());
  EXPECT_EQ(std::filesystem::file_size(path), std::filesystem::file_size(again));
  std::ifstream fa(path, std::ios::binary), fb(again, std::ios::binary);
  const std::string a((std::istreambuf_iterator<char>(fa)), {});
  const std::string b((std::istreambuf_iterator<char>(fb)), {});
  EXPECT_EQ(a, b);
  ConlluCorpus x = ReadSynthetic(), y = ReadSynthetic();
  ClearParse(x.doc);
  ClearParse(y.doc);
  parser.Parse(x.doc, ParserOptions{});
  loaded->Parse(y.doc, ParserOptions{});
  for (size_t i = 0; i < x.doc.tokens().size(); ++i) {
    EXPECT_EQ(x.doc.tokens()[i].head, y.doc.tokens()[i].head);
    EXPECT_EQ(x.doc.tokens()[i].deprel, y.doc.tokens()[i].deprel);
  }
  std::filesystem::remove(path);
  std::filesystem::remove(again);
}

TEST(NeuralParserTest, DamagedFileIsAnErrorNamingIt) {
  const Parser parser = TrainSynthetic();
  const std::string path =
      (std::filesystem::temp_directory_path() / "dyad_neural_parser_damaged.bin").string();
  ASSERT_TRUE(parser.Save(path).ok());
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 10);
  auto loaded = Parser::Load(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().ToString().find(path), std::string::npos);
  std::filesystem::remove(path);
}

// A random network over the synthetic treebank's words, and the states
// along the gold path of its sentences. Random weights are the hard case
// for quantization (small gaps between moves); a trained one only widens
// them.
struct ScorerFixture {
  ConlluCorpus train = ReadSynthetic();
  std::vector<parser::Example> examples;
  parser::NeuralWordIds ids;
  std::optional<parser::TransitionSystem> system;
  std::optional<parser::NeuralNet> net;

  ScorerFixture() {
    std::vector<int> label_of(DeprelNames().size(), -1);
    const std::vector<Deprel> labels = parser::CollectLabels(train.doc);
    for (size_t i = 0; i < labels.size(); ++i) label_of[labels[i]] = static_cast<int>(i);
    const int root = label_of[*DeprelFromName("root")];
    parser::ExampleStats stats;
    parser::AddExamples(train.doc, label_of, root, label_of[*DeprelFromName("dep")], examples,
                        stats);
    system.emplace(static_cast<int>(labels.size()), root);
    std::vector<uint64_t> words;
    for (const Token& t : train.doc.tokens()) words.push_back(parser::WordHash(train.doc.Norm(t)));
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    ids = parser::NeuralWordIds(words);
    parser::NeuralShape shape;
    shape.vocab = ids.size();
    shape.word_dim = 32;
    shape.hidden = 64;
    shape.classes = system->num_classes();
    net.emplace(shape, 11);
  }

  // Walks the gold path of every sentence; calls visit(features) at each
  // state that is scored.
  template <typename Visit>
  void ForEachState(Visit& visit) const {
    parser::NeuralTokens tokens;
    parser::ParseState state;
    NeuralFeatures f;
    std::vector<int> costs(system->num_classes());
    for (const parser::Example& ex : examples) {
      tokens.Fill(train.doc, train.doc.tokens(*ex.sentence), ids);
      visit.StartSentence(tokens);
      state.Reset(ex.gold.n());
      while (!state.terminal()) {
        if (state.stack_size() == 0) {
          state.Shift();
          continue;
        }
        parser::ExtractNeuralFeatures(tokens, state, f);
        visit(state, f);
        const int least = parser::ComputeCosts(*system, state, ex.gold, costs.data());
        int next = 0;
        while (costs[next] != least) ++next;
        system->Apply(state, next);
      }
    }
  }

  // Every scored state's quantized scores, concatenated.
  std::vector<int32_t> AllScores(const parser::NeuralScorer& scorer) const {
    struct Collect {
      const parser::NeuralScorer& scorer;
      int classes;
      parser::NeuralScorer::Workspace ws;
      std::vector<int32_t> out;
      void StartSentence(const parser::NeuralTokens& tokens) { scorer.Prepare(tokens, ws); }
      void operator()(const parser::ParseState&, const NeuralFeatures& f) {
        out.resize(out.size() + classes);
        scorer.Score(f, ws, classes, out.data() + out.size() - classes);
      }
    } collect{scorer, system->num_classes(), {}, {}};
    ForEachState(collect);
    return collect.out;
  }
};

// The quantized scorer picks the float network's move in nearly every
// state, both while its word table fills (first pass) and once filled.
TEST(NeuralScorerTest, QuantizedAgreesWithFloatOnTheBestMove) {
  const ScorerFixture fx;
  const parser::NeuralScorer scorer = parser::NeuralScorer::Build(*fx.net);
  EXPECT_EQ(scorer.filled_words(), 0u);
  for (int pass = 0; pass < 2; ++pass) {
    struct Agree {
      const ScorerFixture& fx;
      const parser::NeuralScorer& scorer;
      parser::NeuralScorer::Workspace ws;
      std::vector<float> hidden, fscores;
      std::vector<int32_t> qscores;
      int states = 0, agree = 0;
      void StartSentence(const parser::NeuralTokens& tokens) { scorer.Prepare(tokens, ws); }
      void operator()(const parser::ParseState& state, const NeuralFeatures& f) {
        fx.net->Forward(f, hidden.data(), fscores.data());
        scorer.Score(f, ws, fx.system->num_classes(), qscores.data());
        ++states;
        agree += fx.system->BestValid(state, fscores.data()) ==
                 fx.system->BestValid(state, qscores.data());
      }
    } check{fx, scorer, {},
            std::vector<float>(fx.net->shape().hidden),
            std::vector<float>(fx.system->num_classes()),
            std::vector<int32_t>(fx.system->num_classes())};
    fx.ForEachState(check);
    EXPECT_GT(check.states, 300);
    EXPECT_GE(check.agree, check.states * 98 / 100)
        << check.agree << " of " << check.states << ", pass " << pass;
    EXPECT_GT(scorer.filled_words(), 0u);
  }
}

// Scalar loops and AVX2 (if this CPU has it) give the same scores.
TEST(NeuralScorerTest, EveryInstructionSetGivesTheSameScores) {
  using Simd = parser::NeuralScorer::Simd;
  const ScorerFixture fx;
  const std::vector<int32_t> scalar = fx.AllScores(parser::NeuralScorer::Build(*fx.net, Simd::kScalar));
  ASSERT_FALSE(scalar.empty());
  EXPECT_EQ(fx.AllScores(parser::NeuralScorer::Build(*fx.net, Simd::kAvx2)), scalar);
}

// The word table is filled lazily and shared between threads: scores are
// the same whether a thread finds an entry filled, fills it itself, or
// finds another thread filling it.
TEST(NeuralScorerTest, SharedWordTableGivesTheSameScoresFromManyThreads) {
  const ScorerFixture fx;
  const std::vector<int32_t> reference = fx.AllScores(parser::NeuralScorer::Build(*fx.net));
  ASSERT_FALSE(reference.empty());
  const parser::NeuralScorer shared = parser::NeuralScorer::Build(*fx.net);
  std::vector<std::vector<int32_t>> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results) {
    threads.emplace_back([&fx, &shared, &result] { result = fx.AllScores(shared); });
  }
  for (std::thread& t : threads) t.join();
  for (const auto& result : results) EXPECT_EQ(result, reference);
  // Once filled, the table serves every read, again with the same scores.
  EXPECT_EQ(fx.AllScores(shared), reference);
}

}  // namespace
}  // namespace dyad
