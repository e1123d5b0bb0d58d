#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "corpus/conllu.h"
#include "dyad/writer.h"

namespace dyad {
namespace {

Document OneEvent() {
  auto corpus = ParseConllu(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tJapan\tJapan\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n",
      "t.conllu");
  Document doc = std::move(corpus->doc);
  doc.set_id("doc-1");
  Event e;
  e.sentence = 0;
  e.date = *Date::Parse("2022-01-21");
  e.source = EventActor{"RUS", "RUS", 0, 1};
  e.target = EventActor{"JPN", "JPN", 2, 3};
  e.cameo = "130";
  e.quad = 3;
  e.goldstein = -4.4f;
  e.verb_text = "threatened";
  e.rule = "threaten TGT => 130 (x.txt:1)";
  doc.mutable_events().push_back(e);
  return doc;
}

TEST(JsonlWriterTest, WritesTheInterfaceKeys) {
  const Document doc = OneEvent();
  std::ostringstream out;
  auto writer = MakeEventWriter("jsonl", out);
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Write(doc).ok());
  const auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["doc_id"], "doc-1");
  EXPECT_EQ(j["sentence"], 0);
  EXPECT_EQ(j["date"], "2022-01-21");
  EXPECT_EQ(j["source"]["code"], "RUS");
  EXPECT_EQ(j["source"]["text"], "Russia");
  EXPECT_EQ(j["source"]["start"], 0);
  EXPECT_EQ(j["source"]["end"], 6);
  EXPECT_EQ(j["target"]["text"], "Japan");
  EXPECT_EQ(j["target"]["start"], 18);
  EXPECT_EQ(j["cameo"], "130");
  EXPECT_EQ(j["root"], "13");
  EXPECT_EQ(j["quad"], 3);
  // Goldstein's one decimal, not the float's widening (-4.400000095367432).
  EXPECT_NE(out.str().find("\"goldstein\":-4.4,"), std::string::npos) << out.str();
  EXPECT_FALSE(j["negated"].get<bool>());
  EXPECT_FALSE(j["hypothetical"].get<bool>());
  EXPECT_EQ(j["evidence"]["verb"], "threatened");
  EXPECT_EQ(j["evidence"]["sentence_text"], "Russia threatened Japan.");
  EXPECT_TRUE(j["place"].is_null());  // the sentence names no place
}

TEST(JsonlWriterTest, WritesThePlaceWithItsSpan) {
  Document doc = OneEvent();
  Event e = doc.events().front();
  e.place = EventPlace{"Japan", "JPN", 2, 3};
  doc.mutable_events().clear();
  doc.mutable_events().push_back(e);
  std::ostringstream out;
  auto writer = MakeEventWriter("jsonl", out);
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Write(doc).ok());
  const auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["place"]["name"], "Japan");
  EXPECT_EQ(j["place"]["country"], "JPN");
  EXPECT_EQ(j["place"]["text"], "Japan");
  EXPECT_EQ(j["place"]["start"], 18);
  EXPECT_EQ(j["place"]["end"], 23);
  EXPECT_EQ(j["target"]["code"], "JPN");  // the other keys are unchanged
}

TEST(JsonlWriterTest, ErrorRecordsNameTheLine) {
  std::ostringstream out;
  auto writer = MakeEventWriter("jsonl", out);
  ASSERT_TRUE((*writer)->WriteError("x", 12, "invalid JSON").ok());
  const auto j = nlohmann::json::parse(out.str());
  EXPECT_EQ(j["doc_id"], "x");
  EXPECT_EQ(j["line"], 12);
  EXPECT_EQ(j["error"], "invalid JSON");
}

TEST(CsvWriterTest, QuotesFieldsAndKeepsColumns) {
  const Document doc = OneEvent();
  std::ostringstream out;
  auto writer = MakeEventWriter("csv", out);
  ASSERT_TRUE((*writer)->Begin().ok());
  ASSERT_TRUE((*writer)->Write(doc).ok());
  ASSERT_TRUE((*writer)->WriteError("y", 3, "bad, \"date\"").ok());
  std::istringstream lines(out.str());
  std::string header, row, error;
  std::getline(lines, header);
  std::getline(lines, row);
  std::getline(lines, error);
  EXPECT_EQ(std::count(header.begin(), header.end(), ','), 17);
  EXPECT_EQ(row.rfind("doc-1,0,2022-01-21,RUS,RUS,Russia,JPN,JPN,Japan,130,13,3,", 0), 0u) << row;
  EXPECT_NE(error.find("\"line 3: bad, \"\"date\"\"\""), std::string::npos) << error;
  EXPECT_FALSE(MakeEventWriter("xml", out).ok());
}

}  // namespace
}  // namespace dyad
