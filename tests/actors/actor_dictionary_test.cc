#include "actors/actor_dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "actors/phrase_key.h"
#include "test_paths.h"

namespace dyad {
namespace {

// Each test gets its own folder: ctest runs tests in parallel processes.
std::string WriteTemp(const std::string& name, const std::string& content) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("dyad_actor_dict_test_" +
                    std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / name) << content;
  return dir.string();
}

TEST(PhraseKeyTest, IgnoresCaseAndPunctuation) {
  EXPECT_EQ(KeyOf("U.S."), KeyOf("US"));
  EXPECT_EQ(KeyOf("Self-Defense Forces"), KeyOf("self defense forces"));
  PhraseKey k;
  k.Extend("al");
  k.Extend("-");
  k.Extend("Qaeda");
  EXPECT_EQ(k.hash(), KeyOf("al-Qaeda"));
  EXPECT_NE(KeyOf("Iran"), KeyOf("Iraq"));
  EXPECT_TRUE(IsCapsOnlyName("U.S."));
  EXPECT_TRUE(IsCapsOnlyName("WHO"));
  EXPECT_FALSE(IsCapsOnlyName("United States"));
}

TEST(ActorDictionaryTest, PersonRoleDependsOnDate) {
  const std::string dir = WriteTemp("people.txt",
                                    "[person] Fumio Kishida\n"
                                    "alias: Kishida\n"
                                    "role: JPNGOV 2021-10-04..2024-10-01  # PM\n");
  std::vector<std::string> problems;
  auto dict = ActorDictionary::Load(dir, &problems);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  EXPECT_TRUE(problems.empty()) << problems.front();
  const auto* names = dict->Find(KeyOf("kishida"));
  ASSERT_NE(names, nullptr);
  const ActorEntry& e = dict->entry(names->front().entry);
  EXPECT_EQ(e.CodeOn(*Date::Parse("2022-01-22")), "JPNGOV");
  EXPECT_EQ(e.CodeOn(*Date::Parse("2025-06-01")), "JPN");  // former PM: his country
  EXPECT_EQ(e.CodeOn(*Date::Parse("2001-06-01")), "JPN");   // before any role: still Japanese
}

TEST(ActorDictionaryTest, ReportsBadLinesWithFileAndLine) {
  const std::string dir = WriteTemp("people.txt",
                                    "[person] Someone\n"
                                    "role: JPNGOV 2024-10-01..2021-10-04\n"   // inverted
                                    "role: jpn 2021-01-01..\n"                // bad code
                                    "role: USAGOV 2021-13-01..\n"             // bad date
                                    "colour: blue\n"                          // unknown field
                                    "[person] Two\n"
                                    "role: USAGOV 2001-01-01..2005-01-01\n"
                                    "role: USAGOV 2004-01-01..2006-01-01\n"   // overlap
                                    "[widget X]\n"
                                    "no colon here\n");
  std::vector<std::string> problems;
  auto dict = ActorDictionary::Load(dir, &problems);
  ASSERT_TRUE(dict.ok());
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  EXPECT_NE(all.find("people.txt:2: inverted date range"), std::string::npos) << all;
  EXPECT_NE(all.find("people.txt:3: bad actor code"), std::string::npos) << all;
  EXPECT_NE(all.find("people.txt:4: bad date range"), std::string::npos) << all;
  EXPECT_NE(all.find("people.txt:5: unknown field 'colour'"), std::string::npos) << all;
  EXPECT_NE(all.find("people.txt:8: role USAGOV overlaps"), std::string::npos) << all;
  EXPECT_NE(all.find("people.txt:9: unknown block kind"), std::string::npos) << all;
  EXPECT_NE(all.find("people.txt:10: expected 'key: value'"), std::string::npos) << all;
}

TEST(ActorDictionaryTest, ShippedDictionariesLoad) {
  std::vector<std::string> problems;
  auto dict = ActorDictionary::Load(testing::SourcePath("data/actors"), &problems);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  EXPECT_GT(dict->size(), 700u);
  const auto* japan = dict->Find(KeyOf("Japan"));
  ASSERT_NE(japan, nullptr);
  EXPECT_EQ(dict->entry(japan->front().entry).code, "JPN");
  const auto* kremlin = dict->Find(KeyOf("Kremlin"));
  ASSERT_NE(kremlin, nullptr);
  EXPECT_EQ(dict->entry(kremlin->front().entry).code, "RUSGOV");
}

}  // namespace
}  // namespace dyad
