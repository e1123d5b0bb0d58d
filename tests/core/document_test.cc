#include "dyad/document.h"

#include <gtest/gtest.h>

#include "dyad/status.h"

namespace dyad {
namespace {

TEST(DocumentTest, TokensAreViewsIntoTextAndArena) {
  Document doc("Japan’s embassy");
  Token t;
  t.begin = 0;
  t.end = 5;
  t.norm = doc.AppendToArena("Japan");
  t.lemma = doc.AppendToArena("Japan");
  doc.mutable_tokens().push_back(t);
  Token s;
  s.begin = 5;
  s.end = 9;  // "’s" is four bytes in the original
  s.norm = doc.AppendToArena("'s");
  doc.mutable_tokens().push_back(s);
  doc.mutable_sentences().push_back({0, 9, 0, 2});
  ASSERT_EQ(doc.tokens(doc.sentences()[0]).size(), 2u);
  EXPECT_EQ(doc.Form(doc.tokens()[1]), "’s");
  EXPECT_EQ(doc.Norm(doc.tokens()[1]), "'s");
  EXPECT_EQ(doc.Lemma(doc.tokens()[0]), "Japan");
  doc.ClearAnalysis();
  EXPECT_TRUE(doc.tokens().empty());
  EXPECT_EQ(doc.text(), "Japan’s embassy");
}

TEST(StatusTest, ResultCarriesValueOrError) {
  Result<int> good(3);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 3);
  Result<int> bad(Status::NotFound("models/x.bin: missing"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().ToString(), "not found: models/x.bin: missing");
}

}  // namespace
}  // namespace dyad
