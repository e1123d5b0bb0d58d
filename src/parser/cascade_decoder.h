// Cascade decoding: the neural scorer decides the moves it is sure of, and
// the states where it is not are scored by both models together.
//
// Why: the perceptron (decoder.h) parses better and the neural scorer
// (neural_decoder.h) is 2-3x faster, because its lookups stay in the
// caches. Most moves are easy: when the neural scorer's best valid move
// leads the second by at least `margin` logits, the perceptron almost
// always agrees, and its 119 cache-missing lookups are skipped. Elsewhere
// the decision is the sum of both models' scores, an ensemble, which is
// more accurate than either alone (docs/PARSER.md "Cascade" has the
// figures that chose the defaults).
//
// Both models must have been trained with the same relation labels in the
// same order (Parser::Cascade checks). One CascadeDecoder per thread.
#ifndef DYAD_PARSER_CASCADE_DECODER_H_
#define DYAD_PARSER_CASCADE_DECODER_H_

#include <cstdint>
#include <span>
#include <vector>

#include "dyad/document.h"
#include "parser/features.h"
#include "parser/neural_model.h"
#include "parser/parse_state.h"
#include "parser/score_table.h"
#include "parser/transition.h"
#include "parser/vocabulary.h"

namespace dyad::parser {

struct CascadeOptions {
  // Neural logit lead of the best valid move over the second below which
  // the perceptron is consulted; 0 never consults it, a huge value always.
  float margin = 4.0f;
  // Weight of the neural logits against the perceptron's scores (in its
  // trained units) when both are summed.
  float neural_weight = 1.0f;
};

class CascadeDecoder {
 public:
  CascadeDecoder(const NeuralModel& neural, const ScoreTable& table, float table_scale,
                 const TransitionSystem& system, const Vocabulary& vocabulary,
                 const CascadeOptions& options);

  // Parses `words`; the result stays valid until the next call.
  const ParseState& Parse(const Document& doc, std::span<const Token> words);

  // Scored states so far, and how many of them consulted the perceptron.
  uint64_t scored() const { return scored_; }
  uint64_t consulted() const { return consulted_; }

 private:
  const NeuralModel& neural_;
  const ScoreTable& table_;
  const float table_scale_;  // perceptron score units -> trained units
  const TransitionSystem& system_;
  const Vocabulary& vocabulary_;
  const CascadeOptions options_;
  NeuralTokens neural_tokens_;
  TokenTable tokens_;
  ParseState state_;
  NeuralFeatures neural_features_;
  NeuralScorer::Workspace workspace_;
  std::vector<int32_t> neural_scores_;
  std::vector<uint64_t> features_;
  std::vector<int32_t> table_scores_;
  std::vector<float> sum_;
  uint64_t scored_ = 0;
  uint64_t consulted_ = 0;
};

}  // namespace dyad::parser

#endif  // DYAD_PARSER_CASCADE_DECODER_H_
