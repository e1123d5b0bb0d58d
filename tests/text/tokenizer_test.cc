// Tokenization follows UD English EWT: these cases are the conventions of its
// training file, written as news sentences of our own.
#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include "text_test_util.h"

namespace dyad {
namespace {

using testing::Forms;
using testing::Norms;
using testing::Segment;

TEST(TokenizerTest, SplitsPunctuationOffWords) {
  EXPECT_EQ(Forms("Russia said, on Tuesday, it would act."),
            "Russia|said|,|on|Tuesday|,|it|would|act|.");
  EXPECT_EQ(Forms("(Reuters)"), "(|Reuters|)");
  EXPECT_EQ(Forms("\"We will win,\" he said."), "\"|We|will|win|,|\"|he|said|.");
  EXPECT_EQ(Forms("Why?! Really..."), "Why|?!|Really|...");
  EXPECT_EQ(Forms("a -- b"), "a|--|b");
}

TEST(TokenizerTest, ContractionsBecomeSyntacticWords) {
  EXPECT_EQ(Forms("I don't know."), "I|do|n't|know|.");
  EXPECT_EQ(Forms("They won't and can't."), "They|wo|n't|and|ca|n't|.");
  EXPECT_EQ(Forms("I'm sure it's fine, we'll see, they've gone, you're late, I'd go"),
            "I|'m|sure|it|'s|fine|,|we|'ll|see|,|they|'ve|gone|,|you|'re|late|,|I|'d|go");
  EXPECT_EQ(Forms("I'm gonna go, we cannot stay"), "I|'m|gon|na|go|,|we|can|not|stay");
  EXPECT_EQ(Forms("DON'T"), "DO|N'T");
}

TEST(TokenizerTest, TypographicApostrophesWorkLikeAsciiOnes) {
  const Document doc = Segment("They don\u2019t know Japan\u2019s plan.");
  EXPECT_EQ(Forms(doc), "They|do|n\u2019t|know|Japan|\u2019s|plan|.");
  EXPECT_EQ(Norms(doc), "They|do|n't|know|Japan|'s|plan|.");
}

TEST(TokenizerTest, PossessivesAndClitics) {
  EXPECT_EQ(Forms("Japan's economy"), "Japan|'s|economy");
  EXPECT_EQ(Forms("the parents' car"), "the|parents|'|car");
  EXPECT_EQ(Forms("O'Brien's view"), "O'Brien|'s|view");
  EXPECT_EQ(Forms("in the '90s"), "in|the|'90s");
  EXPECT_EQ(Forms("Let's go"), "Let|'s|go");
}

TEST(TokenizerTest, AbbreviationsAndInitialsKeepTheirPeriod) {
  EXPECT_EQ(Forms("the U.S. and U.N. envoys"), "the|U.S.|and|U.N.|envoys");
  EXPECT_EQ(Forms("Gen. Smith met Mr. Jones"), "Gen.|Smith|met|Mr.|Jones");
  EXPECT_EQ(Forms("George W. Bush and J.R.R. Tolkien"), "George|W.|Bush|and|J.R.R.|Tolkien");
  EXPECT_EQ(Forms("Acme Inc., a U.S.-based firm"), "Acme|Inc.|,|a|U.S.|-|based|firm");
  EXPECT_EQ(Forms("at 3 p.m. today"), "at|3|p.m.|today");
  EXPECT_EQ(Forms("the end."), "the|end|.");
}

TEST(TokenizerTest, NumberAbbreviationsNeedANumber) {
  EXPECT_EQ(Forms("No. 10 Downing Street"), "No.|10|Downing|Street");
  EXPECT_EQ(Forms("He said No. Then left"), "He|said|No|.|Then|left");
}

TEST(TokenizerTest, Numbers) {
  EXPECT_EQ(Forms("3.5 percent of 1,000,000"), "3.5|percent|of|1,000,000");
  EXPECT_EQ(Forms("$5,000 and 5% and $3.5bn"), "$|5,000|and|5|%|and|$|3.5|bn");
  EXPECT_EQ(Forms("at 7:30PM on 9/11"), "at|7:30|PM|on|9/11");
  EXPECT_EQ(Forms("the 1990s and the 21st century"), "the|1990s|and|the|21st|century");
  EXPECT_EQ(Forms("a 35mm film"), "a|35|mm|film");
  EXPECT_EQ(Forms("call 713-853-3989 in 1969-1970"), "call|713-853-3989|in|1969|-|1970");
}

TEST(TokenizerTest, HyphensFollowEwt) {
  EXPECT_EQ(Forms("search-engine giant"), "search|-|engine|giant");
  EXPECT_EQ(Forms("state-of-the-art"), "state|-|of|-|the|-|art");
  EXPECT_EQ(Forms("e-mail co-workers non-stop pre-war mid-1980s"),
            "e-mail|co-workers|non-stop|pre-war|mid-1980s");
  EXPECT_EQ(Forms("career-wise"), "career-wise");
  EXPECT_EQ(Forms("year-over-year"), "year|-|over|-|year") << "a prefix opens its word";
  EXPECT_EQ(Forms("Kremlin\u2014backed"), "Kremlin|\u2014|backed") << "dashes always split";
}

TEST(TokenizerTest, WebTokensStayWhole) {
  EXPECT_EQ(Forms("see http://www.example.com/a-b?x=1, or www.example.org."),
            "see|http://www.example.com/a-b?x=1|,|or|www.example.org|.");
  EXPECT_EQ(Forms("(https://example.com/wiki/Foo_(bar))"),
            "(|https://example.com/wiki/Foo_(bar)|)");
  EXPECT_EQ(Forms("mail john.doe@example.com."), "mail|john.doe@example.com|.");
  EXPECT_EQ(Forms("follow @Reuters #breaking now"), "follow|@Reuters|#breaking|now");
  EXPECT_EQ(Forms("great :)"), "great|:)");
  EXPECT_EQ(Forms("AT&T and Amazon.com"), "AT&T|and|Amazon.com");
}

TEST(TokenizerTest, OffsetsPointAtOriginalBytes) {
  // "Cafe" + combining acute (NFC: "Café"), a curly apostrophe, an em dash.
  const std::string text = "Cafe\u0301 it\u2019s \u2014 ok";
  const Document doc = Segment(text);
  ASSERT_EQ(doc.tokens().size(), 5u);
  const auto t = doc.tokens();
  EXPECT_EQ(t[0].begin, 0u);
  EXPECT_EQ(t[0].end, 6u);  // 4 letters + 2-byte combining mark
  EXPECT_EQ(doc.Norm(t[0]), "Caf\u00E9");
  EXPECT_EQ(doc.Form(t[1]), "it");
  EXPECT_EQ(doc.Form(t[2]), "\u2019s");
  EXPECT_EQ(t[2].end - t[2].begin, 4u);
  EXPECT_EQ(doc.Norm(t[2]), "'s");
  EXPECT_EQ(doc.Norm(t[3]), "-");
  EXPECT_EQ(text.substr(t[3].begin, t[3].end - t[3].begin), "\u2014");
  EXPECT_EQ(doc.Form(t[4]), "ok");
}

TEST(TokenizerTest, SpaceAfterComesFromTheOriginalText) {
  const Document doc = Segment("He said: \"no.\"\nOK");
  std::string flags;
  for (const Token& t : doc.tokens()) flags += t.space_after ? 'y' : 'n';
  // He said : " no . " OK (nothing follows the last token)
  EXPECT_EQ(Forms(doc), "He|said|:|\"|no|.|\"|OK");
  EXPECT_EQ(flags, "ynynnnyn");
}

TEST(TokenizerTest, InvisibleCharactersSeparateButAreNotSpaces) {
  // Zero-width space and a BOM are skipped and never inside a token.
  const Document doc = Segment("\uFEFFfoo\u200Bbar baz");
  EXPECT_EQ(Forms(doc), "foo|bar|baz");
  EXPECT_FALSE(doc.tokens()[0].space_after);
  EXPECT_TRUE(doc.tokens()[1].space_after);
  EXPECT_EQ(doc.tokens()[0].begin, 3u) << "the BOM is not part of the token";
  // Non-breaking spaces separate like spaces.
  EXPECT_EQ(Forms("10\u00A0km"), "10|km");
  // A soft hyphen stays inside its word and leaves the norm.
  const Document soft = Segment("in\u00ADformation");
  EXPECT_EQ(Forms(soft), "in\u00ADformation");
  EXPECT_EQ(Norms(soft), "information");
}

TEST(TokenizerTest, GiantTokensAreCut) {
  TextOptions options;
  options.max_token_bytes = 16;
  const Document doc = Segment(std::string(50, 'x') + " y", options);
  EXPECT_EQ(Forms(doc), std::string(16, 'x') + "|" + std::string(16, 'x') + "|" +
                            std::string(16, 'x') + "|xx|y");
  ASSERT_EQ(doc.diagnostics().size(), 1u);
  EXPECT_EQ(doc.diagnostics()[0].begin, 0u);
  EXPECT_EQ(doc.diagnostics()[0].end, 50u);
  EXPECT_TRUE(testing::Invariants(doc, options));
}

TEST(TokenizerTest, CutsGiantTokensAtCharacterBoundaries) {
  TextOptions options;
  options.max_token_bytes = 16;
  std::string text;
  for (int i = 0; i < 20; ++i) text += "\u00E9";  // 2 bytes each
  text += "\u20AC";                               // 3 bytes
  const Document doc = Segment(text, options);
  EXPECT_TRUE(testing::Invariants(doc, options));
  for (const Token& t : doc.tokens()) EXPECT_TRUE(testing::IsValidUtf8(doc.Form(t)));
}

}  // namespace
}  // namespace dyad
