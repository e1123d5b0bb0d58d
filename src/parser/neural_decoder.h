// Greedy decoding with the neural scorer: the same moves as decoder.h,
// scored by the quantized NeuralScorer (neural_scorer.h) or, when none is
// given, by the float NeuralNet (training's dev evaluation, tests).
//
// A NeuralDecoder owns every buffer a parse needs and reuses them from
// sentence to sentence: after the longest sentence, parsing allocates
// nothing. One per thread; the models it reads are shared and const.
#ifndef DYAD_PARSER_NEURAL_DECODER_H_
#define DYAD_PARSER_NEURAL_DECODER_H_

#include <cstdint>
#include <span>
#include <vector>

#include "dyad/document.h"
#include "parser/neural_features.h"
#include "parser/neural_net.h"
#include "parser/neural_scorer.h"
#include "parser/parse_state.h"
#include "parser/transition.h"

namespace dyad::parser {

class NeuralDecoder {
 public:
  // `scorer` may be null: score with the float `net`.
  NeuralDecoder(const NeuralNet& net, const NeuralScorer* scorer, const TransitionSystem& system,
                const NeuralWordIds& ids);

  // Parses `words`; the result stays valid until the next call.
  const ParseState& Parse(const Document& doc, std::span<const Token> words);

 private:
  const NeuralNet& net_;
  const NeuralScorer* scorer_;
  const TransitionSystem& system_;
  const NeuralWordIds& ids_;
  NeuralTokens tokens_;
  ParseState state_;
  NeuralFeatures features_;
  NeuralScorer::Workspace workspace_;
  std::vector<float> hidden_;
  std::vector<float> float_scores_;
  std::vector<int32_t> scores_;
};

}  // namespace dyad::parser

#endif  // DYAD_PARSER_NEURAL_DECODER_H_
