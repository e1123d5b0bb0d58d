#include "text/char_class.h"

#include <utf8proc.h>

#include "util/typography.h"

namespace dyad {
namespace {

// The byte the tokenizer's rules match a typographic character as.
char MatchOf(Typography kind) {
  switch (kind) {
    case Typography::kApostrophe: return '\'';
    case Typography::kQuote: return '"';
    case Typography::kHyphen: return '-';
    case Typography::kDash: return kMatchDash;
    case Typography::kEllipsis: return kMatchEllipsis;
    case Typography::kSlash: return '/';
  }
  return kMatchOther;
}

}  // namespace

CharClass ClassifyChar(char32_t cp) {
  if (cp < 0x80) return kAsciiClasses.entries[cp];
  if (cp == 0x85 || cp == 0x2028 || cp == 0x2029) return {CharKind::kNewline, 0, false};
  if (cp == 0xAD) return {CharKind::kJoiner, 0, false};
  if (cp == 0xFFFD) return {CharKind::kLetter, 0, false};
  if (const auto kind = TypographyOf(cp)) return {CharKind::kPunct, MatchOf(*kind), false};
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
  if (const auto kind = TypographyOf(cp)) return {false, FoldedText(*kind)};
  return {};
}

}  // namespace dyad
