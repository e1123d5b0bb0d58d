// WordInfo: what the tagger knows about one token before looking at its
// neighbours: hashes of its word, affixes and shape, and a few flags.
//
// Computed once per token (each string hashed exactly once), then combined
// by the context features of tagger_features.h. Strings are folded
// (typographic quotes/dashes -> ASCII) and lowercased (ASCII only; other
// bytes kept) before hashing, so "US", "Us" and "us" share `lower` while
// `form` still tells them apart.
#ifndef DYAD_TAGGER_WORD_FEATURES_H_
#define DYAD_TAGGER_WORD_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

// Bits of WordInfo::flags.
enum WordFlag : uint32_t {
  kHasUpper = 1u << 0,       // some ASCII capital
  kInitialUpper = 1u << 1,   // first character is a capital
  kAllUpper = 1u << 2,       // every letter is a capital (and there are >= 2)
  kHasDigit = 1u << 3,
  kHasHyphen = 1u << 4,
  kHasLetter = 1u << 5,
  kNonAscii = 1u << 6,
  kSentenceStart = 1u << 7,
  // Most words of the sentence are capitalised: a headline or a title,
  // where capitals say little about proper nouns (set by the tagger).
  kTitleSentence = 1u << 8,
};

struct WordInfo {
  uint64_t form = 0;       // folded form, case kept
  uint64_t lower = 0;      // folded, lowercased
  uint64_t prefix[3] = {};  // first 1..3 characters of `lower`
  uint64_t suffix[4] = {};  // last 1..4 characters of `lower`
  uint64_t shape = 0;      // "Xxxx" -> "Xx", "2,400" -> "d,d" (runs collapsed)
  uint32_t flags = 0;
  uint16_t lexicon = 0;    // word_class_lexicon.h bits (set by the tagger)
  // 1 + the class this word most often had in training, 0 when it was rare
  // or unseen (set by the tagger). Tells the token before it what is coming.
  uint16_t usual_class = 0;
};

// Reusable buffers so that describing a word allocates nothing once warm.
struct WordScratch {
  std::string folded;
  std::string lower;
  std::string shape;
};

// Fills `info` for `form` (Token::norm or a gold form), except the
// prefixes and suffixes other than suffix[2] (the only affix neighbours
// use). `sentence_start` is true for the first token of a sentence.
void DescribeWord(std::string_view form, bool sentence_start, WordScratch& scratch,
                  WordInfo* info);
// The remaining affixes of the word DescribeWord last described with
// `scratch`. Skipped for tag-dictionary words, which are never scored.
void DescribeAffixes(const WordScratch& scratch, WordInfo* info);

// WordInfo::lower of an already folded, lowercased word (for tables keyed
// by it, built at training time).
uint64_t LowerWordHash(std::string_view lower);

// The WordInfo of the padding positions before/after a sentence.
WordInfo BoundaryWord(bool before);

}  // namespace dyad

#endif  // DYAD_TAGGER_WORD_FEATURES_H_
