// CharClass: what a code point means to the tokenizer, and how it folds.
//
// The tokenizer never looks at raw code points. Each one is classified once
// into a CharKind (token separator, letter, digit, punctuation...) and a
// one-byte "match" character on which every rule is written: ASCII letters as
// lower case, typographic quotes as ' or ", hyphens as '-', other dashes and
// the ellipsis as marker bytes. Rules thus treat "don’t" exactly like "don't"
// while the token keeps the original bytes.
//
// FoldChar gives the ASCII text a character takes in a token's normalised
// form (Token::norm), e.g. "’" -> "'", "—" -> "-", "…" -> "...".
#ifndef DYAD_TEXT_CHAR_CLASS_H_
#define DYAD_TEXT_CHAR_CLASS_H_

#include <cstdint>
#include <string_view>

namespace dyad {

enum class CharKind : uint8_t {
  kSpace,      // separates tokens, counts as a space (Zs, tab, NBSP)
  kNewline,    // a space that ends a line (\n \r \f, NEL, U+2028, U+2029)
  kIgnorable,  // separates tokens but is invisible: controls, zero-width
               // characters, BOM, bidi marks (other Cf)
  kJoiner,     // soft hyphen: stays inside a token, dropped from its norm
  kMark,       // combining mark (Mn, Mc, Me): extends the previous character
  kLetter,     // L*, Nl, No, and U+FFFD so mis-encoded words stay whole
  kDigit,      // Nd
  kPunct,      // P*, S*, unassigned, private use
};

// Match bytes for characters without a one-byte ASCII equivalent.
inline constexpr char kMatchEllipsis = '\x01';  // … (a run of periods on its own)
inline constexpr char kMatchDash = '\x02';      // – — ‒ ― − : always split off
inline constexpr char kMatchCurrency = '\x03';  // £ € ¥ ... (Sc outside ASCII)
inline constexpr char kMatchOther = '\x04';     // any other non-ASCII P* / S*

struct CharClass {
  CharKind kind = CharKind::kPunct;
  // ASCII letters in lower case, digits, ASCII punctuation, folded quotes
  // (' or ") and hyphens ('-'), a kMatch* marker, or 0 for non-ASCII
  // letters, digits, spaces and marks.
  char match = 0;
  bool upper = false;  // Lu or Lt
};

// Any code point. For ASCII, prefer the table below.
CharClass ClassifyChar(char32_t cp);

// The ASCII half, as a table built at compile time (immutable).
constexpr CharClass ClassifyAscii(unsigned char c) {
  if (c >= 'a' && c <= 'z') return {CharKind::kLetter, static_cast<char>(c), false};
  if (c >= 'A' && c <= 'Z') return {CharKind::kLetter, static_cast<char>(c - 'A' + 'a'), true};
  if (c >= '0' && c <= '9') return {CharKind::kDigit, static_cast<char>(c), false};
  // '_' joins words ("GCP_London", "____"), as in EWT.
  if (c == '_') return {CharKind::kLetter, '_', false};
  if (c == ' ' || c == '\t' || c == '\v') return {CharKind::kSpace, 0, false};
  if (c == '\n' || c == '\r' || c == '\f') return {CharKind::kNewline, 0, false};
  // PTB-style quotes and "mama`s": an apostrophe for matching.
  if (c == '`') return {CharKind::kPunct, '\'', false};
  if (c < 0x20 || c == 0x7F) return {CharKind::kIgnorable, 0, false};
  return {CharKind::kPunct, static_cast<char>(c), false};
}

struct AsciiClassTable {
  CharClass entries[128];
  constexpr AsciiClassTable() : entries() {
    for (int c = 0; c < 128; ++c) entries[c] = ClassifyAscii(static_cast<unsigned char>(c));
  }
};
inline constexpr AsciiClassTable kAsciiClasses;

// How `cp` appears in a normalised form: kept as is, or replaced by ASCII
// text (possibly empty: the soft hyphen is dropped).
struct Fold {
  bool kept = true;
  std::string_view text;  // meaningful when !kept
};
Fold FoldChar(char32_t cp);

inline bool IsSeparator(CharKind k) {
  return k == CharKind::kSpace || k == CharKind::kNewline || k == CharKind::kIgnorable;
}
inline bool IsWordKind(CharKind k) { return k == CharKind::kLetter || k == CharKind::kDigit; }

}  // namespace dyad

#endif  // DYAD_TEXT_CHAR_CLASS_H_
