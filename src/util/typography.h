// Typography: the typographic characters dyad reads as ASCII punctuation
// ("’" as "'", "“" as "\"", "–" as "-", "…" as "..."), in one table.
//
// Two stages need it and must agree: the text stage folds them in every
// token's normalised form and matches on them when tokenizing
// (text/char_class.h), and the tagger and lemmatizer fold treebank forms
// the same way when they train or read gold-tokenized input ("’s" in
// EWT), so that training and running see one spelling.
#ifndef DYAD_UTIL_TYPOGRAPHY_H_
#define DYAD_UTIL_TYPOGRAPHY_H_

#include <optional>
#include <string>
#include <string_view>

namespace dyad {

enum class Typography : unsigned char {
  kApostrophe,  // ’ ‘ ‚ ‛ ´ ʼ ′ ‹ › ＇       -> '
  kQuote,       // “ ” „ ‟ « » ″ ＂           -> "
  kHyphen,      // ‐ ‑ ﹣ －                   -> -
  kDash,        // ‒ – — ― − ﹘               -> -
  kEllipsis,    // …                          -> ...
  kSlash,       // ⁄ fraction slash           -> /
};

// The kind of `cp`, or nothing for every other code point (ASCII included).
std::optional<Typography> TypographyOf(char32_t cp);

// The ASCII text a kind folds to.
std::string_view FoldedText(Typography kind);

// `s` with every typographic character folded. Returns `s` itself when
// nothing needs folding (the common case: no allocation), else the folded
// copy written into `*buffer`. Folding a folded string changes nothing;
// invalid UTF-8 is kept byte for byte.
std::string_view FoldTypography(std::string_view s, std::string* buffer);

}  // namespace dyad

#endif  // DYAD_UTIL_TYPOGRAPHY_H_
