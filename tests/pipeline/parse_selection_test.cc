// Event coding parses only the sentences that may give an event
// (PipelineOptions::parse_all = false). The selection must never change the
// events: these tests code the same text both ways and compare everything
// an event carries, and check the conditions the selection relies on.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "dyad/pipeline.h"
#include "test_paths.h"

namespace dyad {
namespace {

// An article with sentences of every kind the selection distinguishes: no
// pattern word, one name only, two names, a "he" whose person is named in
// the sentence before, and sentences with no actor at all.
constexpr char kArticle[] =
    "MOSCOW, Jan 22 (Reuters) - Russia accused Japan on Saturday of threatening its "
    "security. The weather in Moscow was cold. Prices rose by three percent in December. "
    "Russian President Vladimir Putin spoke by telephone with Chinese President Xi Jinping. "
    "He later condemned NATO's expansion to the east. She said nothing. Analysts said the "
    "talks went well. The Japanese foreign ministry said Tokyo would protest to Moscow. "
    "Japan and the United States agreed to deepen military cooperation, officials said. "
    "It rained. Putin arrived. He met him.";

std::string Describe(const EventActor& a) {
  std::ostringstream out;
  out << a.code << "/" << a.country << "@" << a.first_token << "-" << a.end_token;
  return out.str();
}

// Everything an event carries, as one line.
std::string Describe(const Event& e) {
  std::ostringstream out;
  out << e.sentence << " " << e.date.ToString() << " " << (e.source ? Describe(*e.source) : "-")
      << " > " << (e.target ? Describe(*e.target) : "-") << " " << e.cameo << " " << e.plover
      << " q" << int{e.quad} << " g" << e.goldstein << " n" << e.negated << " h" << e.hypothetical
      << " v" << e.verb_token << " [" << e.verb_text << "] " << e.rule;
  return out.str();
}

class ParseSelectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(testing::ModelPath("parser.bin"))) {
      GTEST_SKIP() << "models/parser.bin is not present";
    }
  }

  static Result<Pipeline> Open(bool parse_all, bool allow_missing_target) {
    PipelineOptions options;
    options.model_dir = testing::SourcePath("models");
    options.code_events = true;
    options.parse_all = parse_all;
    options.coder.dict_dir = testing::SourcePath("data");
    options.coder.allow_missing_target = allow_missing_target;
    return Pipeline::Open(options);
  }

  static std::string Events(const Document& doc) {
    std::string all;
    for (const Event& e : doc.events()) all += Describe(e) + "\n";
    return all;
  }

  static int Parsed(const Document& doc) {
    int parsed = 0;
    for (const Sentence& s : doc.sentences()) parsed += s.parsed;
    return parsed;
  }
};

TEST_F(ParseSelectionTest, SameEventsWithAndWithoutSelection) {
  std::string example;
  {
    std::ifstream in(testing::SourcePath("examples/article.txt"));
    example.assign(std::istreambuf_iterator<char>(in), {});
  }
  for (const bool allow_missing_target : {false, true}) {
    auto selective = Open(false, allow_missing_target);
    auto full = Open(true, allow_missing_target);
    ASSERT_TRUE(selective.ok()) << selective.status().ToString();
    ASSERT_TRUE(full.ok()) << full.status().ToString();
    for (const std::string& text : {std::string(kArticle), example}) {
      Document a(text), b(text);
      a.set_date(*Date::Parse("2022-01-22"));
      b.set_date(*Date::Parse("2022-01-22"));
      selective->Analyze(a);
      full->Analyze(b);
      ASSERT_FALSE(b.events().empty());
      EXPECT_EQ(Events(a), Events(b)) << "allow_missing_target " << allow_missing_target;
      // The full run parses everything; the selective one skips some of
      // kArticle (the example article's sentences all give events).
      EXPECT_EQ(Parsed(b), static_cast<int>(b.sentences().size()));
      if (text == kArticle) {
        EXPECT_LT(Parsed(a), Parsed(b)) << "nothing was skipped";
      }
      // Every event comes from a parsed sentence.
      for (const Event& e : a.events()) EXPECT_TRUE(a.sentences()[e.sentence].parsed);
    }
  }
}

TEST_F(ParseSelectionTest, SkipsWhatCannotCode) {
  auto selective = Open(false, false);
  ASSERT_TRUE(selective.ok()) << selective.status().ToString();
  Document doc(kArticle);
  doc.set_date(*Date::Parse("2022-01-22"));
  selective->Analyze(doc);
  auto parsed_containing = [&](std::string_view words) {
    for (const Sentence& s : doc.sentences()) {
      if (doc.text().substr(s.begin, s.end - s.begin).find(words) != std::string_view::npos) {
        return s.parsed;
      }
    }
    ADD_FAILURE() << "no sentence contains " << words;
    return false;
  };
  EXPECT_FALSE(parsed_containing("The weather in Moscow"));  // one name, no pattern word
  EXPECT_FALSE(parsed_containing("Prices rose"));            // no actor
  EXPECT_FALSE(parsed_containing("It rained"));
  EXPECT_TRUE(parsed_containing("Russia accused Japan"));
  EXPECT_TRUE(parsed_containing("He later condemned NATO"));  // a name and a "he"
  EXPECT_TRUE(parsed_containing("Japan and the United States agreed"));
}

TEST_F(ParseSelectionTest, ParseAllParsesEverySentence) {
  auto full = Open(true, false);
  ASSERT_TRUE(full.ok()) << full.status().ToString();
  Document doc(kArticle);
  full->Analyze(doc);
  EXPECT_EQ(Parsed(doc), static_cast<int>(doc.sentences().size()));
}

}  // namespace
}  // namespace dyad
