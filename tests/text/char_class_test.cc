#include "text/char_class.h"

#include <gtest/gtest.h>

#include <string>

#include "util/typography.h"
#include "util/utf8.h"

namespace dyad {
namespace {

TEST(CharClassTest, AsciiLettersMatchInLowerCase) {
  const CharClass a = ClassifyChar(U'Q');
  EXPECT_EQ(a.kind, CharKind::kLetter);
  EXPECT_EQ(a.match, 'q');
  EXPECT_TRUE(a.upper);
  EXPECT_EQ(ClassifyChar(U'7').kind, CharKind::kDigit);
  EXPECT_EQ(ClassifyChar(U'.').match, '.');
}

TEST(CharClassTest, TypographicPunctuationMatchesItsAsciiEquivalent) {
  EXPECT_EQ(ClassifyChar(U'\u2019').match, '\'');  // ’
  EXPECT_EQ(ClassifyChar(U'\u2018').match, '\'');  // ‘
  EXPECT_EQ(ClassifyChar(U'\u201C').match, '"');   // “
  EXPECT_EQ(ClassifyChar(U'\u00BB').match, '"');   // »
  EXPECT_EQ(ClassifyChar(U'\u2010').match, '-');   // hyphen
  EXPECT_EQ(ClassifyChar(U'\u2014').match, kMatchDash);
  EXPECT_EQ(ClassifyChar(U'\u2212').match, kMatchDash);  // minus sign
  EXPECT_EQ(ClassifyChar(U'\u2026').match, kMatchEllipsis);
  EXPECT_EQ(ClassifyChar(U'\u20AC').match, kMatchCurrency);  // €
}

TEST(CharClassTest, SeparatorsAndInvisibleCharacters) {
  EXPECT_EQ(ClassifyChar(U' ').kind, CharKind::kSpace);
  EXPECT_EQ(ClassifyChar(U'\u00A0').kind, CharKind::kSpace);  // NBSP
  EXPECT_EQ(ClassifyChar(U'\u2009').kind, CharKind::kSpace);  // thin space
  EXPECT_EQ(ClassifyChar(U'\n').kind, CharKind::kNewline);
  EXPECT_EQ(ClassifyChar(U'\u2029').kind, CharKind::kNewline);
  EXPECT_EQ(ClassifyChar(U'\u200B').kind, CharKind::kIgnorable);  // zero-width space
  EXPECT_EQ(ClassifyChar(U'\uFEFF').kind, CharKind::kIgnorable);  // BOM
  EXPECT_EQ(ClassifyChar(U'\x01').kind, CharKind::kIgnorable);
  EXPECT_EQ(ClassifyChar(U'\u0085').kind, CharKind::kNewline);    // NEL
  EXPECT_EQ(ClassifyChar(U'\u00AD').kind, CharKind::kJoiner);     // soft hyphen
  EXPECT_EQ(ClassifyChar(U'\u0301').kind, CharKind::kMark);
}

TEST(CharClassTest, NonAsciiLettersKeepTheirCase) {
  EXPECT_EQ(ClassifyChar(U'\u00C9').kind, CharKind::kLetter);  // É
  EXPECT_TRUE(ClassifyChar(U'\u00C9').upper);
  EXPECT_FALSE(ClassifyChar(U'\u00E9').upper);
  EXPECT_EQ(ClassifyChar(U'\u4E2D').kind, CharKind::kLetter);  // 中
  EXPECT_EQ(ClassifyChar(U'\uFFFD').kind, CharKind::kLetter);  // stays inside words
}

TEST(CharClassTest, Folding) {
  EXPECT_TRUE(FoldChar(U'a').kept);
  EXPECT_TRUE(FoldChar(U'\u00E9').kept);
  EXPECT_EQ(FoldChar(U'\u2019').text, "'");
  EXPECT_EQ(FoldChar(U'\u201E').text, "\"");
  EXPECT_EQ(FoldChar(U'\u2013').text, "-");
  EXPECT_EQ(FoldChar(U'\u2026').text, "...");
  EXPECT_FALSE(FoldChar(U'\u00AD').kept);
  EXPECT_EQ(FoldChar(U'\u00AD').text, "");
}

// The tokens' normalised forms and the training-time folding of the tagger
// and lemmatizer (util/typography.h) must give every character one spelling.
TEST(CharClassTest, FoldsAsTrainingFolds) {
  std::string buffer;
  for (char32_t cp = 0x80; cp < 0x30000; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (cp == 0xAD) continue;  // the soft hyphen: dropped inside tokens only
    char encoded[4];
    const std::string s(encoded, EncodeUtf8(cp, encoded));
    const Fold fold = FoldChar(cp);
    EXPECT_EQ(fold.kept ? std::string_view(s) : fold.text, FoldTypography(s, &buffer)) << int(cp);
    if (!fold.kept) {
      EXPECT_EQ(ClassifyChar(cp).kind, CharKind::kPunct) << int(cp);
    }
  }
}

}  // namespace
}  // namespace dyad
