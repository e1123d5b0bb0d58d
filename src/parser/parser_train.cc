// Parser::Train: averaged perceptron over arc-hybrid states, with the
// dynamic oracle and exploration (Goldberg & Nivre 2012, 2013).
//
// For each state the trainer scores the valid moves with the current
// weights and asks the oracle for the cost of each. If the model's best move
// costs more than the cheapest move, the weights move from the model's move
// towards the best-scoring cheapest move. The trainer then goes on with the
// cheapest move, or (after the first epoch, with probability
// explore_probability) with the model's own mistake, so later updates are
// made in the states the model will really meet.
//
// Dev picks the number of epochs; then, unless told otherwise, a second run
// of that many epochs learns from train and dev together (dev is data too).
//
// Deterministic for a seed: one seeded generator decides the sentence order
// and the exploration draws; the model is finalised in key order.
#include <algorithm>
#include <chrono>
#include <iomanip>
#include <numeric>
#include <ostream>
#include <unordered_map>

#include "learn/averaged_perceptron.h"
#include "parser/decoder.h"
#include "parser/features.h"
#include "parser/oracle.h"
#include "parser/parser.h"
#include "parser/train_examples.h"

namespace dyad {
namespace {

using parser::GoldTree;
using parser::ParseState;
using parser::TransitionSystem;
using parser::Random;
using parser::Example;
using parser::ExampleStats;
using parser::AddExamples;
using parser::Accuracy;

// Words seen at least `min_count` times in training.
parser::Vocabulary BuildVocabulary(const Document& train, int min_count) {
  std::unordered_map<uint64_t, int> counts;
  for (const Token& t : train.tokens()) ++counts[parser::WordHash(train.Norm(t))];
  std::vector<uint64_t> words;
  for (const auto& [word, count] : counts) {
    if (count >= min_count) words.push_back(word);
  }
  return parser::Vocabulary(std::move(words));  // sorts: order-independent
}

// Parses `doc` (with its stored tags) and compares with its gold heads and
// relations, as `dyad parse --eval` does (punctuation included).
Accuracy Evaluate(const LinearModel& model, const TransitionSystem& system,
                  const parser::Vocabulary& vocabulary, const std::vector<Deprel>& label_deprels,
                  const Document& doc) {
  const parser::ScoreTable table = parser::ScoreTable::Build(model);
  parser::Decoder decoder(table, system, vocabulary);
  Accuracy acc;
  for (const Sentence& s : doc.sentences()) {
    const auto tokens = doc.tokens(s);
    if (tokens.empty()) continue;
    const ParseState& state = decoder.Parse(doc, tokens);
    for (size_t i = 0; i < tokens.size(); ++i) {
      const int h = state.head(static_cast<int>(i));
      const int head = h == state.root() ? -1 : h;
      ++acc.words;
      if (head == tokens[i].head) {
        ++acc.heads;
        acc.labelled += label_deprels[state.label(static_cast<int>(i))] == tokens[i].deprel;
      }
    }
  }
  return acc;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// One pass of the perceptron over every example (the trainer's buffers are
// reused from sentence to sentence).
class EpochRunner {
 public:
  EpochRunner(const TransitionSystem& system, const parser::Vocabulary& vocabulary,
              const ParserTrainOptions& options)
      : system_(system),
        vocabulary_(vocabulary),
        options_(options),
        features_(parser::kMaxFeatures),
        scores_(system.num_classes()),
        costs_(system.num_classes()) {}

  // Returns the share of scored states where the model's move was wrong.
  double Run(const std::vector<Example>& examples, int epoch, Random& random,
             AveragedPerceptron& perceptron) {
    order_.resize(examples.size());
    std::iota(order_.begin(), order_.end(), 0);
    // Fisher-Yates with our own generator: the same order on every platform.
    for (size_t i = order_.size(); i > 1; --i) std::swap(order_[i - 1], order_[random.Below(i)]);
    const bool explore = epoch >= options_.explore_from_epoch;
    size_t moves = 0, errors = 0;
    for (size_t index : order_) {
      const Example& ex = examples[index];
      table_.Fill(*ex.doc, ex.doc->tokens(*ex.sentence), vocabulary_);
      state_.Reset(ex.gold.n());
      while (!state_.terminal()) {
        // An empty stack can only shift (the decoder does not score it).
        if (state_.stack_size() == 0) {
          state_.Shift();
          continue;
        }
        const int count = parser::ExtractFeatures(table_, state_, features_.data());
        const std::span<const uint64_t> feats(features_.data(), count);
        std::fill(scores_.begin(), scores_.end(), 0.0f);
        perceptron.AddScores(feats, scores_.data());
        const int guess = system_.BestValid(state_, scores_.data());
        const int least = parser::ComputeCosts(system_, state_, ex.gold, costs_.data());
        // Update towards the best-scoring move among the cheapest.
        int truth = -1;
        for (int c = 0; c < system_.num_classes(); ++c) {
          if (costs_[c] == least && (truth < 0 || scores_[c] > scores_[truth])) truth = c;
        }
        ++moves;
        int next = truth;
        if (costs_[guess] != least) {
          ++errors;
          perceptron.Update(feats, truth, guess);
          if (explore && random.Uniform() < options_.explore_probability) next = guess;
        }
        perceptron.Tick();
        system_.Apply(state_, next);
      }
    }
    return moves ? static_cast<double>(errors) / static_cast<double>(moves) : 0.0;
  }

 private:
  const TransitionSystem& system_;
  const parser::Vocabulary& vocabulary_;
  const ParserTrainOptions& options_;
  std::vector<size_t> order_;
  parser::TokenTable table_;
  ParseState state_;
  std::vector<uint64_t> features_;
  std::vector<float> scores_;
  std::vector<int> costs_;
};

}  // namespace

Result<Parser> Parser::Train(const Document& train, const Document& dev,
                             const ParserTrainOptions& options, std::ostream& log) {
  if (options.epochs <= 0) return Status::InvalidArgument("parser training: epochs must be > 0");
  auto setup = parser::SetUpLabels(train);
  if (!setup.ok()) return setup.status();
  const std::vector<Deprel>& labels = setup->labels;
  const std::vector<int>& label_of = setup->label_of;
  const int root_label = setup->root_label;
  const int dep_label = setup->dep_label;
  const TransitionSystem system(static_cast<int>(labels.size()), root_label);

  std::vector<Example> examples;
  ExampleStats stats;
  AddExamples(train, label_of, root_label, dep_label, examples, stats);
  if (examples.empty()) return Status::InvalidArgument("parser training: no usable sentences");
  log << "parser: " << stats.sentences << " training sentences, " << labels.size()
      << " relations; " << stats.lifted << " arcs lifted in " << stats.lifted_sentences
      << " non-projective sentences; " << stats.skipped << " skipped (not a tree)\n";
  const parser::Vocabulary vocabulary = BuildVocabulary(train, options.min_word_count);
  log << "parser: vocabulary of " << vocabulary.size() << " words (seen >= "
      << options.min_word_count << " times)\n";

  EpochRunner runner(system, vocabulary, options);
  const auto start = std::chrono::steady_clock::now();
  // Candidates: the models of the epochs within epoch_tolerance of the best
  // dev LAS so far (the others can no longer be chosen), in epoch order.
  struct Candidate {
    int epochs;
    double las;
    LinearModel model;
  };
  std::vector<Candidate> candidates;
  double top = -1.0;
  {
    AveragedPerceptron perceptron(system.num_classes());
    Random random(options.seed);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      const double error_rate = runner.Run(examples, epoch, random, perceptron);
      LinearModel model = perceptron.Finalize(0, options.min_weight);
      const Accuracy acc = Evaluate(model, system, vocabulary, labels, dev);
      log << std::fixed << std::setprecision(2) << "parser epoch " << epoch + 1 << "/"
          << options.epochs << ": move errors " << 100.0 * error_rate << "%, dev UAS "
          << acc.uas() << " LAS " << acc.las() << "; " << model.num_features()
          << " features, " << model.num_entries() << " weights (" << std::setprecision(0)
          << Seconds(start) << " s)\n";
      // Without dev sentences the last epoch wins.
      const double las = acc.words > 0 ? acc.las() : epoch;
      top = std::max(top, las);
      candidates.push_back({epoch + 1, las, std::move(model)});
      std::erase_if(candidates, [&](const Candidate& c) {
        return c.las < top - options.epoch_tolerance;
      });
    }
  }
  const int best_epochs = candidates.front().epochs;
  LinearModel best = std::move(candidates.front().model);
  log << std::setprecision(2) << "parser: " << best_epochs << " epochs chosen on dev (LAS "
      << candidates.front().las << ", best " << top << ")\n";
  candidates.clear();
  if (!options.final_pass_with_dev || dev.sentences().empty()) {
    return Parser(labels, root_label, vocabulary, std::move(best));
  }

  // The same recipe, now learning from dev too. Relations or words only dev
  // has are left out: the inventory and vocabulary stay train's.
  ExampleStats dev_stats;
  AddExamples(dev, label_of, root_label, dep_label, examples, dev_stats);
  AveragedPerceptron perceptron(system.num_classes());
  Random random(options.seed);
  for (int epoch = 0; epoch < best_epochs; ++epoch) {
    runner.Run(examples, epoch, random, perceptron);
    log << "parser: train+dev epoch " << epoch + 1 << "/" << best_epochs << " ("
        << std::setprecision(0) << Seconds(start) << " s)\n";
  }
  return Parser(labels, root_label, vocabulary, perceptron.Finalize(0, options.min_weight));
}

}  // namespace dyad
