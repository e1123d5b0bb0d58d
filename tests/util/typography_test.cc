#include "util/typography.h"

#include <gtest/gtest.h>

#include <string>

#include "util/utf8.h"

namespace dyad {
namespace {

TEST(TypographyTest, FoldsQuotesDashesAndEllipsis) {
  std::string buffer;
  EXPECT_EQ(FoldTypography("Japan\xE2\x80\x99s \xE2\x80\x9Cthreat\xE2\x80\x9D \xE2\x80\x94 "
                           "\xC2\xAB" "non\xC2\xBB\xE2\x80\xA6",
                           &buffer),
            "Japan's \"threat\" - \"non\"...");
  EXPECT_EQ(FoldTypography("1\xE2\x81\x84" "2 \xE2\x88\x92" "3", &buffer), "1/2 -3");
}

TEST(TypographyTest, LeavesEverythingElseByteForByte) {
  std::string buffer;
  const std::string_view plain = "plain ASCII, caf\xC3\xA9, \xE4\xB8\xAD";
  const std::string_view out = FoldTypography(plain, &buffer);
  EXPECT_EQ(out, plain);
  EXPECT_EQ(out.data(), plain.data()) << "nothing to fold must not copy";
  // Invalid bytes stay, around a folded character.
  EXPECT_EQ(FoldTypography("\xFF\xE2\x80\x99\xE2\x80", &buffer), "\xFF'\xE2\x80");
}

TEST(TypographyTest, FoldingIsIdempotentAndAscii) {
  std::string buffer, again;
  for (char32_t cp = 0x80; cp < 0x30000; ++cp) {
    const auto kind = TypographyOf(cp);
    if (!kind) continue;
    const std::string_view text = FoldedText(*kind);
    ASSERT_FALSE(text.empty());
    for (const char c : text) EXPECT_LT(static_cast<unsigned char>(c), 0x80u) << int(cp);
    char encoded[4];
    const std::string s(encoded, EncodeUtf8(cp, encoded));
    const std::string folded(FoldTypography(s, &buffer));
    EXPECT_EQ(folded, text);
    EXPECT_EQ(FoldTypography(folded, &again), folded);
  }
  EXPECT_FALSE(TypographyOf('\''));
  EXPECT_FALSE(TypographyOf(0xE9));  // é
}

}  // namespace
}  // namespace dyad
