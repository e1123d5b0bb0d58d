// Hostile and degenerate input: the segmenter must finish, keep its
// invariants and say what it did. Sizes are modest (about 1 MB); nothing here
// measures time.
#include "text/segmenter.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "text/tokenizer.h"
#include "text_test_util.h"

namespace dyad {
namespace {

using testing::Invariants;
using testing::Segment;

constexpr size_t kMegabyte = 1 << 20;

// Deterministic pseudo-random bytes (no global RNG state).
std::string Garbage(size_t n, uint64_t seed) {
  std::string s(n, '\0');
  for (size_t i = 0; i < n; ++i) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    s[i] = static_cast<char>(seed >> 56);
  }
  return s;
}

TEST(SegmenterRobustnessTest, EmptyAndBlankInput) {
  for (const std::string& text :
       std::vector<std::string>{"", "\n", "   \n\t\r\n ", "\u200B\uFEFF", std::string(1, '\0')}) {
    const Document doc = Segment(text);
    EXPECT_TRUE(doc.tokens().empty()) << testing::Forms(doc);
    EXPECT_TRUE(doc.sentences().empty());
    EXPECT_TRUE(doc.diagnostics().empty());
  }
}

TEST(SegmenterRobustnessTest, InvalidUtf8IsReplacedAndReportedOncePerRun) {
  const std::string text = "caf\xE9 au lait \xFF\xFE\xFD ok \xE2\x80";
  const Document doc = Segment(text);
  EXPECT_EQ(testing::Forms(doc), "caf\xE9|au|lait|\xFF\xFE\xFD|ok|\xE2\x80");
  EXPECT_EQ(testing::Norms(doc), "caf\uFFFD|au|lait|\uFFFD\uFFFD\uFFFD|ok|\uFFFD");
  ASSERT_EQ(doc.diagnostics().size(), 3u);
  EXPECT_EQ(doc.diagnostics()[0].begin, 3u);
  EXPECT_EQ(doc.diagnostics()[0].end, 4u);
  EXPECT_EQ(doc.diagnostics()[0].message, "invalid UTF-8: 1 bytes replaced");
  EXPECT_EQ(doc.diagnostics()[1].begin, 13u);
  EXPECT_EQ(doc.diagnostics()[1].end, 16u);
  EXPECT_EQ(doc.diagnostics()[1].message, "invalid UTF-8: 3 bytes replaced");
  EXPECT_EQ(doc.diagnostics()[2].begin, 20u);
  EXPECT_EQ(doc.diagnostics()[2].end, 22u);
  EXPECT_TRUE(Invariants(doc, TextOptions{}));
}

TEST(SegmenterRobustnessTest, ManyInvalidRunsEndInOneSummary) {
  std::string text;
  const size_t runs = kMaxInvalidRunDiagnostics + 500;
  for (size_t i = 0; i < runs; ++i) text += "a\xFF ";
  const Document doc = Segment(text);
  std::vector<Diagnostic> invalid;
  for (const Diagnostic& d : doc.diagnostics()) {
    if (d.message.starts_with("invalid UTF-8")) invalid.push_back(d);
  }
  ASSERT_EQ(invalid.size(), kMaxInvalidRunDiagnostics + 1);
  const Diagnostic& summary = invalid.back();
  EXPECT_EQ(summary.message, "invalid UTF-8: 500 more runs (500 bytes) replaced");
  EXPECT_EQ(summary.begin, 3 * kMaxInvalidRunDiagnostics + 1);
  EXPECT_EQ(summary.end, text.size() - 1);
}

TEST(SegmenterRobustnessTest, MegabyteLineWithoutFullStop) {
  std::string text;
  while (text.size() < kMegabyte) text += "and the talks went on ";
  const TextOptions options;
  const Document doc = Segment(text, options);
  ASSERT_TRUE(Invariants(doc, options));
  EXPECT_EQ(doc.tokens().size(), text.size() / 22 * 5);
  EXPECT_GT(doc.sentences().size(), doc.tokens().size() / options.max_sentence_tokens);
  ASSERT_EQ(doc.diagnostics().size(), 1u) << "one cut sentence, one diagnostic";
  EXPECT_EQ(doc.diagnostics()[0].begin, 0u);
  EXPECT_EQ(doc.diagnostics()[0].end, text.size() - 1);
}

TEST(SegmenterRobustnessTest, FiveThousandTokenSentence) {
  std::string text;
  for (int i = 0; i < 2500; ++i) text += "x, ";
  text += "end.";
  TextOptions options;
  options.max_sentence_tokens = 100;
  const Document doc = Segment(text, options);
  ASSERT_TRUE(Invariants(doc, options));
  EXPECT_EQ(doc.tokens().size(), 5002u);
  EXPECT_GE(doc.sentences().size(), 51u);
  EXPECT_EQ(doc.diagnostics().size(), 1u);
}

TEST(SegmenterRobustnessTest, MegabyteTokenWithoutSpaces) {
  const std::string text(kMegabyte, 'a');
  const TextOptions options;
  const Document doc = Segment(text, options);
  ASSERT_TRUE(Invariants(doc, options));
  EXPECT_EQ(doc.tokens().size(), kMegabyte / options.max_token_bytes);
  // One diagnostic for the giant token, one for the sentence it became.
  ASSERT_EQ(doc.diagnostics().size(), 2u);
  EXPECT_EQ(doc.diagnostics()[0].begin, 0u);
  EXPECT_EQ(doc.diagnostics()[0].end, kMegabyte);
}

TEST(SegmenterRobustnessTest, BinaryGarbage) {
  const std::string text = Garbage(kMegabyte, 42);
  const TextOptions options;
  const Document doc = Segment(text, options);
  ASSERT_TRUE(Invariants(doc, options));
  EXPECT_FALSE(doc.tokens().empty());
  size_t invalid = 0;
  for (const Diagnostic& d : doc.diagnostics()) {
    invalid += d.message.starts_with("invalid UTF-8");
    EXPECT_LT(d.begin, d.end);
    EXPECT_LE(d.end, text.size());
  }
  EXPECT_EQ(invalid, kMaxInvalidRunDiagnostics + 1) << "the first runs, then a summary";
}

TEST(SegmenterRobustnessTest, DeeplyNestedBracketsAndQuotes) {
  const size_t depth = 300000;
  const std::string text = std::string(depth, '(') + "x" + std::string(depth, ')');
  const TextOptions options;
  const Document doc = Segment(text, options);
  ASSERT_TRUE(Invariants(doc, options));
  EXPECT_EQ(doc.tokens().size(), 2 * depth + 1);

  std::string quotes;
  for (int i = 0; i < 100000; ++i) quotes += "\"'\u201C\u2018";
  quotes += "Hi.";
  const Document q = Segment(quotes, options);
  ASSERT_TRUE(Invariants(q, options));
  EXPECT_EQ(testing::Forms(q).substr(testing::Forms(q).size() - 5), "|Hi|.");
}

TEST(SegmenterRobustnessTest, LongRunsOfMarksAndPunctuation) {
  const TextOptions options;
  // A letter followed by 200,000 combining accents; periods; hyphens.
  std::string marks = "e";
  for (int i = 0; i < 200000; ++i) marks += "\u0301";
  for (const std::string& text : std::vector<std::string>{
           marks, std::string(kMegabyte, '.'), std::string(kMegabyte, '-'),
        std::string(kMegabyte / 2, '\n'), std::string(kMegabyte, '\''),
        [] { std::string s; while (s.size() < kMegabyte) s += "1-"; return s; }(),
        [] { std::string s; while (s.size() < kMegabyte) s += "U.S."; return s; }()}) {
    const Document doc = Segment(text, options);
    EXPECT_TRUE(Invariants(doc, options)) << text.substr(0, 10);
  }
}

TEST(SegmenterRobustnessTest, SegmentingAgainReplacesTheAnalysis) {
  Document doc("One. Two.");
  const TextSegmenter segmenter(TextOptions{});
  segmenter.Segment(doc);
  segmenter.Segment(doc);
  EXPECT_EQ(doc.tokens().size(), 4u);
  EXPECT_EQ(doc.sentences().size(), 2u);
  EXPECT_EQ(doc.Norm(doc.tokens()[2]), "Two");
}

TEST(SegmenterRobustnessTest, OneSegmenterServesTwoThreads) {
  const TextSegmenter segmenter(TextOptions{});
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "MOSCOW (Reuters) - Russia's army didn't move. ";
  Document a(text), b(text);
  std::thread other([&] { segmenter.Segment(a); });
  segmenter.Segment(b);
  other.join();
  EXPECT_EQ(testing::Forms(a), testing::Forms(b));
  EXPECT_EQ(a.sentences().size(), 2000u);
}

}  // namespace
}  // namespace dyad
