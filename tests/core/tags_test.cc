#include "dyad/tags.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(TagsTest, UposRoundTrips) {
  for (int i = 1; i < kUposCount; ++i) {
    const auto tag = static_cast<Upos>(i);
    EXPECT_EQ(UposFromName(UposName(tag)), tag);
  }
  EXPECT_FALSE(UposFromName("NOPE").has_value());
  EXPECT_EQ(UposName(Upos::kNone), "_");
}

TEST(TagsTest, XposAndDeprelTablesAreUnique) {
  const auto xpos = XposNames();
  for (size_t i = 1; i < xpos.size(); ++i) EXPECT_EQ(XposFromName(xpos[i]), i) << xpos[i];
  const auto rels = DeprelNames();
  for (size_t i = 1; i < rels.size(); ++i) EXPECT_EQ(DeprelFromName(rels[i]), i) << rels[i];
}

TEST(TagsTest, UnknownSubtypeFallsBackToUniversalRelation) {
  EXPECT_EQ(DeprelName(*DeprelFromName("obl:somethingnew")), "obl");
  EXPECT_EQ(DeprelName(*DeprelFromName("nsubj:pass")), "nsubj:pass");
  EXPECT_FALSE(DeprelFromName("notarelation").has_value());
}

}  // namespace
}  // namespace dyad
