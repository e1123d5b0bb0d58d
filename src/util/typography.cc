#include "util/typography.h"

#include <iterator>

#include "util/utf8.h"

namespace dyad {
namespace {

struct Entry {
  char32_t cp;
  Typography kind;
};
// Sorted by code point for binary search.
constexpr Entry kEntries[] = {
    {0x00AB, Typography::kQuote},       // «
    {0x00B4, Typography::kApostrophe},  // ´ used as an apostrophe
    {0x00BB, Typography::kQuote},       // »
    {0x02BC, Typography::kApostrophe},  // ʼ modifier letter apostrophe
    {0x2010, Typography::kHyphen},      // ‐ hyphen
    {0x2011, Typography::kHyphen},      // ‑ non-breaking hyphen
    {0x2012, Typography::kDash},        // ‒ figure dash
    {0x2013, Typography::kDash},        // – en dash
    {0x2014, Typography::kDash},        // — em dash
    {0x2015, Typography::kDash},        // ― horizontal bar
    {0x2018, Typography::kApostrophe},  // ‘
    {0x2019, Typography::kApostrophe},  // ’
    {0x201A, Typography::kApostrophe},  // ‚
    {0x201B, Typography::kApostrophe},  // ‛
    {0x201C, Typography::kQuote},       // “
    {0x201D, Typography::kQuote},       // ”
    {0x201E, Typography::kQuote},       // „
    {0x201F, Typography::kQuote},       // ‟
    {0x2026, Typography::kEllipsis},    // …
    {0x2032, Typography::kApostrophe},  // ′ prime, typed for an apostrophe
    {0x2033, Typography::kQuote},       // ″
    {0x2039, Typography::kApostrophe},  // ‹
    {0x203A, Typography::kApostrophe},  // ›
    {0x2044, Typography::kSlash},       // ⁄ fraction slash
    {0x2212, Typography::kDash},        // − minus sign
    {0xFE58, Typography::kDash},        // ﹘ small em dash
    {0xFE63, Typography::kHyphen},      // ﹣ small hyphen-minus
    {0xFF02, Typography::kQuote},       // ＂
    {0xFF07, Typography::kApostrophe},  // ＇
    {0xFF0D, Typography::kHyphen},      // － fullwidth hyphen-minus
};

}  // namespace

std::optional<Typography> TypographyOf(char32_t cp) {
  if (cp < 0x80) return std::nullopt;
  size_t lo = 0, hi = std::size(kEntries);
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (kEntries[mid].cp < cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo < std::size(kEntries) && kEntries[lo].cp == cp) return kEntries[lo].kind;
  return std::nullopt;
}

std::string_view FoldedText(Typography kind) {
  switch (kind) {
    case Typography::kApostrophe: return "'";
    case Typography::kQuote: return "\"";
    case Typography::kHyphen:
    case Typography::kDash: return "-";
    case Typography::kEllipsis: return "...";
    case Typography::kSlash: return "/";
  }
  return "";
}

std::string_view FoldTypography(std::string_view s, std::string* buffer) {
  // Copies only from the first folded character on; until then `s` stands.
  bool copying = false;
  for (size_t i = 0; i < s.size();) {
    const DecodedChar d = DecodeUtf8(s, i);
    const std::optional<Typography> kind = d.valid ? TypographyOf(d.cp) : std::nullopt;
    if (kind && !copying) {
      buffer->assign(s.substr(0, i));
      copying = true;
    }
    if (kind) buffer->append(FoldedText(*kind));
    else if (copying) buffer->append(s.substr(i, d.len));
    i += d.len;
  }
  return copying ? std::string_view(*buffer) : s;
}

}  // namespace dyad
