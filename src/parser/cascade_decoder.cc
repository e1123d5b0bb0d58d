#include "parser/cascade_decoder.h"

#include <cassert>
#include <limits>

namespace dyad::parser {

CascadeDecoder::CascadeDecoder(const NeuralModel& neural, const ScoreTable& table,
                               float table_scale, const TransitionSystem& system,
                               const Vocabulary& vocabulary, const CascadeOptions& options)
    : neural_(neural),
      table_(table),
      table_scale_(table_scale),
      system_(system),
      vocabulary_(vocabulary),
      options_(options),
      neural_scores_(system.num_classes()),
      features_(kMaxFeatures),
      table_scores_(table.scores_size()),
      sum_(system.num_classes()) {
  assert(table.num_classes() == system.num_classes());
  assert(neural.net.shape().classes == system.num_classes());
}

const ParseState& CascadeDecoder::Parse(const Document& doc, std::span<const Token> words) {
  neural_tokens_.Fill(doc, words, neural_.ids);
  // The perceptron's token table is filled only when a sentence first needs
  // it: most sentences have a few unsure states, some none.
  bool table_filled = false;
  state_.Reset(static_cast<int>(words.size()));
  neural_.scorer.Prepare(neural_tokens_, workspace_);
  const float to_logits = 1.0f / neural_.scorer.logit_scale();
  const int32_t margin =
      static_cast<int32_t>(std::min(options_.margin * neural_.scorer.logit_scale(),
                                    static_cast<float>(std::numeric_limits<int32_t>::max())));
  while (!state_.terminal()) {
    if (system_.ApplyForcedMove(state_)) continue;
    ++scored_;
    ExtractNeuralFeatures(neural_tokens_, state_, neural_features_);
    const int end = system_.CanRight(state_) ? system_.num_classes() : 1 + system_.num_labels();
    neural_.scorer.Score(neural_features_, workspace_, end, neural_scores_.data());
    int second;  // the runner-up
    const int best = system_.BestTwoValid(state_, neural_scores_.data(), &second);
    if (second < 0 || neural_scores_[best] - neural_scores_[second] >= margin) {
      system_.Apply(state_, best);
      continue;
    }
    ++consulted_;
    if (!table_filled) {
      tokens_.Fill(doc, words, vocabulary_);
      table_filled = true;
    }
    const int count = ExtractFeatures(tokens_, state_, features_.data());
    std::fill(table_scores_.begin(), table_scores_.end(), 0);
    table_.AddScores(std::span<const uint64_t>(features_.data(), count), table_scores_.data());
    const float neural_weight = options_.neural_weight * to_logits;
    for (int c = 0; c < end; ++c) {
      sum_[c] = static_cast<float>(table_scores_[c]) * table_scale_ +
                neural_weight * static_cast<float>(neural_scores_[c]);
    }
    system_.Apply(state_, system_.BestValid(state_, sum_.data()));
  }
  return state_;
}

}  // namespace dyad::parser
