// UTF-8 decoding that never fails, and encoding.
//
// Document::text() may hold any bytes. DecodeUtf8 reads one code point and
// says how many bytes it used; a byte sequence that is not well-formed UTF-8
// (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF) decodes as
// U+FFFD covering its "maximal subpart" (Unicode 15, section 3.9): the longest
// prefix that could have started a valid sequence, at least one byte. So
// "\xE2\x80A" is U+FFFD (2 bytes) then 'A', and the caller can always advance.
#ifndef DYAD_UTIL_UTF8_H_
#define DYAD_UTIL_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace dyad {

inline constexpr char32_t kReplacementChar = 0xFFFD;

struct DecodedChar {
  char32_t cp = 0;
  uint32_t len = 1;    // bytes consumed, >= 1
  bool valid = true;   // false: cp is U+FFFD standing for `len` bad bytes
};

// Decodes the code point starting at text[pos]; pos < text.size().
inline DecodedChar DecodeUtf8(std::string_view text, size_t pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  const size_t avail = text.size() - pos;
  const unsigned b0 = p[0];
  if (b0 < 0x80) return {b0, 1, true};
  // Expected continuation count and the allowed range of the second byte
  // (narrower than 80..BF where overlongs, surrogates or > U+10FFFF lurk).
  unsigned need = 0;
  unsigned lo = 0x80, hi = 0xBF;
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return {kReplacementChar, 1, false};  // 80..C1 or F5..FF never start one
  }
  for (unsigned k = 1; k <= need; ++k) {
    if (k >= avail) return {kReplacementChar, k, false};
    const unsigned b = p[k];
    const unsigned min = (k == 1) ? lo : 0x80;
    const unsigned max = (k == 1) ? hi : 0xBF;
    if (b < min || b > max) return {kReplacementChar, k, false};
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, need + 1, true};
}

// Writes the UTF-8 encoding of a valid scalar value to out (room for 4
// bytes); returns the byte count.
inline size_t EncodeUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

}  // namespace dyad

#endif  // DYAD_UTIL_UTF8_H_
