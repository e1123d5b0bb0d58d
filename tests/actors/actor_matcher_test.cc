#include "actors/actor_matcher.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "corpus/conllu.h"

namespace dyad {
namespace {

// "France met leaders of Romania's new government", parsed by hand.
constexpr char kFranceMetRomanianLeaders[] =
    "1\tFrance\tFrance\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tleaders\tleader\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
    "5\tRomania\tRomania\tPROPN\tNNP\t_\t8\tnmod:poss\t_\t_\n"
    "6\t's\t's\tPART\tPOS\t_\t5\tcase\t_\t_\n"
    "7\tnew\tnew\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
    "8\tgovernment\tgovernment\tNOUN\tNN\t_\t3\tnmod\t_\t_\n\n";

// Hand-made parses, so composition is tested without models.
class ActorMatcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    actors_.Add({ActorKind::kCountry, "ROU", "Romania", {}, false, "t"}, {"Romania"});
    actors_.Add({ActorKind::kCountry, "FRA", "France", {}, false, "t"}, {"France"});
    actors_.Add({ActorKind::kAgent, "GOV", "government", {}, false, "t"}, {"government", "leader"});
    actors_.Add({ActorKind::kCountry, "TUR", "Turkey", {}, false, "t"}, {"Turkey"});
    actors_.Add({ActorKind::kGovSeat, "TURGOV", "Turkey", {}, false, "t", true}, {"Ankara"});
    actors_.Add({ActorKind::kAgent, "COP", "police", {}, false, "t"}, {"police"});
    actors_.AddPlace({"TUR", "Sivas", "t"}, {"Sivas"});
    // Also a place name: the actor reading wins.
    actors_.AddPlace({"TUR", "Ankara", "t"}, {"Ankara"});
  }

  Document Match(const std::string& conllu) {
    auto corpus = ParseConllu(conllu, "test.conllu");
    EXPECT_TRUE(corpus.ok()) << corpus.status().ToString();
    Document doc = std::move(corpus->doc);
    doc.set_date(*Date::Parse("2000-01-01"));
    ActorMatcher(actors_).Match(doc);
    return doc;
  }

  ActorDictionary actors_;
};

TEST_F(ActorMatcherTest, NestedAgentsComposeInsideOut) {
  // "France met leaders of Romania's new government": "government" takes
  // Romania first, then lends it to "leaders" (two countries in the
  // sentence, so the one-country fallback cannot be what codes it).
  const Document doc = Match(kFranceMetRomanianLeaders);
  std::vector<std::string> codes;
  for (const ActorMention& m : doc.actors()) codes.push_back(m.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"FRA", "ROUGOV", "ROU", "ROUGOV"}));
}

TEST_F(ActorMatcherTest, CountNamesBoundsTheMentionsWithoutAParse) {
  // The same sentence with its parse and with none (heads -1): CountNames
  // reads no parse and counts what Match finds; composing "Romania's new
  // government" keeps both mentions.
  const Document doc = Match(kFranceMetRomanianLeaders);
  const ActorMatcher matcher(actors_);
  EXPECT_EQ(doc.actors().size(), 4u);
  EXPECT_EQ(matcher.CountNames(doc, doc.sentences()[0], 100).names, 4);
  EXPECT_EQ(matcher.CountNames(doc, doc.sentences()[0], 2).names, 2);  // stops at the limit
  Document unparsed = Match(kFranceMetRomanianLeaders);
  for (Token& t : unparsed.mutable_tokens()) t.head = -1;
  EXPECT_EQ(matcher.CountNames(unparsed, unparsed.sentences()[0], 100).names, 4);
  const Document none = Match(
      "1\tPrices\tprice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\trose\trise\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_TRUE(none.actors().empty());
  EXPECT_EQ(matcher.CountNames(none, none.sentences()[0], 100).names, 0);
  EXPECT_TRUE(matcher.CountNames(doc, doc.sentences()[0], 2).coded);  // France, Romania
  // Two bare agents: names, but none that can give an event a country.
  const Document bare = Match(
      "1\tleaders\tleader\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tgovernment\tgovernment\tNOUN\tNN\t_\t2\tobj\t_\t_\n\n");
  const ActorMatcher::NameCount found = matcher.CountNames(bare, bare.sentences()[0], 2);
  EXPECT_EQ(found.names, 2);
  EXPECT_FALSE(found.coded);
}

TEST_F(ActorMatcherTest, InOfficeAliasIsThePersonOnlyWhileInOffice) {
  // "Yoon met Biden": the shared surname is the president only during his
  // term; on other dates it is no name, and CountNames agrees with Match.
  ActorEntry yoon{ActorKind::kPerson, "", "Yoon Suk Yeol", {}, false, "t"};
  yoon.roles.push_back({"KORGOV", *Date::Parse("2022-05-10"), *Date::Parse("2024-12-14"), 1});
  actors_.Add(yoon, {"Yoon Suk Yeol"}, {"Yoon"});
  constexpr char kYoonMet[] =
      "1\tYoon\tYoon\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tFrance\tFrance\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\n";
  const ActorMatcher matcher(actors_);
  for (const auto& [date, codes] :
       std::vector<std::pair<const char*, std::vector<std::string>>>{
           {"2023-04-26", {"KORGOV", "FRA"}}, {"2004-01-10", {"FRA"}}, {"2025-06-01", {"FRA"}}}) {
    auto corpus = ParseConllu(kYoonMet, "test.conllu");
    ASSERT_TRUE(corpus.ok());
    Document doc = std::move(corpus->doc);
    doc.set_date(*Date::Parse(date));
    matcher.Match(doc);
    std::vector<std::string> found;
    for (const ActorMention& m : doc.actors()) found.push_back(m.code);
    EXPECT_EQ(found, codes) << date;
    EXPECT_EQ(matcher.CountNames(doc, doc.sentences()[0], 100).names, static_cast<int>(codes.size())) << date;
  }
}

TEST_F(ActorMatcherTest, AgentBeforeAHyphenIsAModifierNotAnActor) {
  // "France condemned police-led raids": "police" only says what kind of
  // raids; written apart ("police raids") it is the police.
  const Document joined = Match(
      "1\tFrance\tFrance\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tpolice\tpolice\tNOUN\tNN\t_\t5\tcompound\t_\tSpaceAfter=No\n"
      "4\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\tSpaceAfter=No\n"
      "5\tled\tlead\tVERB\tVBN\t_\t6\tamod\t_\t_\n"
      "6\traids\traid\tNOUN\tNNS\t_\t2\tobj\t_\t_\n\n");
  ASSERT_EQ(joined.actors().size(), 1u);
  EXPECT_EQ(joined.actors()[0].code, "FRA");
  EXPECT_EQ(ActorMatcher(actors_).CountNames(joined, joined.sentences()[0], 100).names, 1);
  const Document apart = Match(
      "1\tFrance\tFrance\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tpolice\tpolice\tNOUN\tNN\t_\t4\tcompound\t_\t_\n"
      "4\traids\traid\tNOUN\tNNS\t_\t2\tobj\t_\t_\n\n");
  ASSERT_EQ(apart.actors().size(), 2u);
  EXPECT_EQ(apart.actors()[1].agent, "COP");
}

TEST_F(ActorMatcherTest, PlacesAreNotActorsButLendTheirCountryToBareAgents) {
  // "Police arrested students in Sivas": Sivas is a place, not an actor;
  // the sentence's only country (through the place) is the police's.
  const Document doc = Match(
      "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tstudents\tstudent\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tSivas\tSivas\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n");
  ASSERT_EQ(doc.actors().size(), 1u);
  EXPECT_EQ(doc.actors()[0].code, "TURCOP");
  ASSERT_EQ(doc.places().size(), 1u);
  EXPECT_EQ(doc.places()[0].country, "TUR");
  EXPECT_EQ(doc.places()[0].name, "Sivas");
  EXPECT_EQ(doc.places()[0].first_token, 4u);
  EXPECT_EQ(doc.places()[0].head_token, 4u);
  // A place counts as a name: the pipeline must parse such a sentence.
  EXPECT_EQ(ActorMatcher(actors_).CountNames(doc, doc.sentences()[0], 100).names, 2);
}

TEST_F(ActorMatcherTest, LocalAgentTakesTheCountryOfItsInPhraseDespiteOtherCountries) {
  // "Police in Sivas blocked France's government": two countries, so only
  // the "in" phrase can make the police Turkish; "the government in Sivas"
  // (an agent often posted abroad) stays bare.
  const Document doc = Match(
      "1\tPolice\tpolice\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
      "2\tin\tin\tADP\tIN\t_\t3\tcase\t_\t_\n"
      "3\tSivas\tSivas\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
      "4\tblocked\tblock\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\tFrance\tFrance\tPROPN\tNNP\t_\t7\tnmod:poss\t_\t_\n"
      "6\t's\t's\tPART\tPOS\t_\t5\tcase\t_\t_\n"
      "7\tgovernment\tgovernment\tNOUN\tNN\t_\t4\tobj\t_\t_\n\n");
  std::vector<std::string> codes;
  for (const ActorMention& m : doc.actors()) codes.push_back(m.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"TURCOP", "FRA", "FRAGOV"}));
  const Document abroad = Match(
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tgovernment\tgovernment\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
      "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tAnkara\tAnkara\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
      "5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "6\tFrance\tFrance\tPROPN\tNNP\t_\t5\tobj\t_\t_\n\n");
  codes.clear();
  for (const ActorMention& m : abroad.actors()) codes.push_back(m.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"GOV", "TURGOV", "FRA"}));
  // A place as a noun modifier: "Sivas police met France".
  const Document modifier = Match(
      "1\tSivas\tSivas\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
      "2\tpolice\tpolice\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
      "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tFrance\tFrance\tPROPN\tNNP\t_\t3\tobj\t_\t_\n\n");
  codes.clear();
  for (const ActorMention& m : modifier.actors()) codes.push_back(m.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"TURCOP", "FRA"}));
}

TEST_F(ActorMatcherTest, CountryModifiesAgentThroughACompoundChain) {
  // "the Romania transition government met France": Romania modifies
  // "transition", which modifies "government" (as in "the U.N. war crimes
  // court"); two countries, so the one-country fallback cannot code it.
  const Document doc = Match(
      "1\tRomania\tRomania\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
      "2\ttransition\ttransition\tNOUN\tNN\t_\t3\tcompound\t_\t_\n"
      "3\tgovernment\tgovernment\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
      "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\tFrance\tFrance\tPROPN\tNNP\t_\t4\tobj\t_\t_\n\n");
  std::vector<std::string> codes;
  for (const ActorMention& m : doc.actors()) codes.push_back(m.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"ROU", "ROUGOV", "FRA"}));
}

TEST_F(ActorMatcherTest, CapitalStaysAnActorWhenAlsoAPlace) {
  // "Ankara said": the government, as before the gazetteer.
  const Document doc = Match(
      "1\tAnkara\tAnkara\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  ASSERT_EQ(doc.actors().size(), 1u);
  EXPECT_EQ(doc.actors()[0].code, "TURGOV");
  EXPECT_TRUE(doc.places().empty());
}

// "top al-Qaeda leaders": wire copy writes the Arabic article of a name in
// lowercase; the capitalised word after it still makes the run a proper
// name. An all-lowercase run ("al qaeda") is not one.
TEST_F(ActorMatcherTest, LowercaseArabicArticleStartsAProperName) {
  actors_.Add({ActorKind::kOrganization, "IMGMOSALQ", "al-Qaeda", {}, false, "t"}, {"al-Qaeda", "al Qaeda"});
  const auto codes = [&](const char* al, const char* qaeda) {
    const Document doc = Match(std::string("1\ttop\ttop\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
                                           "2\t") + al + "\t" + al + "\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
                               "3\t-\t-\tPUNCT\tHYPH\t_\t2\tpunct\t_\t_\n"
                               "4\t" + qaeda + "\t" + qaeda + "\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
                               "5\tleaders\tleader\tNOUN\tNNS\t_\t0\troot\t_\t_\n\n");
    std::vector<std::string> out;
    for (const ActorMention& m : doc.actors()) out.push_back(m.code);
    return out;
  };
  EXPECT_EQ(codes("al", "Qaeda"), (std::vector<std::string>{"IMGMOSALQ", "IMGMOSALQ"}));
  EXPECT_EQ(codes("al", "qaeda"), (std::vector<std::string>{"GOV"}));
}

// A sentence of PROPN/NOUN tokens with no parse: enough for name matching.
std::string Unparsed(std::initializer_list<const char*> words) {
  std::string conllu;
  int i = 0;
  for (const char* w : words) {
    const bool cap = w[0] >= 'A' && w[0] <= 'Z';
    conllu += std::to_string(++i) + "\t" + w + "\t" + w + "\t" + (cap ? "PROPN\tNNP" : "NOUN\tNN") +
              "\t_\t0\tdep\t_\t_\n";
  }
  return conllu + "\n";
}

// "the South China Sea": international waters are no one's; their name
// keeps the country inside it from being coded, records no place, and
// CountNames counts no name for it (it stays a necessary condition).
TEST_F(ActorMatcherTest, InternationalWatersHideTheCountryInTheirName) {
  actors_.Add({ActorKind::kCountry, "CHN", "China", {}, false, "t"}, {"China"});
  actors_.AddPlace({"", "South China Sea", "t"}, {"South China Sea"});
  const Document doc = Match(Unparsed({"patrols", "in", "the", "South", "China", "Sea"}));
  EXPECT_TRUE(doc.actors().empty());
  EXPECT_TRUE(doc.places().empty());
  EXPECT_EQ(ActorMatcher(actors_).CountNames(doc, doc.sentences()[0], 100).names, 0);
  // The country alone is still the country.
  const Document china = Match(Unparsed({"patrols", "near", "China"}));
  ASSERT_EQ(china.actors().size(), 1u);
  EXPECT_EQ(china.actors()[0].code, "CHN");
}

// "blamed the West": a name written with its lowercase article matches when
// the capitalised run ends with it; "the West Bank" is another name. A
// region code (WST) is an actor of its own, not a bare agent.
TEST_F(ActorMatcherTest, LowercaseArticleNameEndsWhereTheCapitalisedRunEnds) {
  actors_.Add({ActorKind::kOrganization, "WST", "the West", {}, false, "t"}, {"the West"});
  actors_.Add({ActorKind::kCountry, "PSE", "Palestine", {}, false, "t"}, {"West Bank"});
  const Document west = Match(Unparsed({"blamed", "the", "West", "for", "the", "war"}));
  ASSERT_EQ(west.actors().size(), 1u);
  EXPECT_EQ(west.actors()[0].code, "WST");
  EXPECT_EQ(west.actors()[0].country, "WST");
  EXPECT_TRUE(west.actors()[0].agent.empty());
  const Document bank = Match(Unparsed({"sealed", "off", "the", "West", "Bank"}));
  ASSERT_EQ(bank.actors().size(), 1u);
  EXPECT_EQ(bank.actors()[0].code, "PSE");
  EXPECT_TRUE(Match(Unparsed({"the", "west", "wind"})).actors().empty());
  // Capitalised at the start of a sentence, the longer name still wins.
  const Document start = Match(Unparsed({"The", "West", "Bank", "was", "sealed"}));
  ASSERT_EQ(start.actors().size(), 1u);
  EXPECT_EQ(start.actors()[0].code, "PSE");
  EXPECT_EQ(ActorMatcher(actors_).CountNames(start, start.sentences()[0], 100).names, 1);
}

}  // namespace
}  // namespace dyad
