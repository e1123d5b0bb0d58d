// FoldTypography: the quote and dash folding the text stage applies to
// Token::norm ("’" -> "'", "“" -> "\"", "–" -> "-"), as a leaf helper.
//
// Why it lives here: models are trained on treebank forms that keep the
// typographic characters (EWT has "’s", "“"), while at run time the text
// stage has already folded them. The tagger and lemmatizer fold training
// forms (and gold-tokenized input, as in `dyad parse --eval`) the same way so
// both paths see one spelling. Folding an already folded form is a no-op.
#ifndef DYAD_UTIL_TYPOGRAPHY_FOLD_H_
#define DYAD_UTIL_TYPOGRAPHY_FOLD_H_

#include <string>
#include <string_view>

namespace dyad {

// The ASCII replacement of the 3-byte UTF-8 sequence at s[i] (which starts
// with 0xE2), or 0 when it is not one that is folded.
inline char FoldedTypographyChar(std::string_view s, size_t i) {
  if (i + 3 > s.size()) return 0;
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const auto b2 = static_cast<unsigned char>(s[i + 2]);
  if (b1 == 0x80) {
    if (b2 >= 0x98 && b2 <= 0x9B) return '\'';  // ‘ ’ ‚ ‛
    if (b2 >= 0x9C && b2 <= 0x9F) return '"';   // “ ” „ ‟
    if (b2 >= 0x90 && b2 <= 0x95) return '-';   // ‐ ‑ ‒ – — ―
    if (b2 == 0xB2) return '\'';                // ′
    if (b2 == 0xB3) return '"';                 // ″
  } else if (b1 == 0x88 && b2 == 0x92) {
    return '-';  // − minus sign
  }
  return 0;
}

// Returns `s` itself when nothing needs folding (the common case: no
// allocation), else the folded copy written into `*buffer`.
inline std::string_view FoldTypography(std::string_view s, std::string* buffer) {
  size_t i = s.find('\xE2');
  if (i == std::string_view::npos) return s;
  buffer->assign(s.substr(0, i));
  while (i < s.size()) {
    if (s[i] == '\xE2' && i + 3 <= s.size()) {
      if (const char c = FoldedTypographyChar(s, i)) {
        buffer->push_back(c);
        i += 3;
        continue;
      }
    }
    buffer->push_back(s[i]);
    ++i;
  }
  return *buffer;
}

}  // namespace dyad

#endif  // DYAD_UTIL_TYPOGRAPHY_FOLD_H_
