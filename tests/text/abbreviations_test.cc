#include "text/abbreviations.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(AbbreviationsTest, KindsOfListedAbbreviations) {
  EXPECT_EQ(LookupAbbreviation("Gen."), AbbrevKind::kTitle);
  EXPECT_EQ(LookupAbbreviation("Mr."), AbbrevKind::kTitle);
  EXPECT_EQ(LookupAbbreviation("Jan."), AbbrevKind::kDate);
  EXPECT_EQ(LookupAbbreviation("Sept."), AbbrevKind::kDate);
  EXPECT_EQ(LookupAbbreviation("No."), AbbrevKind::kNumber);
  EXPECT_EQ(LookupAbbreviation("Inc."), AbbrevKind::kOther);
  EXPECT_EQ(LookupAbbreviation("etc."), AbbrevKind::kOther);
  EXPECT_EQ(LookupAbbreviation("Calif."), AbbrevKind::kOther);
  EXPECT_EQ(LookupAbbreviation("said."), AbbrevKind::kNone);
  EXPECT_EQ(LookupAbbreviation("Gen"), AbbrevKind::kNone) << "needs the period";
}

TEST(AbbreviationsTest, CapitalisedEntriesDoNotMatchLowerCaseWords) {
  EXPECT_EQ(LookupAbbreviation("Miss."), AbbrevKind::kOther);  // Mississippi
  EXPECT_EQ(LookupAbbreviation("miss."), AbbrevKind::kNone);
  EXPECT_EQ(LookupAbbreviation("Wash."), AbbrevKind::kOther);
  EXPECT_EQ(LookupAbbreviation("wash."), AbbrevKind::kNone);
  EXPECT_EQ(LookupAbbreviation("MR."), AbbrevKind::kTitle);
}

TEST(AbbreviationsTest, Initialisms) {
  EXPECT_TRUE(IsInitialism("U.S."));
  EXPECT_TRUE(IsInitialism("U.N."));
  EXPECT_TRUE(IsInitialism("J.R.R."));
  EXPECT_TRUE(IsInitialism("W."));
  EXPECT_TRUE(IsInitialism("e.g."));
  EXPECT_TRUE(IsInitialism("p.m."));
  EXPECT_FALSE(IsInitialism("a."));
  EXPECT_FALSE(IsInitialism("I.")) << "the pronoun ending a sentence";
  EXPECT_FALSE(IsInitialism("US."));
  EXPECT_FALSE(IsInitialism("3.5."));
  EXPECT_EQ(ClassifyAbbreviation("U.S."), AbbrevKind::kInitial);
  EXPECT_EQ(ClassifyAbbreviation("Ph.D."), AbbrevKind::kOther);
}

}  // namespace
}  // namespace dyad
