// Feature extraction for the arc-hybrid parser, in the spirit of Zhang &
// Nivre (2011) "Transition-based dependency parsing with rich non-local
// features", adapted to arc-hybrid: the pairs that moves decide between are
// (s0, b0) for Left and (s1, s0) for Right, so both pairs get the full set
// of word/tag conjunctions, distances and valencies. Third-order features
// read the two outermost children on each side of s0, s1 and b0.
//
// Each feature is one 64-bit hash, computed with a single Mix64 from the
// template number and the already-hashed parts (word hashes are computed
// once per token per sentence in TokenTable), so a state costs one mix per
// feature and no allocation. The list of templates is part of the model
// format: changing it requires kFeatureSetVersion to change.
#ifndef DYAD_PARSER_FEATURES_H_
#define DYAD_PARSER_FEATURES_H_

#include <cstdint>
#include <span>
#include <vector>

#include "dyad/document.h"
#include "parser/parse_state.h"
#include "parser/vocabulary.h"

namespace dyad::parser {

inline constexpr uint32_t kFeatureSetVersion = 4;
inline constexpr int kMaxFeatures = 128;


// What features read of each token, for one sentence: n words, the root
// node at n and a "no token" node at n + 1 (so absent context positions need
// no branches). Reused from sentence to sentence without reallocating.
class TokenTable {
 public:
  // Words outside `vocabulary` are represented by their shape.
  void Fill(const Document& doc, std::span<const Token> words, const Vocabulary& vocabulary);

  int n() const { return n_; }
  // The node features use for a context position that may be kNoNode.
  int node(int i) const { return i == kNoNode ? n_ + 1 : i; }
  uint64_t word(int node) const { return words_[node]; }
  uint8_t tag(int node) const { return tags_[node]; }    // Penn tag
  uint8_t upos(int node) const { return upos_[node]; }  // universal tag
  // Verbs (VERB, AUX) and punctuation strictly between words a < b (b may
  // be the root node: up to the end of the sentence).
  int verbs_between(int a, int b) const { return verbs_[b] - verbs_[a + 1]; }
  int punct_between(int a, int b) const { return punct_[b] - punct_[a + 1]; }

 private:
  int n_ = 0;
  std::vector<uint64_t> words_;
  std::vector<uint8_t> tags_;
  std::vector<uint8_t> upos_;
  std::vector<int32_t> verbs_;  // verbs_[i]: verbs among words 0..i-1
  std::vector<int32_t> punct_;
};

// Hash of a word as the features see it: ASCII letters lowercased, digits
// folded to '0' ("1990" and "2003" share statistics), other bytes as is.
uint64_t WordHash(std::string_view word);

// Writes the features of `state` to out[0..kMaxFeatures) and returns
// how many (always the same number: absent positions hash as "none").
int ExtractFeatures(const TokenTable& tokens, const ParseState& state, uint64_t* out);

}  // namespace dyad::parser

#endif  // DYAD_PARSER_FEATURES_H_
