// Sentence splitting on news text: hand-written cases for each rule.
#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include "text_test_util.h"

namespace dyad {
namespace {

using testing::Sentences;
using V = std::vector<std::string>;

TEST(SentenceSplitterTest, SplitsAtFinalPunctuation) {
  EXPECT_EQ(Sentences("Russia sent troops. Kiev protested! Why? Nobody knows..."),
            (V{"Russia sent troops.", "Kiev protested!", "Why?", "Nobody knows..."}));
}

TEST(SentenceSplitterTest, DatelineBelongsToTheFirstSentence) {
  EXPECT_EQ(Sentences("MOSCOW, Jan 22 (Reuters) - Russia said on Tuesday it would act. "
                      "The West disagreed."),
            (V{"MOSCOW, Jan 22 (Reuters) - Russia said on Tuesday it would act.",
               "The West disagreed."}));
  EXPECT_EQ(Sentences("MOSCOW, Jan. 22 (Reuters) - Russia said it would act."),
            (V{"MOSCOW, Jan. 22 (Reuters) - Russia said it would act."}));
  EXPECT_EQ(Sentences("WASHINGTON (AP) \u2014 The Senate voted. It was close."),
            (V{"WASHINGTON (AP) \u2014 The Senate voted.", "It was close."}));
  // A dateline on its own line still introduces the first sentence.
  EXPECT_EQ(Sentences("WASHINGTON (AP)\nThe Senate voted on Friday."),
            (V{"WASHINGTON (AP)\nThe Senate voted on Friday."}));
  EXPECT_EQ(Sentences("LONDON, Jan 22 (Reuters) -\nBritain said no."),
            (V{"LONDON, Jan 22 (Reuters) -\nBritain said no."}));
}

TEST(SentenceSplitterTest, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(Sentences("Gen. Lt. Col. John Smith of the U.S. Army met Sen. Jones and Gov. Brown."),
            (V{"Gen. Lt. Col. John Smith of the U.S. Army met Sen. Jones and Gov. Brown."}));
  EXPECT_EQ(Sentences("Mr. and Mrs. Smith met Dr. Lee at St. Mary's on Jan. 5 at No. 10."),
            (V{"Mr. and Mrs. Smith met Dr. Lee at St. Mary's on Jan. 5 at No. 10."}));
  EXPECT_EQ(Sentences("The U.N. envoy and U.S. President Joe Biden spoke."),
            (V{"The U.N. envoy and U.S. President Joe Biden spoke."}));
}

TEST(SentenceSplitterTest, AbbreviationsEndSentencesBeforeASentenceStart) {
  EXPECT_EQ(Sentences("Troops are leaving the U.S. The Pentagon confirmed it."),
            (V{"Troops are leaving the U.S.", "The Pentagon confirmed it."}));
  EXPECT_EQ(Sentences("He works for Acme Inc. He joined in 2010."),
            (V{"He works for Acme Inc.", "He joined in 2010."}));
  EXPECT_EQ(Sentences("They met at 10 Downing St. The talks lasted an hour."),
            (V{"They met at 10 Downing St.", "The talks lasted an hour."}));
  EXPECT_EQ(Sentences("It starts at 9 a.m. Officials will attend."),
            (V{"It starts at 9 a.m. Officials will attend."}))
      << "a capitalised noun after an abbreviation is ambiguous; we keep the sentence";
}

TEST(SentenceSplitterTest, Initials) {
  EXPECT_EQ(Sentences("George W. Bush met J.R.R. Tolkien's heirs. They talked."),
            (V{"George W. Bush met J.R.R. Tolkien's heirs.", "They talked."}));
}

TEST(SentenceSplitterTest, NumbersAndDecimals) {
  EXPECT_EQ(Sentences("Growth was 3.5 percent in 2010. In 2011 it fell to 2.1 percent."),
            (V{"Growth was 3.5 percent in 2010.", "In 2011 it fell to 2.1 percent."}));
  EXPECT_EQ(Sentences("He lives at No. 10. It is old."), (V{"He lives at No. 10.", "It is old."}));
}

TEST(SentenceSplitterTest, Quotations) {
  EXPECT_EQ(Sentences("\"We will win,\" he said. \"Next year we go home.\""),
            (V{"\"We will win,\" he said.", "\"Next year we go home.\""}));
  EXPECT_EQ(Sentences("She said: \"It is over.\" Then she left."),
            (V{"She said: \"It is over.\"", "Then she left."}));
  EXPECT_EQ(Sentences("\"Why?\" he asked. \"Why not?\" Smith replied."),
            (V{"\"Why?\" he asked.", "\"Why not?\" Smith replied."}));
  EXPECT_EQ(Sentences("He called it \u201Cmadness.\u201D Others agreed."),
            (V{"He called it \u201Cmadness.\u201D", "Others agreed."}));
  EXPECT_EQ(Sentences("The plan (which failed.) was dropped. Talks resumed."),
            (V{"The plan (which failed.) was dropped.", "Talks resumed."}));
}

TEST(SentenceSplitterTest, Ellipses) {
  EXPECT_EQ(Sentences("He paused... and went on. Later... The end."),
            (V{"He paused... and went on.", "Later...", "The end."}));
  EXPECT_EQ(Sentences("He paused\u2026 The end."), (V{"He paused\u2026", "The end."}));
}

TEST(SentenceSplitterTest, HeadlinesWithoutFullStop) {
  EXPECT_EQ(Sentences("Russia sends troops to border\n\nMOSCOW (Reuters) - Russia sent troops."),
            (V{"Russia sends troops to border", "MOSCOW (Reuters) - Russia sent troops."}));
  EXPECT_EQ(Sentences("Russia sends troops to border\nMOSCOW (Reuters) - Russia sent troops."),
            (V{"Russia sends troops to border", "MOSCOW (Reuters) - Russia sent troops."}));
  EXPECT_EQ(Sentences("By John Smith\nPublished Tuesday\nThe vote was close."),
            (V{"By John Smith", "Published Tuesday", "The vote was close."}));
}

TEST(SentenceSplitterTest, LineBreaksInsideSentencesAreSpaces) {
  EXPECT_EQ(Sentences("Russia said on Tuesday it would\nsend more troops, officials\nsaid."),
            (V{"Russia said on Tuesday it would\nsend more troops, officials\nsaid."}));
  EXPECT_EQ(Sentences("A spokesman for the\nUnited Nations declined to comment."),
            (V{"A spokesman for the\nUnited Nations declined to comment."}));
}

TEST(SentenceSplitterTest, HardWrappedTextJoinsCapitalisedLines) {
  // Lines continuing in lower case show the text is wrapped, so "week\nRussia"
  // is not taken for a headline break.
  const std::string wrapped =
      "The minister told reporters in the capital that the talks with\n"
      "officials from the neighbouring country would resume next week\n"
      "Russia would send a delegation, according to a statement released\n"
      "late on Tuesday by the ministry.\n";
  EXPECT_EQ(Sentences(wrapped).size(), 1u);
  EXPECT_EQ(Sentences("Talks resume next week\nRussia sends a delegation").size(), 2u)
      << "unwrapped: a line without final punctuation is a headline";
}

TEST(SentenceSplitterTest, BlankLinesAlwaysEndSentences) {
  EXPECT_EQ(Sentences("The talks, which began\n\nin May"), (V{"The talks, which began", "in May"}));
  EXPECT_EQ(Sentences("one\r\n\r\ntwo"), (V{"one", "two"}));
  EXPECT_EQ(Sentences("one\u2029two"), (V{"one", "two"}));
}

TEST(SentenceSplitterTest, BulletsAndListLines) {
  EXPECT_EQ(Sentences("The plan has three parts:\n\u2022 a ceasefire\n\u2022 talks\n- elections"),
            (V{"The plan has three parts:", "\u2022 a ceasefire", "\u2022 talks", "- elections"}));
  EXPECT_EQ(Sentences("Steps:\n1. Stop fighting.\n2. Start talking."),
            (V{"Steps:", "1. Stop fighting.", "2. Start talking."}));
}

TEST(SentenceSplitterTest, UrlsAndEmailsDoNotSplit) {
  EXPECT_EQ(Sentences("Read it at www.example.com/news.html today. Or mail info@example.org now."),
            (V{"Read it at www.example.com/news.html today.", "Or mail info@example.org now."}));
}

TEST(SentenceSplitterTest, CitationMarksStayWithTheirSentence) {
  EXPECT_EQ(Sentences("He was born in 1788. [3] He died in 1824."),
            (V{"He was born in 1788. [3]", "He died in 1824."}));
}

TEST(SentenceSplitterTest, LongSentencesAreCutNearTheLimit) {
  TextOptions options;
  options.max_sentence_tokens = 10;
  std::string text;
  for (int i = 0; i < 12; ++i) text += "word" + std::to_string(i) + (i == 7 ? ", " : " ");
  text += "end.";
  const Document doc = testing::Segment(text, options);
  ASSERT_TRUE(testing::Invariants(doc, options));
  ASSERT_EQ(doc.sentences().size(), 2u);
  EXPECT_EQ(doc.sentences()[0].token_count, 9u) << "cut after the comma, not at the limit";
  ASSERT_EQ(doc.diagnostics().size(), 1u);
  EXPECT_EQ(doc.diagnostics()[0].begin, 0u);
  EXPECT_EQ(doc.diagnostics()[0].end, text.size());
  EXPECT_NE(doc.diagnostics()[0].message.find("15 tokens"), std::string::npos)
      << doc.diagnostics()[0].message;
}

TEST(SentenceSplitterTest, DescribeTokensSeesQuoteDirection) {
  const Document doc = testing::Segment("He said \"no.\" Then");
  const auto shapes = SentenceSplitter::DescribeTokens(doc);
  using K = SentenceSplitter::Kind;
  ASSERT_EQ(shapes.size(), 7u);
  EXPECT_EQ(shapes[2].kind, K::kOpenQuote);
  EXPECT_EQ(shapes[4].kind, K::kPeriod);
  EXPECT_EQ(shapes[5].kind, K::kCloseQuote);
  EXPECT_TRUE(shapes[6].upper);
}

}  // namespace
}  // namespace dyad
