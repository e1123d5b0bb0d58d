#include "actors/actor_dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "actors/phrase_key.h"
#include "test_paths.h"

namespace dyad {
namespace {

// Writes `content` to `name` (which may hold subfolders, "places/x.txt")
// in the test's own folder, and returns the folder. Each test gets its own:
// ctest runs tests in parallel processes.
std::string WriteTemp(const std::string& name, const std::string& content) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("dyad_actor_dict_test_" +
                    std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
  std::filesystem::create_directories((dir / name).parent_path());
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

TEST(ActorDictionaryTest, KnowsWhichRunsMayStartAName) {
  ActorDictionary dict;
  dict.Add({ActorKind::kCountry, "USA", "United States", {}, false, "t"}, {"United States", "U.S."});
  // Token by token, however the text is split: "United" then "States".
  PhraseKey k;
  k.Extend("United");
  EXPECT_TRUE(dict.MayStartName(k.hash()));
  k.Extend("States");
  EXPECT_TRUE(dict.MayStartName(k.hash()));  // a whole name counts
  k.Extend("Navy");
  EXPECT_FALSE(dict.MayStartName(k.hash()));
  PhraseKey u;
  u.Extend("U");
  EXPECT_TRUE(dict.MayStartName(u.hash()));  // "U" of "U.S."
  EXPECT_FALSE(dict.MayStartName(KeyOf("Uganda")));
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

TEST(ActorDictionaryTest, InOfficeAliasHoldsOnlyInsideARole) {
  const std::string dir = WriteTemp("people.txt",
                                    "[person] Yoon Suk Yeol\n"
                                    "alias: Yoon Suk Yeol\n"
                                    "alias-in-office: Yoon\n"
                                    "role: KORGOV 2022-05-10..2024-12-14  # President\n"
                                    "[person] Yoon Other\n"
                                    "alias-in-office: Yoon\n"                // 6: the same surname again
                                    "role: KORGOV 2004-01-01..2005-01-01\n");
  std::vector<std::string> problems;
  auto dict = ActorDictionary::Load(dir, &problems);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems.front().find("name 'Yoon' is also Yoon Suk Yeol"), std::string::npos) << problems.front();
  const auto* names = dict->Find(KeyOf("yoon"));
  ASSERT_NE(names, nullptr);
  EXPECT_TRUE(names->front().in_office);
  const ActorEntry& e = dict->entry(names->front().entry);
  EXPECT_TRUE(e.InOfficeOn(*Date::Parse("2023-04-26")));
  EXPECT_FALSE(e.InOfficeOn(*Date::Parse("2024-12-14")));  // the end day is out
  EXPECT_FALSE(e.InOfficeOn(*Date::Parse("2004-06-01")));
  EXPECT_FALSE(e.InOfficeOn(Date()));  // no date: a shared surname is not read
  const auto* full = dict->Find(KeyOf("yoon suk yeol"));
  ASSERT_NE(full, nullptr);
  EXPECT_FALSE(full->front().in_office);
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

TEST(ActorDictionaryTest, PlacesLoadApartFromActorsAndAreLinted) {
  const std::string dir = WriteTemp("countries.txt",
                                    "[country SDN]\n"
                                    "name: Sudan\n"
                                    "capital: Khartoum\n");
  WriteTemp("places/africa.txt",
            "[places SDN]\n"
            "city: Omdurman\n"
            "region: West Darfur | West Darfur State | West-Darfur\n"  // one line may share keys
            "city: Khartoum\n"                                          // 4: the capital, an actor
            "city: Omdurman\n"                                          // 5: listed again
            "town: Kassala\n"                                           // 6: unknown field
            "[places XYZ]\n"                                            // 7: no such country
            "city: Nowhere\n"
            "[places sudan]\n");                                        // 9: not a code
  std::vector<std::string> problems;
  auto dict = ActorDictionary::Load(dir, &problems);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  EXPECT_EQ(problems.size(), 5u) << all;
  EXPECT_NE(all.find("africa.txt:4: place 'Khartoum' is also the actor SDNGOV"), std::string::npos) << all;
  EXPECT_NE(all.find("africa.txt:5: place 'Omdurman' is listed again (SDN at "), std::string::npos) << all;
  EXPECT_NE(all.find("africa.txt:6: unknown field 'town' in a places block"), std::string::npos) << all;
  EXPECT_NE(all.find("africa.txt:7: places: unknown country code 'XYZ'"), std::string::npos) << all;
  EXPECT_NE(all.find("africa.txt:9: places: country code must be 3 capital letters"), std::string::npos)
      << all;

  // A place is found by the same keys as actors but is not an actor entry.
  const auto* darfur = dict->Find(KeyOf("West Darfur State"));
  ASSERT_NE(darfur, nullptr);
  ASSERT_EQ(darfur->size(), 1u);
  EXPECT_TRUE(darfur->front().place);
  EXPECT_EQ(dict->place(darfur->front().entry).country, "SDN");
  EXPECT_EQ(dict->place(darfur->front().entry).name, "West Darfur");
  EXPECT_NE(dict->place(darfur->front().entry).where.find("africa.txt:3"), std::string::npos);
  const auto* khartoum = dict->Find(KeyOf("Khartoum"));
  ASSERT_NE(khartoum, nullptr);
  EXPECT_FALSE(khartoum->front().place);  // the capital stays an actor (SDNGOV)
  EXPECT_TRUE(dict->entry(khartoum->front().entry).capital);
}

// [waters]: seas of no country load as places without a country; only
// `sea:` lines are read, and a country code is not asked for.
TEST(ActorDictionaryTest, WatersLoadAsPlacesOfNoCountry) {
  const std::string dir = WriteTemp("countries.txt",
                                    "[country JPN]\n"
                                    "name: Japan\n");
  WriteTemp("places/waters.txt",
            "[waters] International waters\n"
            "sea: Sea of Japan | East Sea\n"
            "city: Nowhere\n");  // 3: not a field of waters
  std::vector<std::string> problems;
  auto dict = ActorDictionary::Load(dir, &problems);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find("waters.txt:3: unknown field 'city' in a waters block"), std::string::npos)
      << problems[0];
  const auto* sea = dict->Find(KeyOf("Sea of Japan"));
  ASSERT_NE(sea, nullptr);
  ASSERT_EQ(sea->size(), 1u);
  EXPECT_TRUE(sea->front().place);
  EXPECT_EQ(dict->place(sea->front().entry).country, "");
  EXPECT_EQ(dict->place(sea->front().entry).name, "Sea of Japan");
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
  // The gazetteer: well over a thousand places, each in a known country.
  EXPECT_GT(dict->place_count(), 1500u);
  const auto* kirkuk = dict->Find(KeyOf("Kirkuk"));
  ASSERT_NE(kirkuk, nullptr);
  ASSERT_TRUE(kirkuk->front().place);
  EXPECT_EQ(dict->place(kirkuk->front().entry).country, "IRQ");
  const auto* gorazde = dict->Find(KeyOf("Gorazde"));
  ASSERT_NE(gorazde, nullptr);
  EXPECT_EQ(dict->place(gorazde->front().entry).country, "BIH");
  EXPECT_TRUE(problems.empty()) << problems.front();
}

}  // namespace
}  // namespace dyad
