#include "parser/neural_decoder.h"

#include <limits>

namespace dyad::parser {

NeuralDecoder::NeuralDecoder(const NeuralNet& net, const NeuralScorer* scorer,
                             const TransitionSystem& system, const NeuralWordIds& ids)
    : net_(net),
      scorer_(scorer),
      system_(system),
      ids_(ids),
      hidden_(net.shape().hidden),
      float_scores_(net.shape().classes),
      scores_(net.shape().classes) {}

const ParseState& NeuralDecoder::Parse(const Document& doc, std::span<const Token> words) {
  tokens_.Fill(doc, words, ids_);
  state_.Reset(static_cast<int>(words.size()));
  if (scorer_ != nullptr) scorer_->Prepare(tokens_, workspace_);
  while (!state_.terminal()) {
    // States with one valid move need no scoring.
    if (system_.ApplyForcedMove(state_)) continue;
    ExtractNeuralFeatures(tokens_, state_, features_);
    if (scorer_ != nullptr) {
      // Right moves need two words on the stack: otherwise score only
      // Shift and Left (classes 0..L), half of the output layer.
      const int end = system_.CanRight(state_) ? system_.num_classes() : 1 + system_.num_labels();
      scorer_->Score(features_, workspace_, end, scores_.data());
      system_.Apply(state_, system_.BestValid(state_, scores_.data()));
    } else {
      net_.Forward(features_, hidden_.data(), float_scores_.data());
      system_.Apply(state_, system_.BestValid(state_, float_scores_.data()));
    }
  }
  return state_;
}

}  // namespace dyad::parser
