#include "tagger/word_features.h"

#include "util/hash.h"
#include "util/typography.h"

namespace dyad {
namespace {

// Seeds keep the hash spaces of words, prefixes, suffixes and shapes apart.
constexpr uint64_t kFormSeed = 0x1f0a2c3b4d5e6f70ULL;
constexpr uint64_t kLowerSeed = 0x2a9b8c7d6e5f4031ULL;
constexpr uint64_t kPrefixSeed = 0x3c4d5e6f708192a3ULL;
constexpr uint64_t kSuffixSeed = 0x4e5f60718293a4b5ULL;
constexpr uint64_t kShapeSeed = 0x5f6071829304a5b7ULL;

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte length of the first `n` UTF-8 characters of `s` (all of it if shorter).
size_t PrefixBytes(std::string_view s, int n) {
  size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) {
    ++i;
    while (i < s.size() && IsContinuation(s[i])) ++i;
  }
  return i;
}

// Byte offset where the last `n` UTF-8 characters of `s` begin.
size_t SuffixStart(std::string_view s, int n) {
  size_t i = s.size();
  for (int k = 0; k < n && i > 0; ++k) {
    --i;
    while (i > 0 && IsContinuation(s[i])) --i;
  }
  return i;
}

}  // namespace

void DescribeWord(std::string_view form, bool sentence_start, WordScratch& scratch,
                  WordInfo* info) {
  const std::string_view folded = FoldTypography(form, &scratch.folded);
  scratch.lower.assign(folded);
  scratch.shape.clear();
  uint32_t flags = sentence_start ? uint32_t{kSentenceStart} : uint32_t{0};
  uint32_t letters = 0, uppers = 0;
  char last_shape = 0;
  for (size_t i = 0; i < folded.size(); ++i) {
    const char c = folded[i];
    char s;
    if (c >= 'A' && c <= 'Z') {
      s = 'X';
      scratch.lower[i] = static_cast<char>(c - 'A' + 'a');
      ++letters;
      ++uppers;
      if (i == 0) flags |= kInitialUpper;
    } else if (c >= 'a' && c <= 'z') {
      s = 'x';
      ++letters;
    } else if (c >= '0' && c <= '9') {
      s = 'd';
      flags |= kHasDigit;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      flags |= kNonAscii;
      if (IsContinuation(c)) continue;  // one shape symbol per character
      s = 'u';
    } else {
      s = c;
      if (c == '-') flags |= kHasHyphen;
    }
    if (s != last_shape) scratch.shape.push_back(s);
    last_shape = s;
  }
  if (uppers > 0) flags |= kHasUpper;
  if (letters > 0) flags |= kHasLetter;
  if (uppers >= 2 && uppers == letters) flags |= kAllUpper;

  const std::string_view lower = scratch.lower;
  info->form = HashString(folded, kFormSeed);
  info->lower = HashString(lower, kLowerSeed);
  info->suffix[2] = HashString(lower.substr(SuffixStart(lower, 3)), kSuffixSeed + 2);
  info->shape = HashString(scratch.shape, kShapeSeed);
  info->flags = flags;
  info->lexicon = 0;
}

void DescribeAffixes(const WordScratch& scratch, WordInfo* info) {
  const std::string_view lower = scratch.lower;
  for (int k = 0; k < 3; ++k) {
    info->prefix[k] = HashString(lower.substr(0, PrefixBytes(lower, k + 1)), kPrefixSeed + k);
  }
  for (int k : {0, 1, 3}) {
    info->suffix[k] = HashString(lower.substr(SuffixStart(lower, k + 1)), kSuffixSeed + k);
  }
}

uint64_t LowerWordHash(std::string_view lower) { return HashString(lower, kLowerSeed); }

WordInfo BoundaryWord(bool before) {
  WordInfo w;
  const uint64_t v = before ? 0xb0b0b0b0b0b0b0b0ULL : 0xe0e0e0e0e0e0e0e0ULL;
  w.form = w.lower = w.shape = v;
  for (uint64_t& p : w.prefix) p = v;
  for (uint64_t& s : w.suffix) s = v;
  return w;
}

}  // namespace dyad
