// Parser::TrainNeural: the neural scorer (neural_net.h) trained on
// arc-hybrid states with the dynamic oracle and exploration, as the
// perceptron is (parser_train.cc), but with a loss: minus the log of the
// probability the model gives the zero-cost moves, in minibatches of Adam.
//
// Each epoch's model parses dev with the quantized scorer (what Parse will
// use); the best dev LAS is kept. Deterministic for a seed.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <iomanip>
#include <numeric>
#include <ostream>
#include <unordered_map>

#include "parser/features.h"
#include "parser/neural_decoder.h"
#include "parser/neural_model.h"
#include "parser/parser.h"
#include "parser/train_examples.h"

namespace dyad {
namespace {

using parser::Accuracy;
using parser::Example;
using parser::ParseState;
using parser::Random;
using parser::TransitionSystem;

// Words seen at least `min_count` times, most frequent first (ties by hash,
// so the order does not depend on the hash map's); `counts_out` gets how often
// each was seen.
std::vector<uint64_t> FrequentWords(const Document& train, int min_count,
                                    std::vector<int>& counts_out) {
  std::unordered_map<uint64_t, int> counts;
  for (const Token& t : train.tokens()) ++counts[parser::WordHash(train.Norm(t))];
  std::vector<std::pair<int, uint64_t>> ranked;
  for (const auto& [word, count] : counts) {
    if (count >= min_count) ranked.push_back({count, word});
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::vector<uint64_t> words;
  counts_out.clear();
  for (const auto& r : ranked) {
    words.push_back(r.second);
    counts_out.push_back(r.first);
  }
  return words;
}

Accuracy Evaluate(const parser::NeuralModel& model, const TransitionSystem& system,
                  const std::vector<Deprel>& label_deprels, const Document& doc) {
  parser::NeuralDecoder decoder(model.net, &model.scorer, system, model.ids);
  Accuracy acc;
  for (const Sentence& s : doc.sentences()) {
    const auto tokens = doc.tokens(s);
    if (tokens.empty()) continue;
    const ParseState& state = decoder.Parse(doc, tokens);
    for (size_t i = 0; i < tokens.size(); ++i) {
      const int h = state.head(static_cast<int>(i));
      ++acc.words;
      if ((h == state.root() ? -1 : h) == tokens[i].head) {
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

}  // namespace

Result<Parser> Parser::TrainNeural(const Document& train, const Document& dev,
                                   const NeuralParserTrainOptions& options, std::ostream& log) {
  if (options.epochs <= 0) return Status::InvalidArgument("parser training: epochs must be > 0");
  if (options.hidden <= 0 || options.hidden % 16 != 0 || options.word_dim <= 0 ||
      options.word_dim % 16 != 0) {
    return Status::InvalidArgument("parser training: hidden and word_dim must be multiples of 16");
  }
  auto setup = parser::SetUpLabels(train);
  if (!setup.ok()) return setup.status();
  const std::vector<Deprel>& labels = setup->labels;
  const std::vector<int>& label_of = setup->label_of;
  const int root_label = setup->root_label;
  const int dep_label = setup->dep_label;
  const TransitionSystem system(static_cast<int>(labels.size()), root_label);

  std::vector<Example> examples;
  parser::ExampleStats stats;
  parser::AddExamples(train, label_of, root_label, dep_label, examples, stats);
  if (examples.empty()) return Status::InvalidArgument("parser training: no usable sentences");
  std::vector<int> word_counts;  // by id - kNeuralFirstWord
  const parser::NeuralWordIds ids(FrequentWords(train, options.min_word_count, word_counts));
  log << "neural parser: " << stats.sentences << " training sentences, " << labels.size()
      << " relations, " << ids.size() << " word ids\n";

  parser::NeuralShape shape;
  shape.vocab = ids.size();
  shape.word_dim = options.word_dim;
  shape.hidden = options.hidden;
  shape.classes = system.num_classes();
  parser::NeuralNet net(shape, options.seed);
  parser::NeuralLearnOptions learn;
  learn.learning_rate = options.learning_rate;
  learn.dropout = options.dropout;
  parser::NeuralLearner learner(net, learn, options.seed);
  Random random(options.seed);
  // Its own stream, so that word dropout leaves exploration's draws as they were.
  Random word_random(options.seed ^ 0x5eedf00dULL);

  parser::NeuralTokens tokens;
  ParseState state;
  parser::NeuralFeatures features;
  std::vector<int> costs(system.num_classes());
  std::vector<float> scores(system.num_classes());
  std::vector<size_t> order(examples.size());
  const auto start = std::chrono::steady_clock::now();
  double best_las = -1;
  std::shared_ptr<const parser::NeuralModel> best;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    learner.set_learning_rate(options.learning_rate *
                              std::pow(options.decay, static_cast<float>(epoch)));
    std::iota(order.begin(), order.end(), 0);
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random.Below(i)]);
    const bool explore = epoch >= options.explore_from_epoch;
    size_t moves = 0, errors = 0;
    double loss = 0;
    parser::NeuralNet average;  // the epoch's running mean (average_every > 0)
    int averaged = 0, steps = 0;
    auto step = [&] {
      learner.Step();
      if (options.average_every > 0 && ++steps % options.average_every == 0) {
        if (averaged++ == 0) average = net;
        else average.MoveTowards(net, 1.0f / static_cast<float>(averaged));
      }
    };
    for (size_t index : order) {
      const Example& ex = examples[index];
      const auto words = ex.doc->tokens(*ex.sentence);
      tokens.Fill(*ex.doc, words, ids);
      if (options.word_dropout > 0) {
        for (int i = 0; i < tokens.n(); ++i) {
          const int32_t id = tokens.word(i);
          if (id < parser::kNeuralFirstWord) continue;
          const float alpha = options.word_dropout;
          if (word_random.Uniform() < alpha / (alpha + word_counts[id - parser::kNeuralFirstWord])) {
            tokens.ReplaceWord(i, parser::kNeuralFirstShape +
                                      parser::NeuralShapeClass(ex.doc->Norm(words[i])));
          }
        }
      }
      state.Reset(ex.gold.n());
      while (!state.terminal()) {
        // States with one valid move need no scoring.
        if (system.ApplyForcedMove(state)) continue;
        parser::ExtractNeuralFeatures(tokens, state, features);
        const int least = parser::ComputeCosts(system, state, ex.gold, costs.data());
        loss += learner.Learn(features, costs.data(), least, scores.data());
        if (learner.pending() >= options.batch) step();
        const int guess = system.BestValid(state, scores.data());
        int truth = -1;
        for (int c = 0; c < system.num_classes(); ++c) {
          if (costs[c] == least && (truth < 0 || scores[c] > scores[truth])) truth = c;
        }
        ++moves;
        int next = truth;
        if (costs[guess] != least) {
          ++errors;
          if (explore && random.Uniform() < options.explore_probability) next = guess;
        }
        system.Apply(state, next);
      }
    }
    step();
    auto model = parser::NeuralModel::Make(ids, averaged > 0 ? average : net);
    const Accuracy acc = Evaluate(*model, system, labels, dev);
    log << std::fixed << std::setprecision(2) << "neural parser epoch " << epoch + 1 << "/"
        << options.epochs << ": loss " << std::setprecision(4) << loss / std::max<size_t>(moves, 1)
        << std::setprecision(2) << ", move errors " << 100.0 * errors / std::max<size_t>(moves, 1)
        << "%, dev UAS " << acc.uas() << " LAS " << acc.las() << " (" << std::setprecision(0)
        << Seconds(start) << " s)" << std::endl;
    if (!options.epoch_models.empty()) {
      const Parser epoch_parser(labels, root_label, model);
      const std::string path = options.epoch_models + "-e" + std::to_string(epoch + 1) + ".bin";
      if (Status s = epoch_parser.Save(path); !s.ok()) return s;
    }
    const double las = acc.words > 0 ? acc.las() : epoch;
    if (las > best_las) {
      best_las = las;
      best = model;
    }
  }
  return Parser(labels, root_label, best);
}

}  // namespace dyad
