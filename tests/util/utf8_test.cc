#include "util/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

DecodedChar At(std::string_view s, size_t pos = 0) { return DecodeUtf8(s, pos); }

TEST(Utf8Test, DecodesEachLength) {
  EXPECT_EQ(At("A").cp, U'A');
  EXPECT_EQ(At("A").len, 1u);
  EXPECT_EQ(At("\xC3\xA9").cp, U'\u00E9');  // é
  EXPECT_EQ(At("\xC3\xA9").len, 2u);
  EXPECT_EQ(At("\xE2\x80\x99").cp, U'\u2019');  // ’
  EXPECT_EQ(At("\xE2\x80\x99").len, 3u);
  EXPECT_EQ(At("\xF0\x9F\x98\x80").cp, U'\U0001F600');
  EXPECT_EQ(At("\xF0\x9F\x98\x80").len, 4u);
  EXPECT_TRUE(At("\xF0\x9F\x98\x80").valid);
}

TEST(Utf8Test, InvalidBytesBecomeReplacementCharacters) {
  for (const std::string_view bad : {"\x80", "\xBF", "\xC0\xAF", "\xC1\xBF", "\xF5\x80\x80\x80",
                                     "\xFF", "\xFE"}) {
    const DecodedChar d = At(bad);
    EXPECT_FALSE(d.valid) << bad;
    EXPECT_EQ(d.cp, kReplacementChar);
    EXPECT_EQ(d.len, 1u) << "a byte that cannot start a sequence is one bad byte";
  }
}

TEST(Utf8Test, MaximalSubpartIsConsumedAsOneReplacement) {
  // E2 80 could start U+2019; 'A' breaks it: two bad bytes, then 'A'.
  const std::string s = "\xE2\x80" "A";
  const DecodedChar d = At(s);
  EXPECT_FALSE(d.valid);
  EXPECT_EQ(d.len, 2u);
  EXPECT_EQ(At(s, 2).cp, U'A');
}

TEST(Utf8Test, RejectsOverlongsSurrogatesAndOutOfRange) {
  EXPECT_FALSE(At("\xE0\x80\xAF").valid);      // overlong '/'
  EXPECT_EQ(At("\xE0\x80\xAF").len, 1u);       // E0 80: 80 is not allowed after E0
  EXPECT_FALSE(At("\xED\xA0\x80").valid);      // U+D800 surrogate
  EXPECT_FALSE(At("\xF4\x90\x80\x80").valid);  // above U+10FFFF
  EXPECT_FALSE(At("\xF0\x80\x80\x80").valid);  // overlong 4-byte
}

TEST(Utf8Test, TruncatedSequenceAtEndOfText) {
  const std::string s = "ab\xE2\x80";
  const DecodedChar d = At(s, 2);
  EXPECT_FALSE(d.valid);
  EXPECT_EQ(d.len, 2u) << "never reads past the end";
}

TEST(Utf8Test, EncodeRoundTrips) {
  for (const char32_t cp : {U'A', U'\u00E9', U'\u2014', U'\uFFFD', U'\U0001F600', U'\U0010FFFF'}) {
    char buf[4];
    const size_t n = EncodeUtf8(cp, buf);
    const DecodedChar d = DecodeUtf8(std::string_view(buf, n), 0);
    EXPECT_TRUE(d.valid);
    EXPECT_EQ(d.cp, cp);
    EXPECT_EQ(d.len, n);
  }
}

}  // namespace
}  // namespace dyad
