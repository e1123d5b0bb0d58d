#include "parser/neural_features.h"

#include <algorithm>
#include <bit>

#include "parser/features.h"
#include "parser/vocabulary.h"

namespace dyad::parser {
namespace {

constexpr uint8_t kTagRoot = 64;
constexpr uint8_t kTagNone = 65;
constexpr uint8_t kUposRoot = kUposCount;
constexpr uint8_t kUposNone = kUposCount + 1;

// The row table starts with the tag slots; each slot's rows follow the
// previous slot's (ExtractNeuralFeatures walks them in order).
constexpr int kTagBase = 0;

// Distance between positions a < b in buckets 1..7; 0 when b is the root
// node (distance to it means nothing), 8 when a position is absent.
int Distance(int a, int b, int root) {
  if (a == kNoNode || b == kNoNode) return 8;
  if (b == root) return 0;
  const int d = b - a;
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  return 7;
}

int Clip(int count) { return std::min(count, kNeuralCountValues - 1); }

}  // namespace

NeuralWordIds::NeuralWordIds(std::vector<uint64_t> words) : words_(std::move(words)) {
  // Load <= 1/2: a lookup (once per token per sentence) reads ~1.5 slots.
  const size_t size = std::bit_ceil(std::max<size_t>(16, words_.size() * 2));
  keys_.assign(size, 0);
  ids_.assign(size, 0);
  const size_t mask = size - 1;
  for (size_t i = 0; i < words_.size(); ++i) {
    const uint64_t w = words_[i];
    const auto id = static_cast<int32_t>(kNeuralFirstWord + i);
    if (w == 0) {
      zero_id_ = id;
      continue;
    }
    size_t slot = w & mask;
    while (keys_[slot] != 0 && keys_[slot] != w) slot = (slot + 1) & mask;
    if (keys_[slot] == 0) {  // a duplicate keeps its first (most frequent) id
      keys_[slot] = w;
      ids_[slot] = id;
    }
  }
}

int32_t NeuralWordIds::Id(std::string_view norm) const {
  const uint64_t w = WordHash(norm);
  if (w == 0) return zero_id_ >= 0 ? zero_id_ : kNeuralFirstShape + NeuralShapeClass(norm);
  const size_t mask = keys_.size() - 1;
  for (size_t slot = w & mask;; slot = (slot + 1) & mask) {
    if (keys_[slot] == w) return ids_[slot];
    if (keys_[slot] == 0) return kNeuralFirstShape + NeuralShapeClass(norm);
  }
}

int32_t NeuralShapeClass(std::string_view word) { return Vocabulary::ShapeClass(word); }

void NeuralTokens::Fill(const Document& doc, std::span<const Token> words,
                        const NeuralWordIds& ids) {
  n_ = static_cast<int>(words.size());
  words_.resize(words.size() + 2);
  tags_.resize(words.size() + 2);
  upos_.resize(words.size() + 2);
  verbs_.resize(words.size() + 1);
  punct_.resize(words.size() + 1);
  verbs_[0] = punct_[0] = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const Upos u = words[i].upos;
    upos_[i] = static_cast<uint8_t>(std::min<int>(static_cast<int>(u), kUposCount - 1));
    verbs_[i + 1] = verbs_[i] + (u == Upos::VERB || u == Upos::AUX);
    punct_[i + 1] = punct_[i] + (u == Upos::PUNCT);
    words_[i] = ids.Id(doc.Norm(words[i]));
    tags_[i] = static_cast<uint8_t>(std::min<int>(words[i].xpos, 63));
  }
  words_[n_] = kNeuralRootWord;
  tags_[n_] = kTagRoot;
  upos_[n_] = kUposRoot;
  words_[n_ + 1] = kNeuralNoneWord;
  tags_[n_ + 1] = kTagNone;
  upos_[n_ + 1] = kUposNone;
}

void ExtractNeuralFeatures(const NeuralTokens& tokens, const ParseState& state,
                           NeuralFeatures& out) {
  const int root = state.root();
  const int s0 = state.stack(0), s1 = state.stack(1), s2 = state.stack(2),
            s3 = state.stack(3);
  const int b0 = state.buffer(0), b1 = state.buffer(1), b2 = state.buffer(2),
            b3 = state.buffer(3);
  auto child = [&](int node, int (ParseState::*get)(int) const) {
    return node == kNoNode ? kNoNode : (state.*get)(node);
  };
  const int s0l = child(s0, &ParseState::leftmost), s0l2 = child(s0, &ParseState::leftmost2);
  const int s0r = child(s0, &ParseState::rightmost), s0r2 = child(s0, &ParseState::rightmost2);
  const int s1l = child(s1, &ParseState::leftmost), s1l2 = child(s1, &ParseState::leftmost2);
  const int s1r = child(s1, &ParseState::rightmost), s1r2 = child(s1, &ParseState::rightmost2);
  const int b0l = child(b0, &ParseState::leftmost), b0l2 = child(b0, &ParseState::leftmost2);
  const int s0ll = child(s0l, &ParseState::leftmost), s0rr = child(s0r, &ParseState::rightmost);
  const int s1rr = child(s1r, &ParseState::rightmost), s1ll = child(s1l, &ParseState::leftmost);

  const int word_nodes[kNeuralWordSlots] = {s0, s1, s2, b0, b1, b2, s0l, s0r, s0r2, s1l, s1r, b0l};
  for (int i = 0; i < kNeuralWordSlots; ++i) {
    out.word_nodes[i] = tokens.node(word_nodes[i]);
    out.words[i] = tokens.word(out.word_nodes[i]);
  }

  int32_t* row = out.rows;
  int base = kTagBase;
  const int tag_nodes[kNeuralTagSlots] = {s0,  s1,   s2,  s3,   b0,  b1,   b2,   b3,   s0l,  s0l2, s0r,
                                          s0r2, s1l, s1l2, s1r, s1r2, b0l, b0l2, s0ll, s0rr, s1rr};
  for (int node : tag_nodes) {
    *row++ = base + tokens.tag(tokens.node(node));
    base += kNeuralTagValues;
  }
  const int upos_nodes[kNeuralUposSlots] = {s0, s1, s2, b0, b1, b2};
  for (int node : upos_nodes) {
    *row++ = base + tokens.upos(tokens.node(node));
    base += kNeuralUposValues;
  }
  const int label_nodes[kNeuralLabelSlots] = {s0l, s0l2, s0r, s0r2, s1l,  s1l2, s1r,
                                              s1r2, b0l, b0l2, s0ll, s0rr, s1rr, s1ll};
  for (int node : label_nodes) {
    *row++ = base + (node == kNoNode ? 0 : 1 + state.label(node));
    base += kNeuralLabelValues;
  }
  auto count = [&](int node, int (ParseState::*get)(int) const) {
    return node == kNoNode ? kNeuralCountValues - 1 : Clip((state.*get)(node));
  };
  auto between = [&](int a, int b, bool verbs) {
    if (a == kNoNode || b == kNoNode) return kNeuralCountValues - 1;
    return Clip(verbs ? tokens.verbs_between(a, b) : tokens.punct_between(a, b));
  };
  const int counts[kNeuralCountSlots] = {
      Distance(s0, b0, root),          Distance(s1, s0, root),
      between(s0, b0, true),           between(s0, b0, false),
      between(s1, s0, true),           between(s1, s0, false),
      count(s0, &ParseState::left_count), count(s0, &ParseState::right_count),
      count(s1, &ParseState::left_count), count(s1, &ParseState::right_count),
      count(b0, &ParseState::left_count)};
  for (int value : counts) {
    *row++ = base + value;
    base += kNeuralCountValues;
  }
}

}  // namespace dyad::parser
