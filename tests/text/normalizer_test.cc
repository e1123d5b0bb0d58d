#include "text/normalizer.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(NormalizerTest, AsciiIsUnchanged) {
  FormNormalizer n;
  EXPECT_EQ(n.Normalize("Reuters"), "Reuters");
  EXPECT_EQ(n.Normalize(""), "");
}

TEST(NormalizerTest, FoldsQuotesDashesAndEllipsis) {
  EXPECT_EQ(NormalizeForm("n\u2019t"), "n't");
  EXPECT_EQ(NormalizeForm("\u201C"), "\"");
  EXPECT_EQ(NormalizeForm("\u00AB"), "\"");
  EXPECT_EQ(NormalizeForm("\u2014"), "-");
  EXPECT_EQ(NormalizeForm("\u2026"), "...");
  EXPECT_EQ(NormalizeForm("in\u00ADformation"), "information");
}

TEST(NormalizerTest, ComposesToNfc) {
  EXPECT_EQ(NormalizeForm("Cafe\u0301"), "Caf\u00E9");
  EXPECT_EQ(NormalizeForm("Caf\u00E9"), "Caf\u00E9");
  // Combining marks in non-canonical order are reordered, then composed.
  EXPECT_EQ(NormalizeForm("a\u0323\u0302"), NormalizeForm("a\u0302\u0323"));
  // Hangul jamo compose into a syllable.
  EXPECT_EQ(NormalizeForm("\u1100\u1161"), "\uAC00");
}

TEST(NormalizerTest, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(NormalizeForm("caf\xE9"), "caf\uFFFD");
  EXPECT_EQ(NormalizeForm("\xE2\x80" "A"), "\uFFFD" "A");
}

TEST(NormalizerTest, ScratchIsReusedAcrossCalls) {
  FormNormalizer n;
  const std::string first(n.Normalize("Cafe\u0301"));
  EXPECT_EQ(first, "Caf\u00E9");
  EXPECT_EQ(n.Normalize("it\u2019s"), "it's");
  EXPECT_EQ(n.Normalize("na\u00EFve"), "na\u00EFve");
}

}  // namespace
}  // namespace dyad
