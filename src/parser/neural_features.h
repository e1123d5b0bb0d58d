// Feature slots of the neural parser scorer (neural_net.h), in the spirit of
// Chen & Manning (2014): a fixed list of context positions around the stack
// and the buffer, each read as a small integer (a word id, a tag, a relation,
// a bucketed count). Unlike the perceptron's hashed conjunctions
// (features.h), conjunctions are left to the hidden layer, so a state costs
// a fixed, small number of lookups into small tables.
//
// Slots, in order (the order is part of the model format:
// kNeuralFeatureSetVersion changes with it):
//   words   (12): s0 s1 s2 b0 b1 b2, s0's leftmost, rightmost and second
//                 rightmost child, s1's leftmost and rightmost, b0's leftmost
//   tags    (21): Penn tags of s0 s1 s2 s3 b0 b1 b2 b3 and of the children
//                 s0 l/l2/r/r2, s1 l/l2/r/r2, b0 l/l2, s0 ll, s0 rr, s1 rr
//   upos     (6): universal tags of s0 s1 s2 b0 b1 b2
//   labels  (14): relations of those 13 children and s1's ll
//   counts  (11): distance s0-b0 and s1-s0; verbs and punctuation between
//                 them; left/right child counts of s0 and s1, left of b0
// Every non-word slot indexes its own rows of one table: row =
// offset(slot) + value, so the first layer of the network is one row per
// slot (neural_net.h).
//
// Thread safety: NeuralTokens is per thread; the functions are pure.
#ifndef DYAD_PARSER_NEURAL_FEATURES_H_
#define DYAD_PARSER_NEURAL_FEATURES_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/tags.h"
#include "parser/parse_state.h"

namespace dyad::parser {

inline constexpr uint32_t kNeuralFeatureSetVersion = 1;

inline constexpr int kNeuralWordSlots = 12;
inline constexpr int kNeuralTagSlots = 21;
inline constexpr int kNeuralUposSlots = 6;
inline constexpr int kNeuralLabelSlots = 14;
inline constexpr int kNeuralCountSlots = 11;
// Slots that index the row table (everything but words).
inline constexpr int kNeuralRowSlots =
    kNeuralTagSlots + kNeuralUposSlots + kNeuralLabelSlots + kNeuralCountSlots;

// Values per slot kind. Tags: Penn ids, then root and none; labels: 0 for
// none, 1 + model label; counts: 0..9.
inline constexpr int kNeuralTagValues = 64 + 2;
inline constexpr int kNeuralUposValues = kUposCount + 2;
inline constexpr int kNeuralLabelValues = 64 + 1;
inline constexpr int kNeuralCountValues = 10;
inline constexpr int kNeuralRows = kNeuralTagSlots * kNeuralTagValues +
                                   kNeuralUposSlots * kNeuralUposValues +
                                   kNeuralLabelSlots * kNeuralLabelValues +
                                   kNeuralCountSlots * kNeuralCountValues;

// Word ids: a few reserved ids, then one id per shape class for words out
// of the vocabulary, then the vocabulary (most frequent first, so that a
// prefix of the ids is "the frequent words").
inline constexpr int32_t kNeuralNoneWord = 0;
inline constexpr int32_t kNeuralRootWord = 1;
inline constexpr int32_t kNeuralFirstShape = 2;
inline constexpr int32_t kNeuralShapes = 32;
inline constexpr int32_t kNeuralFirstWord = kNeuralFirstShape + kNeuralShapes;

// Word hash (features.h WordHash) -> word id. Open addressing, built once.
class NeuralWordIds {
 public:
  NeuralWordIds() = default;
  // `words`: distinct WordHash values; word i gets id kNeuralFirstWord + i.
  explicit NeuralWordIds(std::vector<uint64_t> words);

  // The id of a normalised word: its own if known, else its shape's.
  int32_t Id(std::string_view norm) const;
  int32_t size() const { return kNeuralFirstWord + static_cast<int32_t>(words_.size()); }
  std::span<const uint64_t> words() const { return words_; }

 private:
  std::vector<uint64_t> words_;  // in id order
  std::vector<uint64_t> keys_;   // open addressing; 0 = empty
  std::vector<int32_t> ids_;
  int32_t zero_id_ = -1;  // the word whose hash is 0, if any
};

// The shape class (0..31) of a word outside the vocabulary.
int32_t NeuralShapeClass(std::string_view word);

// What the slots read of each token of one sentence: words 0..n-1, the root
// node n and a "none" node n + 1. Reused between sentences.
class NeuralTokens {
 public:
  void Fill(const Document& doc, std::span<const Token> words, const NeuralWordIds& ids);
  // Training: reads word i (< n) as `id` instead (word dropout).
  void ReplaceWord(int i, int32_t id) { words_[i] = id; }

  int n() const { return n_; }
  int node(int i) const { return i == kNoNode ? n_ + 1 : i; }
  int32_t word(int node) const { return words_[node]; }
  uint8_t tag(int node) const { return tags_[node]; }
  uint8_t upos(int node) const { return upos_[node]; }
  int verbs_between(int a, int b) const { return verbs_[b] - verbs_[a + 1]; }
  int punct_between(int a, int b) const { return punct_[b] - punct_[a + 1]; }

 private:
  int n_ = 0;
  std::vector<int32_t> words_;
  std::vector<uint8_t> tags_;
  std::vector<uint8_t> upos_;
  std::vector<int32_t> verbs_;
  std::vector<int32_t> punct_;
};

// The slot values of one state.
struct NeuralFeatures {
  int32_t words[kNeuralWordSlots];       // word ids
  int32_t word_nodes[kNeuralWordSlots];  // their tokens (NeuralTokens::node)
  int32_t rows[kNeuralRowSlots];  // already offset into the row table
};

void ExtractNeuralFeatures(const NeuralTokens& tokens, const ParseState& state,
                           NeuralFeatures& out);

}  // namespace dyad::parser

#endif  // DYAD_PARSER_NEURAL_FEATURES_H_
