#include "parser/features.h"

#include <algorithm>
#include <bit>
#include <cstring>

#include "util/hash.h"

namespace dyad::parser {
namespace {

constexpr uint64_t kRootWord = 0x6a09e667f3bcc908ULL;
constexpr uint64_t kNoneWord = 0xbb67ae8584caa73bULL;
constexpr uint8_t kRootTag = 254;
constexpr uint8_t kNoneTag = 255;

// Distance between two positions a < b, bucketed; 0 when b is the root node
// (distance to it means nothing), 8 when a position is absent.
uint64_t Distance(int a, int b, int root) {
  if (a == kNoNode || b == kNoNode) return 8;
  if (b == root) return 0;
  const int d = b - a;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 10) return 6;
  return 7;
}

uint64_t Clip(int count) { return static_cast<uint64_t>(std::min(count, 8)); }

// Packs small values (tags, labels, buckets) into one integer.
constexpr uint64_t Pack(uint64_t a, uint64_t b = 0, uint64_t c = 0, uint64_t d = 0) {
  return a | (b << 8) | (c << 16) | (d << 24);
}

// A second word in a conjunction is rotated so that (x, y) and (y, x) differ.
inline uint64_t Second(uint64_t word) { return std::rotl(word, 23); }

}  // namespace

uint64_t WordHash(std::string_view word) {
  // Fold 8 bytes at a time, as HashString does, on the normalised bytes.
  uint64_t h = 0x51ed270b27e3a5c1ULL ^ (word.size() * 0x9e3779b97f4a7c15ULL);
  size_t i = 0;
  while (i < word.size()) {
    uint64_t chunk = 0;
    const size_t take = std::min<size_t>(8, word.size() - i);
    for (size_t k = 0; k < take; ++k) {
      auto c = static_cast<unsigned char>(word[i + k]);
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + ('a' - 'A'));
      else if (c >= '0' && c <= '9') c = '0';
      chunk |= static_cast<uint64_t>(c) << (8 * k);
    }
    h = HashCombine(h, chunk);
    i += take;
  }
  return Mix64(h);
}

void TokenTable::Fill(const Document& doc, std::span<const Token> words,
                      const Vocabulary& vocabulary) {
  n_ = static_cast<int>(words.size());
  words_.resize(words.size() + 2);
  tags_.resize(words.size() + 2);
  upos_.resize(words.size() + 2);
  verbs_.resize(words.size() + 1);
  punct_.resize(words.size() + 1);
  verbs_[0] = punct_[0] = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    upos_[i] = static_cast<uint8_t>(words[i].upos);
    const Upos u = words[i].upos;
    verbs_[i + 1] = verbs_[i] + (u == Upos::VERB || u == Upos::AUX);
    punct_[i + 1] = punct_[i] + (u == Upos::PUNCT);
    const std::string_view norm = doc.Norm(words[i]);
    words_[i] = vocabulary.FeatureWord(norm, WordHash(norm));
    // Penn tags are the finer inventory; a document tagged with UPOS only
    // still gives the parser something (offset past the Penn ids).
    tags_[i] = words[i].xpos != 0 ? words[i].xpos
                                  : static_cast<uint8_t>(128 + static_cast<int>(words[i].upos));
  }
  words_[words.size()] = kRootWord;
  tags_[words.size()] = kRootTag;
  upos_[words.size()] = kRootTag;
  words_[words.size() + 1] = kNoneWord;
  tags_[words.size() + 1] = kNoneTag;
  upos_[words.size() + 1] = kNoneTag;
}

int ExtractFeatures(const TokenTable& tokens, const ParseState& state, uint64_t* out) {
  uint64_t* const begin = out;
  uint64_t templ = 0;
  // One template per call, numbered in order: the numbering is the format.
  auto emit = [&](uint64_t value) { *out++ = Mix64(value + (++templ) * 0x9e3779b97f4a7c15ULL); };

  const int root = state.root();
  const int s0i = state.stack(0), s1i = state.stack(1), s2i = state.stack(2);
  const int b0i = state.buffer(0), b1i = state.buffer(1), b2i = state.buffer(2);
  auto child = [&](int node, int (ParseState::*get)(int) const) {
    return node == kNoNode ? kNoNode : (state.*get)(node);
  };
  const int s0l = child(s0i, &ParseState::leftmost), s0l2 = child(s0i, &ParseState::leftmost2);
  const int s0r = child(s0i, &ParseState::rightmost), s0r2 = child(s0i, &ParseState::rightmost2);
  const int s1l = child(s1i, &ParseState::leftmost), s1l2 = child(s1i, &ParseState::leftmost2);
  const int s1r = child(s1i, &ParseState::rightmost), s1r2 = child(s1i, &ParseState::rightmost2);
  const int b0l = child(b0i, &ParseState::leftmost), b0l2 = child(b0i, &ParseState::leftmost2);

  // Word hash, tag and (for children) label of each context position.
  auto W = [&](int i) { return tokens.word(tokens.node(i)); };
  auto P = [&](int i) { return static_cast<uint64_t>(tokens.tag(tokens.node(i))); };
  auto U = [&](int i) { return static_cast<uint64_t>(tokens.upos(tokens.node(i))); };
  auto L = [&](int i) {
    return i == kNoNode ? uint64_t{0} : static_cast<uint64_t>(state.label(i) + 1);
  };
  auto count = [&](int node, int (ParseState::*get)(int) const) {
    return node == kNoNode ? uint64_t{9} : Clip((state.*get)(node));
  };
  auto labels = [&](int node, uint64_t (ParseState::*get)(int) const) {
    return Mix64(node == kNoNode ? uint64_t{0} : (state.*get)(node));
  };

  const uint64_t s0w = W(s0i), s1w = W(s1i), s2w = W(s2i);
  const uint64_t b0w = W(b0i), b1w = W(b1i), b2w = W(b2i);
  const uint64_t s0p = P(s0i), s1p = P(s1i), s2p = P(s2i);
  const uint64_t b0p = P(b0i), b1p = P(b1i), b2p = P(b2i);
  const uint64_t d0 = Distance(s0i, b0i, root);
  const uint64_t d1 = Distance(s1i, s0i, root);
  const uint64_t s0vl = count(s0i, &ParseState::left_count);
  const uint64_t s0vr = count(s0i, &ParseState::right_count);
  const uint64_t s1vl = count(s1i, &ParseState::left_count);
  const uint64_t s1vr = count(s1i, &ParseState::right_count);
  const uint64_t b0vl = count(b0i, &ParseState::left_count);
  const uint64_t s0sl = labels(s0i, &ParseState::left_labels);
  const uint64_t s0sr = labels(s0i, &ParseState::right_labels);
  const uint64_t s1sr = labels(s1i, &ParseState::right_labels);
  const uint64_t b0sl = labels(b0i, &ParseState::left_labels);

  // The dependent s0, its two candidate heads b0 (Left) and s1 (Right),
  // their pairs, and the children already attached.
  emit(s0w);
  emit(s0p);
  emit(s0w ^ s0p);
  emit(s1w);
  emit(s1p);
  emit(s1w ^ s1p);
  emit(b0w);
  emit(b0p);
  emit(b0w ^ b0p);
  emit(s0w ^ Second(b0w) ^ Pack(s0p, b0p));
  emit(s0w ^ Pack(s0p, b0p));
  emit(b0w ^ Pack(s0p, b0p));
  emit(Pack(s0p, b0p));
  emit(s1w ^ Second(s0w) ^ Pack(s1p, s0p));
  emit(s1w ^ Pack(s1p, s0p));
  emit(s0w ^ Pack(s1p, s0p));
  emit(Pack(s1p, s0p));
  emit(Pack(s0p, b0p, b1p));
  emit(Pack(s1p, s0p, b0p));
  emit(Pack(s0p, b0p, d0));
  emit(Pack(s1p, s0p, d1));
  emit(Pack(P(s0l), L(s0l)));
  emit(Pack(P(s0r), L(s0r)));
  emit(L(s0l));
  emit(L(s0r));
  emit(Pack(L(b0l), b0p));
  emit(Pack(L(s1l), s1p));
  emit(Pack(L(s1r), s1p));
  emit(s0p ^ Second(s0sl));
  emit(s0p ^ Second(s0sr));
  emit(b0p ^ Second(b0sl));
  emit(s1p ^ Second(s1sr));
  emit(Pack(s0p, s0vl));
  emit(Pack(s0p, s0vr));
  // More context words and tags.
  emit(s2p);
  emit(s2w ^ s2p);
  emit(b1w);
  emit(b1p);
  emit(b1w ^ b1p);
  emit(b2p);
  emit(b2w ^ b2p);
  // More pairs, bilexical included.
  emit(s0w ^ Second(b0w) ^ Pack(s0p));
  emit(s0w ^ Second(b0w) ^ Pack(0, b0p));
  emit(s0w ^ Second(b0w));
  emit(Pack(b0p, b1p));
  emit(s1w ^ Second(s0w) ^ Pack(s1p));
  emit(s1w ^ Second(s0w) ^ Pack(0, s0p));
  emit(s1w ^ Second(s0w));
  emit(Pack(s1p, b0p));
  emit(s1w ^ Second(b0w));
  // Tag trigrams, with children.
  emit(Pack(b0p, b1p, b2p));
  emit(Pack(s2p, s1p, s0p));
  emit(Pack(s0p, P(s0l), b0p));
  emit(Pack(s0p, P(s0r), b0p));
  emit(Pack(s0p, b0p, P(b0l)));
  emit(Pack(s1p, s0p, P(s0l)));
  emit(Pack(s1p, s0p, P(s0r)));
  emit(Pack(s1p, P(s1l), s0p));
  emit(Pack(s1p, P(s1r), s0p));
  // Distances.
  emit(s0w ^ Pack(d0));
  emit(Pack(s0p, d0));
  emit(b0w ^ Pack(d0));
  emit(Pack(b0p, d0));
  emit(s0w ^ Second(b0w) ^ Pack(d0));
  emit(s1w ^ Pack(d1));
  emit(Pack(s1p, d1));
  emit(s1w ^ Second(s0w) ^ Pack(d1));
  // Valencies.
  emit(s0w ^ Pack(s0vl));
  emit(s0w ^ Pack(s0vr));
  emit(b0w ^ Pack(b0vl));
  emit(Pack(b0p, b0vl));
  emit(s1w ^ Pack(s1vl));
  emit(Pack(s1p, s1vl));
  emit(s1w ^ Pack(s1vr));
  emit(Pack(s1p, s1vr));
  // Children (second order).
  emit(W(s0l));
  emit(P(s0l));
  emit(W(s0r));
  emit(P(s0r));
  emit(W(b0l));
  emit(P(b0l));
  emit(W(s1l));
  emit(P(s1l));
  emit(W(s1r));
  emit(P(s1r));
  // Third order: second outermost children and child chains.
  emit(W(s0l2));
  emit(P(s0l2));
  emit(L(s0l2));
  emit(W(s0r2));
  emit(P(s0r2));
  emit(L(s0r2));
  emit(W(b0l2));
  emit(P(b0l2));
  emit(L(b0l2));
  emit(P(s1r2));
  emit(L(s1r2));
  emit(Pack(s0p, P(s0l), P(s0l2)));
  emit(Pack(s0p, P(s0r), P(s0r2)));
  emit(Pack(b0p, P(b0l), P(b0l2)));
  emit(Pack(s1p, P(s1r), P(s1r2)));
  emit(Pack(s1p, P(s1l), P(s1l2)));
  // Label sets with words.
  emit(s0w ^ Second(s0sl));
  emit(s0w ^ Second(s0sr));
  emit(b0w ^ Second(b0sl));
  emit(s1w ^ Second(s1sr));
  // Universal tags: predicted Penn and UPOS tags err on different words,
  // so the pair of views is more robust than either.
  const uint64_t s0u = U(s0i), s1u = U(s1i), b0u = U(b0i), b1u = U(b1i);
  emit(Pack(s0u));
  emit(Pack(s1u));
  emit(Pack(b0u));
  emit(Pack(b1u));
  emit(Pack(s0u, b0u));
  emit(Pack(s1u, s0u));
  emit(Pack(s1u, s0u, b0u));
  emit(Pack(s0u, b0u, b1u));
  emit(s0w ^ Pack(s0u, b0u));
  emit(b0w ^ Pack(s0u, b0u));
  // What lies between the candidate heads and s0: a verb or a comma in
  // between makes an attachment across it less likely.
  auto between = [&](int a, int b) {
    if (a == kNoNode || b == kNoNode) return uint64_t{15};
    return static_cast<uint64_t>(std::min(tokens.verbs_between(a, b), 2) * 4 +
                                 std::min(tokens.punct_between(a, b), 2));
  };
  const uint64_t x0 = between(s0i, b0i), x1 = between(s1i, s0i);
  emit(Pack(s0p, b0p, x0));
  emit(Pack(s1p, s0p, x1));
  emit(Pack(s0p, x0, d0));
  emit(Pack(s1p, x1, d1));
  return static_cast<int>(out - begin);
}

}  // namespace dyad::parser
