#include "parser/decoder.h"

#include <algorithm>
#include <cassert>

namespace dyad::parser {

Decoder::Decoder(const ScoreTable& table, const TransitionSystem& system,
                 const Vocabulary& vocabulary)
    : table_(table),
      system_(system),
      vocabulary_(vocabulary),
      features_(kMaxFeatures),
      scores_(table.scores_size()) {
  assert(table.num_classes() == system.num_classes());
}

const ParseState& Decoder::Parse(const Document& doc, std::span<const Token> words) {
  tokens_.Fill(doc, words, vocabulary_);
  state_.Reset(static_cast<int>(words.size()));
  while (!state_.terminal()) {
    // States with one valid move need no scoring.
    if (system_.ApplyForcedMove(state_)) continue;
    const int count = ExtractFeatures(tokens_, state_, features_.data());
    std::fill(scores_.begin(), scores_.end(), 0);
    table_.AddScores(std::span<const uint64_t>(features_.data(), count), scores_.data());
    // Never -1 here: a state that needs scoring has a valid move.
    system_.Apply(state_, system_.BestValid(state_, scores_.data()));
  }
  return state_;
}

}  // namespace dyad::parser
