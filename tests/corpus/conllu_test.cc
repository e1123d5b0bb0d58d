#include "corpus/conllu.h"

#include <gtest/gtest.h>

#include <sstream>

namespace dyad {
namespace {

constexpr char kSample[] =
    "# sent_id = a-1\n"
    "# text = Japan didn't threaten.\n"
    "1\tJapan\tJapan\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tthreaten\tthreaten\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

TEST(ConlluTest, ReadsWordsSkippingMultiwordLines) {
  auto corpus = ParseConllu(kSample, "sample.conllu");
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  const Document& doc = corpus->doc;
  ASSERT_EQ(doc.sentences().size(), 1u);
  ASSERT_EQ(doc.tokens().size(), 5u);
  EXPECT_EQ(corpus->info[0].text, "Japan didn't threaten.");
  EXPECT_EQ(corpus->info[0].sent_id, "a-1");
  const Token& root = doc.tokens()[3];
  EXPECT_EQ(doc.Form(root), "threaten");
  EXPECT_EQ(root.head, -1);
  EXPECT_FALSE(root.space_after);
  EXPECT_EQ(doc.tokens()[0].head, 3);
  EXPECT_EQ(DeprelName(doc.tokens()[0].deprel), "nsubj");
  EXPECT_EQ(doc.Lemma(doc.tokens()[2]), "not");
  EXPECT_EQ(doc.tokens()[2].upos, Upos::PART);
}

TEST(ConlluTest, WritesWhatItReads) {
  auto corpus = ParseConllu(kSample, "sample.conllu");
  ASSERT_TRUE(corpus.ok());
  std::ostringstream out;
  WriteConllu(corpus->doc, out);
  auto again = ParseConllu(out.str(), "written.conllu");
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  ASSERT_EQ(again->doc.tokens().size(), 5u);
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(again->doc.tokens()[i].head, corpus->doc.tokens()[i].head);
    EXPECT_EQ(again->doc.tokens()[i].deprel, corpus->doc.tokens()[i].deprel);
  }
}

TEST(ConlluTest, ReportsFileAndLineOfBadInput) {
  auto bad = ParseConllu("1\tonly\tthree\n", "bad.conllu");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("bad.conllu:1:"), std::string::npos);
  auto gap = ParseConllu("1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n", "gap.conllu");
  ASSERT_FALSE(gap.ok());
  EXPECT_NE(gap.status().message().find("gap.conllu:2:"), std::string::npos);
}

}  // namespace
}  // namespace dyad
