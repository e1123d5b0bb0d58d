// Greedy decoding: from the initial state, repeatedly score the state's
// features and apply the best valid labelled move, 2n moves for n words.
//
// A Decoder owns every buffer a parse needs (state, token table, features,
// scores) and reuses them from sentence to sentence: after the longest
// sentence has been seen, parsing allocates nothing. One Decoder per thread;
// the table it reads is shared and const.
#ifndef DYAD_PARSER_DECODER_H_
#define DYAD_PARSER_DECODER_H_

#include <cstdint>
#include <span>
#include <vector>

#include "dyad/document.h"
#include "parser/features.h"
#include "parser/parse_state.h"
#include "parser/score_table.h"
#include "parser/transition.h"
#include "parser/vocabulary.h"

namespace dyad::parser {

class Decoder {
 public:
  Decoder(const ScoreTable& table, const TransitionSystem& system, const Vocabulary& vocabulary);

  // Parses `words` (a whole sentence or its first part). The result stays
  // valid until the next call: head(i) in 0..n-1 or n for the root,
  // label(i) a model label.
  const ParseState& Parse(const Document& doc, std::span<const Token> words);

 private:
  const ScoreTable& table_;
  const TransitionSystem& system_;
  const Vocabulary& vocabulary_;
  TokenTable tokens_;
  ParseState state_;
  std::vector<uint64_t> features_;
  std::vector<int32_t> scores_;
};

}  // namespace dyad::parser

#endif  // DYAD_PARSER_DECODER_H_
