// SentenceSplitter: tokens -> sentences, with rules that survive news text.
//
// Runs after the Tokenizer, reading each token's normalised form and the
// whitespace between tokens in the original text. A sentence ends:
//   - at a blank line, always (also form feed and U+2029);
//   - after ". ? ! ..." (and any closing quotes, brackets or "[12]" citation
//     marks right after them) when the next word does not start in lower
//     case: `said. "Next` splits before the quote, `"Why?" he asked` does not
//     split, nor does `"Why?" Smith asked` (a speech verb follows);
//   - after an abbreviation that kept its period only if the next word is a
//     typical sentence start: "in the U.S. The" splits, "U.S. President",
//     "Gen. Smith", "Jan. 22", "No. 10", "George W. Bush" do not (see
//     abbreviations.h for the kinds); a title ends one only before a function
//     word ("10 Downing St. The meeting");
//   - at a single line break when the line has no final punctuation and the
//     next line does not start in lower case (headlines, bylines, list
//     items), except after a comma, an opening bracket or quote, a dash or a
//     dateline line ("MOSCOW, Jan 22 (Reuters) -" or "WASHINGTON (AP)" stays
//     with the sentence it introduces); a bullet or "1." at a line start
//     always starts a sentence.
// Hard-wrapped text (lines broken inside sentences, detected once per
// document from lines that continue in lower case) treats single line breaks
// as spaces, except before bullets.
//
// Sentences longer than TextOptions::max_sentence_tokens are cut into pieces,
// preferably after a comma, semicolon, colon or dash near the limit, with one
// diagnostic per cut sentence. Work is linear: one pass to describe tokens,
// one to decide, each looking a bounded number of tokens around.
#ifndef DYAD_TEXT_SENTENCE_SPLITTER_H_
#define DYAD_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <vector>

#include "dyad/document.h"
#include "dyad/options.h"

namespace dyad {

class SentenceSplitter {
 public:
  explicit SentenceSplitter(const TextOptions& options);

  // Fills doc.mutable_sentences() (which the caller cleared) from
  // doc.tokens(); every token lands in exactly one sentence, in order.
  void Split(Document& doc) const;

  // What the splitter knows about one token (exposed for tests).
  enum class Kind : uint8_t {
    kWord,          // starts with a letter
    kNumber,        // starts with a digit
    kPeriod,        // "."
    kStrongEnd,     // "?" "!" "?!" "!!!"
    kEllipsis,      // ".." "..." "…"
    kAbbrev,        // word that kept its period: "U.S.", "Gen."
    kComma,         // ","
    kColon,         // ":" ";"
    kDash,          // "-" "--" "—"
    kOpenQuote,     // quote touching the word after it: `"Next`
    kCloseQuote,    // quote touching the word before it: `said."`
    kQuote,         // free-standing quote
    kOpenBracket,   // ( [ { <
    kCloseBracket,  // ) ] } >
    kBullet,        // • · ▪ ► ‣ * (a list marker when first on its line)
    kOther,
  };
  struct Shape {
    Kind kind = Kind::kOther;
    uint8_t abbrev = 0;         // AbbrevKind for kAbbrev
    uint8_t newlines = 0;       // line breaks before the token, capped at 2
    bool space_before = false;  // any whitespace before the token
    bool upper = false;         // first letter upper case
    bool lower = false;         // first letter lower case
    bool all_caps = false;      // letters present, none lower case
    // Word lists, looked up only near possible ends (the words after a final
    // mark, the last word of a line); false elsewhere.
    bool starter = false;       // closed-class sentence opener ("the", "he", "but")
    bool function_word = false; // a starter that is a function word ("the", "he")
    bool speech = false;        // speech verb in lower case ("said", "asked")
    bool short_lower = false;   // 1-4 letters, all lower case ("est", "fig")
  };
  static std::vector<Shape> DescribeTokens(const Document& doc);

 private:
  bool BoundaryBefore(const std::vector<Shape>& shapes, size_t j, bool wrapped) const;
  bool AfterTerminal(const std::vector<Shape>& shapes, size_t t, size_t j) const;
  bool AtLineBreak(const std::vector<Shape>& shapes, size_t j, bool wrapped) const;
  bool IsDatelineLine(const std::vector<Shape>& shapes, size_t last) const;
  static bool IsListStart(const std::vector<Shape>& shapes, size_t j);
  static bool LooksWrapped(const std::vector<Shape>& shapes);

  const TextOptions options_;
};

}  // namespace dyad

#endif  // DYAD_TEXT_SENTENCE_SPLITTER_H_
