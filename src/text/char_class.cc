#include "text/char_class.h"

#include <utf8proc.h>

#include <iterator>

namespace dyad {
namespace {

// Characters whose matching or folding is not implied by their category.
struct Special {
  char32_t cp;
  char match;
  std::string_view fold;
};
// Sorted by code point for binary search.
constexpr Special kSpecials[] = {
    {0x00AB, '"', "\""},               // «
    {0x00B4, '\'', "'"},               // ´ used as an apostrophe
    {0x00BB, '"', "\""},               // »
    {0x02BC, '\'', "'"},               // ʼ modifier letter apostrophe
    {0x2010, '-', "-"},                // ‐ hyphen
    {0x2011, '-', "-"},                // ‑ non-breaking hyphen
    {0x2012, kMatchDash, "-"},         // ‒ figure dash
    {0x2013, kMatchDash, "-"},         // – en dash
    {0x2014, kMatchDash, "-"},         // — em dash
    {0x2015, kMatchDash, "-"},         // ― horizontal bar
    {0x2018, '\'', "'"},               // ‘
    {0x2019, '\'', "'"},               // ’
    {0x201A, '\'', "'"},               // ‚
    {0x201B, '\'', "'"},               // ‛
    {0x201C, '"', "\""},               // “
    {0x201D, '"', "\""},               // ”
    {0x201E, '"', "\""},               // „
    {0x201F, '"', "\""},               // ‟
    {0x2026, kMatchEllipsis, "..."},   // …
    {0x2032, '\'', "'"},               // ′ prime, typed for an apostrophe
    {0x2033, '"', "\""},               // ″
    {0x2039, '\'', "'"},               // ‹
    {0x203A, '\'', "'"},               // ›
    {0x2044, '/', "/"},                // ⁄ fraction slash
    {0x2212, kMatchDash, "-"},         // − minus sign
    {0xFE58, kMatchDash, "-"},         // ﹘ small em dash
    {0xFE63, '-', "-"},                // ﹣ small hyphen-minus
    {0xFF02, '"', "\""},               // ＂
    {0xFF07, '\'', "'"},               // ＇
    {0xFF0D, '-', "-"},                // － fullwidth hyphen-minus
};

const Special* FindSpecial(char32_t cp) {
  size_t lo = 0, hi = std::size(kSpecials);
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (kSpecials[mid].cp < cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo < std::size(kSpecials) && kSpecials[lo].cp == cp) ? &kSpecials[lo] : nullptr;
}

}  // namespace

CharClass ClassifyChar(char32_t cp) {
  if (cp < 0x80) return kAsciiClasses.entries[cp];
  if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return {CharKind::kNewline, 0, false};
  if (cp == 0xAD) return {CharKind::kJoiner, 0, false};
  if (cp == 0xFFFD) return {CharKind::kLetter, 0, false};
  if (const Special* s = FindSpecial(cp)) return {CharKind::kPunct, s->match, false};
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return {CharKind::kLetter, 0, true};
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return {CharKind::kLetter, 0, false};
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return {CharKind::kMark, 0, false};
    case UTF8PROC_CATEGORY_ND:
      return {CharKind::kDigit, 0, false};
    case UTF8PROC_CATEGORY_ZS:
      return {CharKind::kSpace, 0, false};
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return {CharKind::kNewline, 0, false};
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
      return {CharKind::kIgnorable, 0, false};
    case UTF8PROC_CATEGORY_SC:
      return {CharKind::kPunct, kMatchCurrency, false};
    default:
      return {CharKind::kPunct, kMatchOther, false};
  }
}

Fold FoldChar(char32_t cp) {
  if (cp < 0x80) return {};
  if (cp == 0xAD) return {false, ""};
  if (const Special* s = FindSpecial(cp)) return {false, s->fold};
  return {};
}

}  // namespace dyad
