// Dictionary entries added for wire text (misspelled country names, joint war
// games, halting mediation, intents to withdraw, cutting aid), each checked
// through the whole pipeline with the committed models and dictionaries on a
// sentence written for dyad. A case names the (source country, target
// country, CAMEO code) a careful human coder gives it; the dictionary entry
// it exercises is in the comment.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "dyad/pipeline.h"
#include "test_paths.h"

namespace dyad {
namespace {

struct EntryCase {
  const char* text;
  const char* source;  // country (first three letters of the code)
  const char* target;
  const char* cameo;   // the full code the entry gives
};

// clang-format off
const EntryCase kCases[] = {
    // countries.txt: misspellings common in wire copy, and an old adjective.
    {"Quatar's emir met the Saudi king on Sunday.", "QAT", "SAU", "040"},
    {"Ethopia agreed to talks with Eritrea.", "ETH", "ERI", "036"},
    {"Phillippines troops attacked rebels in Mindanao.", "PHL", "PHL", "190"},
    {"Pakistan rejected an offer from Afganistan for direct talks.", "PAK", "AFG", "120"},
    // 06: joint war games are cooperation between the participants.
    {"Jordan and Iraq held joint war games near the border.", "JOR", "IRQ", "062"},
    {"Jordan and Iraq held joint war games near the border.", "IRQ", "JOR", "062"},
    {"India conducted war games with Russia.", "IND", "RUS", "062"},
    // 16: halting mediation between two parties.
    {"Syria ended its mediation between Lebanese factions.", "SYR", "LBN", "165"},
    {"Egypt suspended mediation efforts between Israel and Hamas.", "EGY", "ISR", "165"},
    // 03: an intent to withdraw from a country names it as the target.
    {"Syria said it is ready to withdraw its troops from Lebanon.", "SYR", "LBN", "0356"},
    {"Russia pledged to withdraw from Moldova.", "RUS", "MDA", "0356"},
    // 16: prohibiting or withholding aid.
    {"The United States would prohibit all aid to Albanian rebels.", "USA", "ALB", "162"},
    {"Germany withheld aid from Ethiopia.", "DEU", "ETH", "162"},
};

// Sentences an entry must not turn into cooperation: one side's war games are
// a show of force, never cooperation with the place they are held in.
const char* const kNotCooperation[] = {
    "Iran launched war games in the Gulf on Friday.",
    "China held war games near Taiwan on Sunday.",
};
// clang-format on

Result<Pipeline> OpenPipeline() {
  PipelineOptions options;
  options.model_dir = testing::SourcePath("models");
  options.code_events = true;
  options.coder.dict_dir = testing::SourcePath("data");
  return Pipeline::Open(options);
}

std::string Describe(const Document& doc) {
  std::string coded;
  for (const Event& e : doc.events()) {
    coded += " " + (e.source ? e.source->code : std::string("-")) + ">" +
             (e.target ? e.target->code : std::string("-")) + ":" + e.cameo;
  }
  return coded;
}

TEST(DictionaryEntries, NewEntriesCodeWireSentences) {
  if (!std::filesystem::exists(testing::ModelPath("parser.bin"))) {
    GTEST_SKIP() << "models/parser.bin is not present";
  }
  auto pipeline = OpenPipeline();
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  for (const EntryCase& c : kCases) {
    Document doc(c.text);
    doc.set_date(*Date::Parse("2005-05-04"));
    pipeline->Analyze(doc);
    bool found = false;
    for (const Event& e : doc.events()) {
      if (!e.source || !e.target) continue;
      found = found || (e.source->code.compare(0, 3, c.source) == 0 &&
                        e.target->code.compare(0, 3, c.target) == 0 && e.cameo == c.cameo && !e.negated);
    }
    EXPECT_TRUE(found) << c.text << "\n  want " << c.source << ">" << c.target << ":" << c.cameo
                       << "\n  got " << Describe(doc);
  }
}

TEST(DictionaryEntries, OneSidedWarGamesAreNotCooperation) {
  if (!std::filesystem::exists(testing::ModelPath("parser.bin"))) {
    GTEST_SKIP() << "models/parser.bin is not present";
  }
  auto pipeline = OpenPipeline();
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
  for (const char* text : kNotCooperation) {
    Document doc(text);
    doc.set_date(*Date::Parse("2005-05-04"));
    pipeline->Analyze(doc);
    for (const Event& e : doc.events()) {
      EXPECT_NE(e.cameo.compare(0, 2, "06"), 0) << text << "\n  got " << Describe(doc);
    }
  }
}

}  // namespace
}  // namespace dyad
