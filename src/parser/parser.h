// Parser: labelled dependency parse of every sentence of a Document.
//
// A greedy arc-hybrid transition parser (transition.h) scored by a sparse
// averaged-perceptron model (learn/) over rich non-local features
// (features.h), trained with a dynamic oracle and exploration (oracle.h). docs/PARSER.md describes the design and gives the figures.
//
// Guarantees, whatever the model predicts: every token gets a head and a
// relation, each sentence has exactly one root (relation "root", head -1)
// and no cycle. A sentence longer than ParserOptions::max_tokens is parsed on
// its first max_tokens words; the rest are attached flat to that part's root
// with relation "dep", the Sentence is marked parse_truncated and a
// Diagnostic says so.
//
// Thread safety: const after Load/Train; share between threads.
#ifndef DYAD_PARSER_PARSER_H_
#define DYAD_PARSER_PARSER_H_

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/options.h"
#include "dyad/status.h"
#include "dyad/tags.h"
#include "learn/linear_model.h"
#include "parser/cascade_decoder.h"
#include "parser/neural_model.h"
#include "parser/score_table.h"
#include "parser/transition.h"
#include "parser/vocabulary.h"

namespace dyad {

struct ParserTrainOptions {
  // Passes over the training data. Dev LAS picks the number actually used:
  // the earliest epoch within `epoch_tolerance` LAS points of the best (later
  // epochs grow the model without parsing better).
  int epochs = 10;
  double epoch_tolerance = 0.1;
  uint64_t seed = 1;  // shuffling and exploration
  // Exploration (Goldberg & Nivre 2012): from this epoch on (0-based), when
  // the model's move is wrong the trainer follows it anyway with this
  // probability, so later states are the ones the model really produces.
  int explore_from_epoch = 2;
  double explore_probability = 0.9;
  // Size and speed: averaged weights whose magnitude is at most this (in
  // trained units) are dropped from the model; 0 keeps everything. On EWT
  // 1.0 keeps about half of the rows for -0.1 UAS.
  float min_weight = 1.0f;
  // Words seen fewer times than this in training are represented by their
  // shape (vocabulary.h).
  int min_word_count = 1;
  // After dev has chosen the number of epochs, train again from scratch on
  // train + dev for that many epochs and keep that model (twice the time).
  bool final_pass_with_dev = true;
};

// The neural scorer's training (neural_train.cc, docs/PARSER.md).
struct NeuralParserTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  int explore_from_epoch = 2;  // as ParserTrainOptions
  double explore_probability = 0.9;
  int min_word_count = 2;  // rarer words are read as their shape
  // Word dropout (Kiperwasser & Goldberg 2016): while training, a word seen
  // c times is read as its shape with probability word_dropout / (word_dropout
  // + c), so the shapes that stand for unknown words at parse time learn from
  // rare words. 0: never.
  float word_dropout = 0.0f;
  int word_dim = 64;
  int hidden = 256;
  int batch = 32;  // states per Adam step
  float learning_rate = 1e-3f;
  float decay = 0.9f;  // learning rate factor per epoch
  float dropout = 0.3f;
  // When > 0: the model of an epoch is the mean of the network's parameters
  // taken every `average_every` Adam steps of that epoch (Polyak
  // averaging), not the last ones.
  int average_every = 0;
  // When not empty, each epoch's model is written to PREFIX-eN.bin.
  std::string epoch_models;
};

class Parser {
 public:
  // Reads a "PARS" model file; a missing, damaged or foreign file gives a
  // Status naming it.
  // `table_min_weight`: weights of at most this magnitude are left out of
  // the parser's score table (ScoreTable::Build); the model keeps them.
  static Result<Parser> Load(const std::string& path, float table_min_weight = 0.0f);
  // The parser of a model folder: `dir`/parser.bin, and when
  // options.cascade is set and `dir`/parser-neural.bin exists, the cascade
  // of the two (options.h); with cascade_margin 0, parser-neural.bin alone.
  static Result<Parser> LoadFolder(const std::string& dir, const ParserOptions& options);
  // `train` and `dev` carry gold heads and relations; their tags are the
  // ones the parser should learn from (the trainer tool replaces gold tags
  // with jackknifed predictions). Dev chooses the epoch.
  static Result<Parser> Train(const Document& train, const Document& dev,
                              const ParserTrainOptions& options, std::ostream& log);
  // A feed-forward neural scorer instead of the perceptron (same moves and
  // oracle); the model file is of kind "NPAR" and Load reads either kind.
  static Result<Parser> TrainNeural(const Document& train, const Document& dev,
                                    const NeuralParserTrainOptions& options, std::ostream& log);
  // One parser from a perceptron and a neural model trained on the same
  // labels: the neural scorer decides the moves it is sure of and both
  // decide the others (cascade_decoder.h).
  static Result<Parser> Cascade(Parser perceptron, const Parser& neural,
                                const parser::CascadeOptions& options);
  // A cascade is two files: saving it is refused.
  Status Save(const std::string& path) const;
  bool neural() const { return neural_ != nullptr && !cascade_; }
  bool cascade() const { return cascade_.has_value(); }

  // Sets head and deprel of every token (needs upos/xpos).
  void Parse(Document& doc, const ParserOptions& options) const;
  // Parses only the sentences i with selected[i] != 0 (selected has one
  // entry per sentence); the others are left as they are.
  void ParseSelected(Document& doc, const ParserOptions& options,
                     std::span<const uint8_t> selected) const;

  size_t num_features() const { return model_.num_features(); }
  size_t num_weights() const { return model_.num_entries(); }
  size_t memory_bytes() const {
    return (neural_ ? neural_->scorer.memory_bytes() : 0) + table_.memory_bytes();
  }

 private:
  Parser(std::vector<Deprel> label_deprels, int root_label, parser::Vocabulary vocabulary,
         LinearModel model, float table_min_weight = 0.0f);
  Parser(std::vector<Deprel> label_deprels, int root_label,
         std::shared_ptr<const parser::NeuralModel> neural);
  static Result<Parser> LoadNeural(const std::string& path);
  template <typename AnyDecoder>
  void ParseWith(AnyDecoder& decoder, Document& doc, const ParserOptions& options,
                 std::span<const uint8_t> selected) const;
  Status SaveNeural(const std::string& path) const;

  // Model label index -> dyad relation id.
  std::vector<Deprel> label_deprels_;
  parser::TransitionSystem system_;
  parser::Vocabulary vocabulary_;
  LinearModel model_;         // as stored (Save)
  parser::ScoreTable table_;  // the same weights, indexed for parsing
  std::shared_ptr<const parser::NeuralModel> neural_;  // set: the neural scorer parses
  std::optional<parser::CascadeOptions> cascade_;      // set: both models parse
};

}  // namespace dyad

#endif  // DYAD_PARSER_PARSER_H_
