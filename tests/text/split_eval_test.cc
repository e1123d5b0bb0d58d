#include "text/split_eval.h"

#include <gtest/gtest.h>

#include "test_paths.h"

namespace dyad {
namespace {

// Two paragraphs; the second holds a sentence without final punctuation that
// only a reader of the content could end, and a contraction.
constexpr std::string_view kConllu =
    "# newdoc id = d1\n"
    "# newpar\n"
    "# sent_id = s1\n"
    "# text = Russia's army moved.\n"
    "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tSpaceAfter=No\n"
    "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
    "3\tarmy\tarmy\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
    "4\tmoved\tmove\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# newpar\n"
    "# sent_id = s2\n"
    "# text = We don't know\n"
    "1\tWe\twe\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "\n"
    "# sent_id = s3\n"
    "# text = they said.\n"
    "1\tthey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# newpar\n"
    "# sent_id = s4\n"
    "# text = The end.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tend\tend\tNOUN\tNN\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

TEST(SplitEvalTest, RebuildsRawTextFromParagraphs) {
  auto corpus = ParseConllu(kConllu, "mini.conllu");
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  auto text = RebuildRawText(*corpus);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, "Russia's army moved.\n\nWe don't know they said.\n\nThe end.");
}

TEST(SplitEvalTest, ScoresSentenceAndTokenBoundaries) {
  auto corpus = ParseConllu(kConllu, "mini.conllu");
  ASSERT_TRUE(corpus.ok());
  auto scores = EvaluateSegmentation(TextSegmenter(TextOptions{}), *corpus);
  ASSERT_TRUE(scores.ok()) << scores.status().ToString();
  // Gold ends: after "moved.", "know", "said.", "end."; "know" | "they" has
  // no mark, so the segmenter finds 3 of 4 and nothing wrong.
  EXPECT_EQ(scores->sentences.gold, 4u);
  EXPECT_EQ(scores->sentences.predicted, 3u);
  EXPECT_EQ(scores->sentences.correct, 3u);
  EXPECT_DOUBLE_EQ(scores->sentences.precision(), 1.0);
  EXPECT_DOUBLE_EQ(scores->sentences.recall(), 0.75);
  // Inside paragraphs only the "know" | "they" end remains.
  EXPECT_EQ(scores->sentences_in_paragraph.gold, 1u);
  EXPECT_EQ(scores->sentences_in_paragraph.predicted, 0u);
  EXPECT_DOUBLE_EQ(scores->sentences_in_paragraph.f1(), 0.0);
  // Every word, "do" + "n't" and "Russia" + "'s" included, is found.
  EXPECT_EQ(scores->tokens.gold, 15u);
  EXPECT_EQ(scores->tokens.correct, 15u);
  EXPECT_DOUBLE_EQ(scores->tokens.f1(), 1.0);
  EXPECT_EQ(scores->bytes, 56u);
}

TEST(SplitEvalTest, ReportsWordsMissingFromTheirText) {
  std::string broken(kConllu);
  broken.replace(broken.find("# text = The end."), 16, "# text = An end.");
  auto corpus = ParseConllu(broken, "broken.conllu");
  ASSERT_TRUE(corpus.ok());
  auto scores = EvaluateSegmentation(TextSegmenter(TextOptions{}), *corpus);
  ASSERT_FALSE(scores.ok());
  EXPECT_NE(scores.status().message().find("s4"), std::string::npos) << scores.status().message();
}

// The accuracy figures of docs/TEXT.md, on EWT dev (test is kept for the
// reported figure). Skipped where ../shared is absent.
TEST(SplitEvalTest, EwtDevAccuracy) {
  DYAD_SHARED_PATH_OR_SKIP(path, "corpora/ud-english-ewt/en_ewt-ud-dev.conllu");
  auto corpus = ReadConllu(path);
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  auto scores = EvaluateSegmentation(TextSegmenter(TextOptions{}), *corpus);
  ASSERT_TRUE(scores.ok()) << scores.status().ToString();
  EXPECT_GE(scores->sentences.f1(), 0.92);
  EXPECT_GE(scores->tokens.f1(), 0.99);
}

}  // namespace
}  // namespace dyad
