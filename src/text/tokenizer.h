// Tokenizer: raw text -> tokens following UD English EWT conventions.
//
// The text is read once, left to right. Separators (spaces, newlines,
// zero-width and control characters) delimit "chunks"; each chunk is cut into
// tokens by the rules below, written on classified characters (char_class.h)
// so typographic and ASCII punctuation behave alike:
//
//   leading punctuation   "(Reuters" -> ( Reuters        "$5" -> $ 5
//   trailing punctuation  "said." -> said .   "U.S." stays, "Inc.," -> Inc. ,
//                         "parents'" -> parents '        "5%" -> 5 %
//   inside a chunk        split at punctuation except: periods between word
//                         characters ("3.5", "Amazon.com"), an abbreviation's
//                         period ("U.S.-based" -> U.S. - based), commas and
//                         colons and slashes between digits ("1,000", "5:30",
//                         "9/11"), apostrophes inside words ("O'Brien"),
//                         short "&" acronyms ("AT&T"), and hyphens after a
//                         prefix ("e-mail", "non-stop", "co-workers"), before
//                         "-wise"/"-esque", or inside phone numbers and dates
//                         ("713-853-3989"); other hyphens split as EWT does
//                         ("search-engine" -> search - engine)
//   contractions          "don't" -> do n't, "won't" -> wo n't, "I'm" -> I 'm,
//                         "Japan's" -> Japan 's, "gonna" -> gon na,
//                         "cannot" -> can not, "dont" -> do nt
//   numbers with units    "7:30PM" -> 7:30 PM, "35mm" -> 35 mm; "1990s" and
//                         "21st" stay whole
//   kept whole            URLs, e-mail addresses, @handles, #hashtags,
//                         emoticons, runs of one punctuation mark ("...",
//                         "--", "!!!", "?!")
//
// Every token keeps byte offsets into the original text; its normalised form
// goes to the Document's arena; space_after is true when a space or newline
// (not merely an invisible character) follows it.
//
// Bounds: chunks are processed in windows of at most max(1024, 4 *
// max_token_bytes) characters and every backward or forward look inside a
// chunk is capped, so the work is linear in the input whatever it holds. A
// token longer than max_token_bytes is cut at character boundaries (one
// diagnostic per cut token, however many windows it spans). Invalid UTF-8 is
// reported once per run of bad bytes (the first kMaxInvalidRunDiagnostics
// runs, then one summary).
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <cstdint>
#include <vector>

#include "dyad/document.h"
#include "dyad/options.h"
#include "text/char_class.h"
#include "text/normalizer.h"

namespace dyad {

// Garbage input can hold a bad byte every few bytes; past this many runs the
// rest are summarised in one diagnostic so the list stays readable.
inline constexpr size_t kMaxInvalidRunDiagnostics = 1000;

class Tokenizer {
 public:
  explicit Tokenizer(const TextOptions& options);

  // Appends the tokens of doc.text() to doc.mutable_tokens() (which the
  // caller cleared) and reports problems in doc's diagnostics.
  void Tokenize(Document& doc);

 private:
  // One character of the current chunk. Combining marks and soft hyphens are
  // merged into the character before them, so a unit is never split.
  struct Unit {
    uint32_t begin;  // byte offset in the original text
    uint8_t len;     // bytes, <= kMaxUnitBytes
    CharKind kind;   // kLetter, kDigit or kPunct
    char match;      // see CharClass::match
    bool upper;
  };
  static constexpr size_t kMaxUnitBytes = 64;

  void ProcessChunk(bool next_is_digit);
  // digit_follows: a digit comes right after `end` ("No. 10").
  void SplitCore(size_t begin, size_t end, bool digit_follows);
  void FlushWord(size_t begin, size_t end);
  void EmitPunctRuns(size_t begin, size_t end);
  void Emit(size_t begin, size_t end);
  void EmitBytes(uint32_t begin, uint32_t end);

  size_t RunEnd(size_t p, size_t end) const;
  bool ApostropheStartsWord(size_t p, size_t end) const;
  bool KeepsPeriod(size_t begin, size_t dot, bool next_is_digit) const;
  bool KeepsHyphen(size_t begin, size_t p, size_t end) const;
  bool IsUrlStart(size_t p, size_t end) const;
  bool IsEmoticon(size_t begin, size_t end) const;
  size_t UrlEnd(size_t begin, size_t end) const;

  void NoteInvalid(uint32_t begin, uint32_t end);
  void FlushInvalid();
  void ReportUnreported();
  void NoteCut(uint32_t begin, uint32_t end);
  void FlushCut();

  bool IsWord(size_t i) const { return IsWordKind(units_[i].kind); }
  bool IsLetter(size_t i) const { return units_[i].kind == CharKind::kLetter; }
  bool IsDigit(size_t i) const { return units_[i].kind == CharKind::kDigit; }
  char Match(size_t i) const { return units_[i].match; }

  const TextOptions options_;
  const size_t window_;  // max units per chunk window
  Document* doc_ = nullptr;
  std::string_view text_;
  std::vector<Unit> units_;
  FormNormalizer normalizer_;
  // The run of invalid bytes being accumulated; runs seen so far; those past
  // kMaxInvalidRunDiagnostics, summarised at the end.
  bool invalid_open_ = false;
  uint32_t invalid_begin_ = 0, invalid_end_ = 0;
  size_t invalid_runs_ = 0;
  size_t unreported_runs_ = 0, unreported_bytes_ = 0;
  uint32_t unreported_begin_ = 0, unreported_end_ = 0;
  // The over-long token being cut (it may span several chunk windows).
  bool cut_open_ = false;
  uint32_t cut_begin_ = 0, cut_end_ = 0;
};

}  // namespace dyad

#endif  // DYAD_TEXT_TOKENIZER_H_
