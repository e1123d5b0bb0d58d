// Groups of people named by their nationality: demonyms coordinated before
// one agent noun ("Indian and Chinese soldiers"), counted crowds of a
// demonym ("thousands of Kenyans"), and names that must not swallow the
// punctuation after them.
#include <gtest/gtest.h>

#include <algorithm>

#include "actors/actor_matcher.h"
#include "corpus/conllu.h"

namespace dyad {
namespace {

class ActorMatcherGroupsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Country("IND", "India", "Indian");
    Country("CHN", "China", "Chinese");
    Country("KGZ", "Kyrgyzstan", "Kyrgyz");
    Country("TJK", "Tajikistan", "Tajik");
    Country("UZB", "Uzbekistan", "Uzbek");
    Country("KEN", "Kenya", "Kenyan", "Kenyans");
    Country("PSE", "Palestine", "Palestinian", "Palestinians");
    actors_.Add({ActorKind::kAgent, "MIL", "army", {}, false, "t"}, {"soldier", "troops"});
    actors_.Add({ActorKind::kAgent, "COP", "police", {}, false, "t"}, {"border guard"});
    actors_.Add({ActorKind::kAgent, "GOV", "government", {}, false, "t"}, {"government"});
    actors_.Add({ActorKind::kPerson, "", "Lee Myung-bak", {{"KORGOV", {}, {}, 1}}, false, "t"},
                {"Lee Myung-bak"});
  }

  void Country(const std::string& code, const std::string& name, const std::string& adj,
               const std::string& plural = "") {
    actors_.Add({ActorKind::kCountry, code, name, {}, false, "t"}, {name});
    std::vector<std::string> adjs = {adj};
    if (!plural.empty()) adjs.push_back(plural);
    actors_.Add({ActorKind::kCountry, code, name, {}, true, "t"}, adjs);
  }

  Document Match(const std::string& conllu) {
    auto corpus = ParseConllu(conllu, "test.conllu");
    EXPECT_TRUE(corpus.ok()) << corpus.status().ToString();
    Document doc = std::move(corpus->doc);
    doc.set_date(*Date::Parse("2010-05-24"));
    ActorMatcher(actors_).Match(doc);
    // The pipeline's lazy parsing relies on this bound.
    EXPECT_LE(doc.actors().size() + doc.places().size(),
              static_cast<size_t>(
                  ActorMatcher(actors_).CountNames(doc, doc.sentences()[0], 100).names));
    return doc;
  }

  static std::vector<std::string> Codes(const Document& doc) {
    std::vector<std::string> codes;
    for (const ActorMention& m : doc.actors()) codes.push_back(m.code);
    return codes;
  }

  static bool Has(const Document& doc, const std::string& code) {
    const auto codes = Codes(doc);
    return std::find(codes.begin(), codes.end(), code) != codes.end();
  }

  ActorDictionary actors_;
};

TEST_F(ActorMatcherGroupsTest, CoordinatedDemonymsSharingOneAgentNounAsSiblings) {
  // "Indian and Chinese soldiers clashed", both adjectives parsed as
  // modifiers of "soldiers": each country's army is an actor.
  const Document doc = Match(
      "1\tIndian\tIndian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
      "3\tChinese\tChinese\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
      "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
      "5\tclashed\tclash\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_TRUE(Has(doc, "INDMIL")) << testing::PrintToString(Codes(doc));
  EXPECT_TRUE(Has(doc, "CHNMIL")) << testing::PrintToString(Codes(doc));
}

TEST_F(ActorMatcherGroupsTest, CoordinatedDemonymsAsConjunctsAndWithoutAParse) {
  // "Chinese" as a conjunct of "Indian".
  const std::string conj =
      "1\tIndian\tIndian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
      "3\tChinese\tChinese\tADJ\tJJ\t_\t1\tconj\t_\t_\n"
      "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
      "5\tclashed\tclash\tVERB\tVBD\t_\t0\troot\t_\t_\n\n";
  const Document doc = Match(conj);
  EXPECT_TRUE(Has(doc, "INDMIL")) << testing::PrintToString(Codes(doc));
  EXPECT_TRUE(Has(doc, "CHNMIL")) << testing::PrintToString(Codes(doc));
  // A parser that hung "Indian" on nothing useful: the adjacent demonym
  // still gives "soldiers" its country, and the list gives the other one.
  const Document flat = Match(
      "1\tIndian\tIndian\tADJ\tJJ\t_\t0\troot\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
      "3\tChinese\tChinese\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
      "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t1\tconj\t_\t_\n\n");
  EXPECT_EQ(Codes(flat), (std::vector<std::string>{"INDMIL", "CHN", "CHNMIL"}));
}

TEST_F(ActorMatcherGroupsTest, ListOfThreeDemonymsWithCommasBeforeAMultiWordAgent) {
  // "Kyrgyz, Tajik and Uzbek border guards met": the comma is no part of
  // "Kyrgyz" (punctuation adds nothing to a name's key, so it used to make
  // a longer match), and each country's border guards are an actor.
  const Document doc = Match(
      "1\tKyrgyz\tKyrgyz\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
      "2\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
      "3\tTajik\tTajik\tADJ\tJJ\t_\t1\tconj\t_\t_\n"
      "4\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
      "5\tUzbek\tUzbek\tADJ\tJJ\t_\t1\tconj\t_\t_\n"
      "6\tborder\tborder\tNOUN\tNN\t_\t7\tcompound\t_\t_\n"
      "7\tguards\tguard\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
      "8\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  ASSERT_FALSE(doc.actors().empty());
  EXPECT_EQ(doc.actors()[0].end_token, 1u);
  EXPECT_TRUE(Has(doc, "KGZCOP")) << testing::PrintToString(Codes(doc));
  EXPECT_TRUE(Has(doc, "TJKCOP")) << testing::PrintToString(Codes(doc));
  EXPECT_TRUE(Has(doc, "UZBCOP")) << testing::PrintToString(Codes(doc));
}

TEST_F(ActorMatcherGroupsTest, ACountrysNameBeforeADemonymIsAnActorOfItsOwn) {
  // "China and Indian troops clashed": China itself, not its army.
  const Document doc = Match(
      "1\tChina\tChina\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
      "3\tIndian\tIndian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
      "4\ttroops\ttroops\tNOUN\tNNS\t_\t1\tconj\t_\t_\n"
      "5\tclashed\tclash\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(Codes(doc), (std::vector<std::string>{"CHN", "IND", "INDMIL"}));
}

TEST_F(ActorMatcherGroupsTest, CountedDemonymsAreCiviliansABareOneIsTheCountry) {
  // "Thousands of Kenyans rallied against the government".
  const Document crowd = Match(
      "1\tThousands\tthousand\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
      "2\tof\tof\tADP\tIN\t_\t3\tcase\t_\t_\n"
      "3\tKenyans\tKenyan\tPROPN\tNNPS\t_\t1\tnmod\t_\t_\n"
      "4\tagain\tagain\tADV\tRB\t_\t5\tadvmod\t_\t_\n"
      "5\trallied\trally\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(Codes(crowd), (std::vector<std::string>{"KENCVL"}));
  // "2,000 Kenyans marched".
  const Document counted = Match(
      "1\t2,000\t2,000\tNUM\tCD\t_\t2\tnummod\t_\t_\n"
      "2\tKenyans\tKenyan\tPROPN\tNNPS\t_\t3\tnsubj\t_\t_\n"
      "3\tmarched\tmarch\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(Codes(counted), (std::vector<std::string>{"KENCVL"}));
  // "Palestinians rejected the plan": the side, not a crowd.
  const Document side = Match(
      "1\tPalestinians\tPalestinian\tPROPN\tNNPS\t_\t2\tnsubj\t_\t_\n"
      "2\trejected\treject\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tKenya\tKenya\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\n");
  EXPECT_EQ(Codes(side), (std::vector<std::string>{"PSE", "KEN"}));
  // "thousands of Kenyan soldiers": the demonym modifies the agent noun.
  const Document soldiers = Match(
      "1\tthousands\tthousand\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
      "2\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "3\tKenyan\tKenyan\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
      "4\tsoldiers\tsoldier\tNOUN\tNNS\t_\t1\tnmod\t_\t_\n\n");
  EXPECT_EQ(Codes(soldiers), (std::vector<std::string>{"KEN", "KENMIL"}));
}

TEST_F(ActorMatcherGroupsTest, HyphenatedGivenNameMatchesHoweverItIsTokenised) {
  // "Lee Myung-bak" as one token after the surname, or with the hyphen
  // split off: both are the listed person, coded for the article date.
  for (const std::string& conllu : {
           std::string("1\tLee\tLee\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                       "2\tMyung-bak\tMyung-bak\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                       "3\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n\n"),
           std::string("1\tLee\tLee\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
                       "2\tMyung\tMyung\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                       "3\t-\t-\tPUNCT\tHYPH\t_\t4\tpunct\t_\t_\n"
                       "4\tbak\tbak\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                       "5\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n\n")}) {
    const Document doc = Match(conllu);
    ASSERT_EQ(doc.actors().size(), 1u);
    EXPECT_EQ(doc.actors()[0].code, "KORGOV");
    EXPECT_EQ(doc.actors()[0].first_token, 0u);
  }
}

}  // namespace
}  // namespace dyad
