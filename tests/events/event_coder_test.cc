#include "events/event_coder.h"

#include <gtest/gtest.h>

#include "actors/actor_dictionary.h"
#include "actors/actor_matcher.h"
#include "corpus/conllu.h"

namespace dyad {
namespace {

// A tiny world: a few actors and patterns written here, and sentences given
// as hand-made parses (CoNLL-U), so the coder is tested without models.
class EventCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto country = [&](const char* code, std::vector<std::string> names, std::vector<std::string> adj) {
      actors_.Add({ActorKind::kCountry, code, names[0], {}, false, "t"}, names);
      actors_.Add({ActorKind::kCountry, code, names[0], {}, true, "t"}, adj);
    };
    country("JPN", {"Japan"}, {"Japanese"});
    country("RUS", {"Russia"}, {"Russian"});
    country("USA", {"United States", "US"}, {"American"});
    country("UKR", {"Ukraine"}, {"Ukrainian"});
    actors_.Add({ActorKind::kAgent, "GOV", "embassy", {}, false, "t"}, {"embassy", "minister"});
    actors_.Add({ActorKind::kAgent, "MIL", "troop", {}, false, "t"}, {"troop"});
    actors_.Add({ActorKind::kAgent, "CVL", "student", {}, false, "t"}, {"student"});
    ActorEntry kishida{ActorKind::kPerson, "", "Fumio Kishida", {}, false, "t"};
    kishida.roles.push_back({"JPNGOV", *Date::Parse("2021-10-04"), *Date::Parse("2024-10-01"), 1});
    actors_.Add(kishida, {"Fumio Kishida", "Kishida"});
    for (const char* c : {"010", "030", "036", "040", "043", "111", "112", "130", "1312", "1384", "163", "190", "192", "0871", "154", "045", "100", "070", "141", "1411", "033", "080", "0313", "150", "062", "120", "064", "019", "0314", "0874", "1662", "193", "195"}) {
      codes_.Add({c, 0.0f, c[0] == '0' ? 1 : 3, c});
    }
    for (const char* line : {"threaten TGT => 130", "meet TGT => 036", "meet with TGT => 040",
                             "agree to cooperate => 030", "impose sanction on TGT => 163",
                             "say => 010", "noun invasion of TGT => 192", "adj unacceptable => 111",
                             "attack TGT => 190", "clash => 190", "attack => 190", "adj ready to resume talk with TGT => 043",
                             "accuse TGT of spy => 112", "de-escalate => 0871",
                             "noun air-strike on TGT => 190", "send troop => 154",
                             "launch mediation => 045", "hold talk => 040", "pledge to => 030", "give TGT aid => 070",
                             "demonstrate => 141", "noun sit-in => 1411", "noun aid to TGT => 070",
                             "concede to TGT => 080", "hand over => 0313",
                             "demand compensation => 100", "send aid => 070",
                             "threaten to => 130", "suspend TGT => 163",
                             "deploy troop to TGT => 154",
                             "hold war game => 150", "hold war game with TGT => 062",
                             "refuse to => 120", "provide intelligence to TGT => 064",
                             "adj opposed to TGT => 120", "reach consensus => 019",
                             "noun withdrawal => 0874", "expel inspector from TGT => 1662",
                             "adj willing => 030", "fire on TGT => 193",
                             "fire missile => 195"}) {
      Pattern p;
      std::string error;
      ASSERT_TRUE(PatternSet::ParseLine(line, &p, &error)) << error;
      p.text = line;
      p.where = "test";
      patterns_.Add(p);
    }
  }

  // Parses `conllu`, dates it, and runs the matcher and the coder.
  Document Code(const std::string& conllu, const char* date = "2022-01-22") {
    auto corpus = ParseConllu(conllu, "test.conllu");
    EXPECT_TRUE(corpus.ok()) << corpus.status().ToString();
    Document doc = std::move(corpus->doc);
    doc.set_date(*Date::Parse(date));
    ActorMatcher(actors_).Match(doc);
    EventCoder(patterns_, codes_, nullptr).Code(doc);
    return doc;
  }

  static std::string Triples(const Document& doc) {
    std::string out;
    for (const Event& e : doc.events()) {
      out += (e.source ? e.source->code : "-") + ">" + (e.target ? e.target->code : "-") + ":" +
             e.cameo + (e.negated ? "!neg" : "") + (e.hypothetical ? "!hyp" : "") + " ";
    }
    return out;
  }

  ActorDictionary actors_;
  CameoCodes codes_;
  PatternSet patterns_;
};

TEST_F(EventCoderTest, ActiveVoice) {
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tJapan\tJapan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>JPN:130 ");
  ASSERT_EQ(doc.events().size(), 1u);
  EXPECT_EQ(doc.events()[0].date.ToString(), "2022-01-22");
  EXPECT_NE(doc.events()[0].rule.find("threaten TGT"), std::string::npos);
}

// "X said Y must ..." is X's demand on Y; "X said Y has ..." (a perfect,
// not "has to") reports what Y did.
TEST_F(EventCoderTest, ReportedObligationIsADemandButAPerfectIsTheAct) {
  const char* perfect =
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\thas\thave\tAUX\tVBZ\t_\t3\taux\t_\t_\n"
      "3\tthreatened\tthreaten\tVERB\tVBN\t_\t8\tccomp\t_\t_\n"
      "4\tJapan\tJapan\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
      "5\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tUS\tUS\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
      "8\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n";
  EXPECT_EQ(Triples(Code(perfect)), "RUS>JPN:130 ");
  const char* must =
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tUS\tUS\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tRussia\tRussia\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
      "5\thas\thave\tAUX\tVBZ\t_\t7\taux\t_\t_\n"
      "6\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_\n"
      "7\tmeet\tmeet\tVERB\tVB\t_\t3\tccomp\t_\t_\n"
      "8\tJapan\tJapan\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  EXPECT_EQ(Triples(Code(must)), "USA>RUS:100 ");
}

// Verbs that repeat or confirm what was said report speech like "say":
// their "it ... would" is the speaker's announced act, their "X must" a
// demand.
TEST_F(EventCoderTest, ConfirmAndReiterateReportSpeech) {
  const char* confirmed =
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tUS\tUS\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "3\tconfirmed\tconfirm\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tit\tit\tPRON\tPRP\t_\t6\tnsubj\t_\t_\n"
      "5\twould\twould\tAUX\tMD\t_\t6\taux\t_\t_\n"
      "6\tattack\tattack\tVERB\tVB\t_\t3\tccomp\t_\t_\n"
      "7\tRussia\tRussia\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
      "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  EXPECT_EQ(Triples(Code(confirmed)), "USA>RUS:1384!hyp ");
  const char* reiterated =
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tUS\tUS\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "3\treiterated\treiterate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tthat\tthat\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
      "5\tRussia\tRussia\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
      "6\tmust\tmust\tAUX\tMD\t_\t7\taux\t_\t_\n"
      "7\tmeet\tmeet\tVERB\tVB\t_\t3\tccomp\t_\t_\n"
      "8\tJapan\tJapan\tPROPN\tNNP\t_\t7\tobj\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  EXPECT_EQ(Triples(Code(reiterated)), "USA>RUS:100 ");
}

// A pledge to cooperate is an intent (03x); a pledge to attack is a threat.
TEST_F(EventCoderTest, PledgedCoerciveActIsAThreat) {
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tpledged\tpledge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
      "4\tattack\tattack\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
      "5\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>UKR:1384 ");
}

// "gave Ukraine aid": the indirect object is the recipient, the target.
TEST_F(EventCoderTest, AgentlessPassiveOfAStanceAdjectiveIsTheStance) {
  // "Japan is opposed to Russian mediation, a US minister said.": parsed
  // as an agentless passive, the participle is the adjective pattern's
  // head, and the subject, not the speaker, holds the stance.
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
      "2\tis\tbe\tAUX\tVBZ\t_\t3\taux:pass\t_\t_\n"
      "3\topposed\toppose\tVERB\tVBN\t_\t10\tccomp\t_\t_\n"
      "4\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "5\tRussian\tRussian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
      "6\tmediation\tmediation\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
      "7\ta\ta\tDET\tDT\t_\t9\tdet\t_\t_\n"
      "8\tUS\tUS\tPROPN\tNNP\t_\t9\tcompound\t_\t_\n"
      "9\tminister\tminister\tNOUN\tNN\t_\t10\tnsubj\t_\t_\n"
      "10\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>RUS:120 ");
  // A passive with its agent is an act done to the subject: "the plan
  // was opposed by Russia" is no stance of the plan's.
  const Document agent = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
      "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
      "3\topposed\toppose\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "4\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "5\tRussian\tRussian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
      "6\tmediation\tmediation\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
      "7\tby\tby\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tUkraine\tUkraine\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n\n");
  EXPECT_EQ(Triples(agent), "");
}

TEST_F(EventCoderTest, InfinitiveOfAnAgreementNounIsTheAgreedAct) {
  // "Japan and Russia reached a consensus to provide intelligence to
  // Ukraine": what they agreed to do is the event (the intent to share
  // intelligence, 0314, aimed at Ukraine), done by those who agreed.
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
      "3\tRussia\tRussia\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
      "4\treached\treach\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "6\tconsensus\tconsensus\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
      "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
      "8\tprovide\tprovide\tVERB\tVB\t_\t6\tacl\t_\t_\n"
      "9\tintelligence\tintelligence\tNOUN\tNN\t_\t8\tobj\t_\t_\n"
      "10\tto\tto\tADP\tIN\t_\t11\tcase\t_\t_\n"
      "11\tUkraine\tUkraine\tPROPN\tNNP\t_\t8\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>UKR:0314 RUS>UKR:0314 ");
}

TEST_F(EventCoderTest, IndirectObjectIsTheRecipient) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tgave\tgive\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tiobj\t_\t_\n"
      "4\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>UKR:070 ");
}

// "conceded to demands from the US": a prepositional target naming no
// actor leads to the author in its "from" phrase.
TEST_F(EventCoderTest, FromPhraseOfATargetNamingNoActorIsItsAuthor) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tconceded\tconcede\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tdemands\tdemand\tNOUN\tNNS\t_\t2\tobl\t_\t_\n"
      "5\tfrom\tfrom\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tUS\tUS\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>USA:080 ");
}

// "handed over to Russia two suspects": the parse hangs the phrase on the
// particle; it is still the verb's recipient.
TEST_F(EventCoderTest, PhraseOnTheVerbsParticleIsTheVerbs) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\thanded\thand\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tover\tover\tADV\tRP\t_\t2\tadvmod\t_\t_\n"
      "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tRussia\tRussia\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
      "6\ttwo\ttwo\tNUM\tCD\t_\t7\tnummod\t_\t_\n"
      "7\tsuspects\tsuspect\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>RUS:0313 ");
}

// A protest aimed at no one named challenges the protesters' own country;
// a state organ's protest is aimed at others, so it keeps no target.
TEST_F(EventCoderTest, ProtestNamingNoTargetIsDomestic) {
  const char* students =
      "1\tRussian\tRussian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
      "2\tstudents\tstudent\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
      "3\tdemonstrated\tdemonstrate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
  const Document doc = Code(students);
  EXPECT_EQ(Triples(doc), "RUSCVL>RUS:141 ");
  // One name gives both actors: the pipeline must parse such a sentence.
  const EventCoder coder(patterns_, codes_, nullptr);
  EXPECT_TRUE(coder.MayReferBack(doc, doc.sentences()[0]));
  const Document embassy = Code(
      "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
      "2\tRussian\tRussian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
      "3\tembassy\tembassy\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
      "4\tdemonstrated\tdemonstrate\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(Triples(embassy), "");
  // "in" heads the pattern "sit-in" (hyphenated heads are indexed by their
  // last part) but, as a preposition, is never coded.
  const Document weather = Code(
      "1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n"
      "2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tRussia\tRussia\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n");
  EXPECT_FALSE(coder.MayReferBack(weather, weather.sentences()[0]));
}

// "defended its invasion": the possessive pronoun of a verb's object is the
// verb's subject; "issued a statement threatening": the issuer speaks.
TEST_F(EventCoderTest, PossessivePronounAndIssuedStatementTakeTheSubject) {
  const Document its = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tdefended\tdefend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tits\tits\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
      "4\tinvasion\tinvasion\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n\n");
  EXPECT_EQ(Triples(its), "RUS>UKR:192 ");
  const Document issued = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tissued\tissue\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tstatement\tstatement\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tthreatening\tthreaten\tVERB\tVBG\t_\t4\tacl\t_\t_\n"
      "6\tJapan\tJapan\tPROPN\tNNP\t_\t5\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(issued), "RUS>JPN:130 ");
}

// "pledged to continue aid to Ukraine": the light verb passes the pledge on
// to the act its object names, an intent to give aid (033).
TEST_F(EventCoderTest, PledgeThroughALightVerbIsTheIntentOfItsObject) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tpledged\tpledge\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
      "4\tcontinue\tcontinue\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
      "5\taid\taid\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
      "6\tto\tto\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "7\tUkraine\tUkraine\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>UKR:033 ");
}

// "Japan was threatened by Russia and attacked Ukraine": the active verb
// conjoined with a passive one shares its subject, not its agent.
TEST_F(EventCoderTest, ActiveVerbConjoinedWithAPassiveTakesItsSubject) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
      "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
      "3\tthreatened\tthreaten\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tRussia\tRussia\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n"
      "6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
      "7\tattacked\tattack\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
      "8\tUkraine\tUkraine\tPROPN\tNNP\t_\t7\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>JPN:130 JPN>UKR:190 ");
}

TEST_F(EventCoderTest, ADemandForSomeoneIsNotADemandOfThem) {
  // "Russia demanded compensation for Japanese students": made on their
  // behalf; nothing names whom Russia asked, so no dyadic event.
  const std::string demand =
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tdemanded\tdemand\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tcompensation\tcompensation\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "4\tfor\tfor\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "5\tJapanese\tJapanese\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
      "6\tstudents\tstudent\tNOUN\tNNS\t_\t3\tnmod\t_\t_\n\n";
  EXPECT_EQ(Triples(Code(demand)), "");
  // Aid "for" someone goes to them.
  const std::string aid =
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "4\tfor\tfor\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "5\tUkrainian\tUkrainian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
      "6\tstudents\tstudent\tNOUN\tNNS\t_\t3\tnmod\t_\t_\n\n";
  EXPECT_EQ(Triples(Code(aid)), "JPN>UKRCVL:070 ");
}

TEST_F(EventCoderTest, PassiveVoiceTakesTheByAgent) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
      "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
      "3\tthreatened\tthreaten\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tRussia\tRussia\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>JPN:130 ");
}

TEST_F(EventCoderTest, NegationAndModalityAreFlags) {
  const Document negated = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
      "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
      "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
      "4\tthreaten\tthreaten\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "5\tJapan\tJapan\tPROPN\tNNP\t_\t4\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(negated), "RUS>JPN:130!neg ");
  const Document could = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tcould\tcould\tAUX\tMD\t_\t3\taux\t_\t_\n"
      "3\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "4\tUkraine\tUkraine\tPROPN\tNNP\t_\t3\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(could), "RUS>UKR:190!hyp ");
}

TEST_F(EventCoderTest, CompoundSubjectCooperatesBothWaysOnFriday) {
  // "Kishida and the US agreed to cooperate on Friday" (article: Saturday).
  const Document doc = Code(
      "1\tKishida\tKishida\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tUS\tUS\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
      "5\tagreed\tagree\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "6\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_\n"
      "7\tcooperate\tcooperate\tVERB\tVB\t_\t5\txcomp\t_\t_\n"
      "8\ton\ton\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "9\tFriday\tFriday\tPROPN\tNNP\t_\t7\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPNGOV>USA:030 USA>JPNGOV:030 ");
  EXPECT_EQ(doc.events()[0].date.ToString(), "2022-01-21");
}

TEST_F(EventCoderTest, AgentTakesCountryFromAdjectiveAndPrepositionalTarget) {
  // "The Russian embassy said the US imposed sanctions on Japan."
  const Document doc = Code(
      "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
      "2\tRussian\tRussian\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
      "3\tembassy\tembassy\tNOUN\tNN\t_\t4\tnsubj\t_\t_\n"
      "4\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "6\tUS\tUS\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
      "7\timposed\timpose\tVERB\tVBD\t_\t4\tccomp\t_\t_\n"
      "8\tsanctions\tsanction\tNOUN\tNNS\t_\t7\tobj\t_\t_\n"
      "9\ton\ton\tADP\tIN\t_\t10\tcase\t_\t_\n"
      "10\tJapan\tJapan\tPROPN\tNNP\t_\t7\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "USA>JPN:163 ");  // the bare statement gives way
  // "Russian" is a mention of its own; "embassy" takes its country.
  ASSERT_EQ(doc.actors().size(), 4u);
  EXPECT_EQ(doc.actors()[0].code, "RUS");
  EXPECT_EQ(doc.actors()[1].code, "RUSGOV");
  EXPECT_EQ(doc.actors()[1].first_token, 1u);  // spans "Russian embassy"
  EXPECT_EQ(doc.actors()[1].end_token, 3u);
}

TEST_F(EventCoderTest, NominalEventAndPossessiveControl) {
  // "Japan's attempts to threaten Russia are unacceptable, the Russian embassy said."
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
      "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
      "3\tattempts\tattempt\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
      "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
      "5\tthreaten\tthreaten\tVERB\tVB\t_\t3\tacl\t_\t_\n"
      "6\tRussia\tRussia\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
      "7\tare\tbe\tAUX\tVBP\t_\t8\tcop\t_\t_\n"
      "8\tunacceptable\tunacceptable\tADJ\tJJ\t_\t0\troot\t_\t_\n"
      "9\t,\t,\tPUNCT\t,\t_\t13\tpunct\t_\t_\n"
      "10\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\t_\n"
      "11\tRussian\tRussian\tADJ\tJJ\t_\t12\tamod\t_\t_\n"
      "12\tembassy\tembassy\tNOUN\tNN\t_\t13\tnsubj\t_\t_\n"
      "13\tsaid\tsay\tVERB\tVBD\t_\t8\tparataxis\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>RUS:130 RUSGOV>JPN:111 ");
}

TEST_F(EventCoderTest, AdjectiveWithControlledVerbTakesItsSubjectAsSource) {
  // "Russia is ready to resume talks with Ukraine."
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
      "3\tready\tready\tADJ\tJJ\t_\t0\troot\t_\t_\n"
      "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
      "5\tresume\tresume\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
      "6\ttalks\ttalk\tNOUN\tNNS\t_\t5\tobj\t_\t_\n"
      "7\twith\twith\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tUkraine\tUkraine\tPROPN\tNNP\t_\t5\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>UKR:043 ");
}

TEST_F(EventCoderTest, PrepositionalGerundCompletesThePattern) {
  // "Russia accused Japan of spying."
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\taccused\taccuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tJapan\tJapan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
      "4\tof\tof\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
      "5\tspying\tspy\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>JPN:112 ");
}

TEST_F(EventCoderTest, HyphenatedHeadsMatchSplitOrWhole) {
  // "a Russian air - strike on Ukraine" (the tokenizer splits the hyphen).
  const Document doc = Code(
      "1\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "2\tRussian\tRussian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
      "3\tair\tair\tNOUN\tNN\t_\t5\tcompound\t_\tSpaceAfter=No\n"
      "4\t-\t-\tPUNCT\tHYPH\t_\t3\tpunct\t_\tSpaceAfter=No\n"
      "5\tstrike\tstrike\tNOUN\tNN\t_\t0\troot\t_\t_\n"
      "6\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "7\tUkraine\tUkraine\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>UKR:190 ");
  Pattern p;
  std::string error;
  ASSERT_TRUE(PatternSet::ParseLine("noun hunger-strike => 143", &p, &error));
  EXPECT_EQ(p.head, "strike");
  ASSERT_EQ(p.elements.size(), 1u);
  EXPECT_EQ(p.elements[0].word, "hunger");
}

TEST_F(EventCoderTest, NoEventWithoutAPoliticalActor) {
  const Document doc = Code(
      "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tJapan\tJapan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "");
}


// --- issue #3: reported pronouns, threats, targets, misparses -----------

TEST_F(EventCoderTest, ReportedPronounSubjectIsTheSpeaker) {
  // "Russia said it attacked Ukraine."
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tit\tit\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
      "4\tattacked\tattack\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
      "5\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>UKR:190 ");
}

TEST_F(EventCoderTest, CoerciveActAnnouncedForTheFutureIsAThreat) {
  // "Russia said it would attack Ukraine." (CAMEO 1384, threaten attack)
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tit\tit\tPRON\tPRP\t_\t5\tnsubj\t_\t_\n"
      "4\twould\twould\tAUX\tMD\t_\t5\taux\t_\t_\n"
      "5\tattack\tattack\tVERB\tVB\t_\t2\tccomp\t_\t_\n"
      "6\tUkraine\tUkraine\tPROPN\tNNP\t_\t5\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>UKR:1384!hyp ");
  // Negated, it is no threat: the act, flagged.
  const Document negated = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
      "2\twill\twill\tAUX\tMD\t_\t4\taux\t_\t_\n"
      "3\tnot\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
      "4\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_\n"
      "5\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(negated), "RUS>UKR:190!neg ");
}

// "Russia threatened to suspend talks if Japan deploys missiles": a threat
// is aimed at the one whose act its condition names; a condition with no
// actor names no target.
TEST_F(EventCoderTest, ThreatIsAimedAtTheSubjectOfItsCondition) {
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
      "4\tsuspend\tsuspend\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
      "5\ttalks\ttalk\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
      "6\tif\tif\tSCONJ\tIN\t_\t8\tmark\t_\t_\n"
      "7\tJapan\tJapan\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
      "8\tdeploys\tdeploy\tVERB\tVBZ\t_\t5\tacl\t_\t_\n"
      "9\tmissiles\tmissile\tNOUN\tNNS\t_\t8\tobj\t_\t_\n"
      "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>JPN:130 ");
  // "... if missiles are deployed": no one named, no target.
  const Document nobody = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
      "4\tsuspend\tsuspend\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
      "5\ttalks\ttalk\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
      "6\tif\tif\tSCONJ\tIN\t_\t9\tmark\t_\t_\n"
      "7\tmissiles\tmissile\tNOUN\tNNS\t_\t9\tnsubj:pass\t_\t_\n"
      "8\tare\tbe\tAUX\tVBP\t_\t9\taux:pass\t_\t_\n"
      "9\tdeployed\tdeploy\tVERB\tVBN\t_\t2\tadvcl\t_\t_\n"
      "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(nobody), "");
}

// "Japan and the Japanese embassy agreed to cooperate": two names of one
// state are one side, not a cooperation of the state with itself.
TEST_F(EventCoderTest, TwoNamesOfOneStateAreOneSide) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "4\tJapanese\tJapanese\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
      "5\tembassy\tembassy\tNOUN\tNN\t_\t1\tconj\t_\t_\n"
      "6\tagreed\tagree\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
      "8\tcooperate\tcooperate\tVERB\tVB\t_\t6\txcomp\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "");
  // Two states cooperate both ways.
  const Document two = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
      "3\tUkraine\tUkraine\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
      "4\tagreed\tagree\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\tto\tto\tPART\tTO\t_\t6\tmark\t_\t_\n"
      "6\tcooperate\tcooperate\tVERB\tVB\t_\t4\txcomp\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(two), "JPN>UKR:030 UKR>JPN:030 ");
}

// "Russia deployed troops to a base in Ukraine": a pattern's destination
// that names no actor points at the place it is in.
TEST_F(EventCoderTest, DestinationNamingNoActorPointsAtItsPlace) {
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tdeployed\tdeploy\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "4\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "5\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "6\tbase\tbase\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tUkraine\tUkraine\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>UKR:154 ");
}

// "The US suspended delivery of aid to Ukraine": the phrases of the
// object's "of" phrase are the act's.
TEST_F(EventCoderTest, PhraseOfTheObjectsOfPhraseIsTheActs) {
  const Document doc = Code(
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tUS\tUS\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "3\tsuspended\tsuspend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tdelivery\tdelivery\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
      "5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\taid\taid\tNOUN\tNN\t_\t4\tnmod\t_\t_\n"
      "7\tto\tto\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tUkraine\tUkraine\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "USA>UKR:163 ");
}

TEST_F(EventCoderTest, PlaceOfTheActIsTheTargetWhenTheObjectHasNoCountry) {
  // "Russia sent troops to a force in Ukraine": the troops are Russia's own;
  // the place names the target.
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ttroops\ttroops\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "4\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "5\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "6\tforce\tforce\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tUkraine\tUkraine\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n\n");
  // "troops" (lemma left plural) still matches the pattern word "troop".
  EXPECT_EQ(Triples(doc), "RUS>UKR:154 ");
}

TEST_F(EventCoderTest, MediationTargetsBothSidesButTalksTopicIsNoTarget) {
  // "Japan launched a mediation between Russia and Ukraine."
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tlaunched\tlaunch\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tmediation\tmediation\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tbetween\tbetween\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
      "7\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_\n"
      "8\tUkraine\tUkraine\tPROPN\tNNP\t_\t6\tconj\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>RUS:045 JPN>UKR:045 ");
  // "Russia and Japan held talks on a Ukrainian proposal": the topic is
  // not a party; the members of the compound subject meet each other.
  const Document talks = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
      "3\tJapan\tJapan\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
      "4\theld\thold\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\ttalks\ttalk\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
      "6\ton\ton\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "7\ta\ta\tDET\tDT\t_\t9\tdet\t_\t_\n"
      "8\tUkrainian\tUkrainian\tADJ\tJJ\t_\t9\tamod\t_\t_\n"
      "9\tproposal\tproposal\tNOUN\tNN\t_\t4\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(talks), "RUS>JPN:040 JPN>RUS:040 ");
}

// "Japan launched a mediation on Saturday between Russia and Ukraine",
// with the "between" phrase hung on the day: a day takes no phrase of its
// own, so the phrase is the verb's.
TEST_F(EventCoderTest, PhraseHungOnADayIsTheVerbs) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tlaunched\tlaunch\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tmediation\tmediation\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tSaturday\tSaturday\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
      "7\tbetween\tbetween\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tRussia\tRussia\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
      "9\tand\tand\tCCONJ\tCC\t_\t10\tcc\t_\t_\n"
      "10\tUkraine\tUkraine\tPROPN\tNNP\t_\t8\tconj\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>RUS:045 JPN>UKR:045 ");
  // A phrase hung on a noun that is not a day stays that noun's: "a
  // mediation on a plan between Russia and Ukraine" names the plan's
  // parties, not the go-between's.
  const Document plan = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tlaunched\tlaunch\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tmediation\tmediation\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tplan\tplan\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "8\tbetween\tbetween\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "9\tRussia\tRussia\tPROPN\tNNP\t_\t7\tnmod\t_\t_\n"
      "10\tand\tand\tCCONJ\tCC\t_\t11\tcc\t_\t_\n"
      "11\tUkraine\tUkraine\tPROPN\tNNP\t_\t9\tconj\t_\t_\n\n");
  EXPECT_EQ(Triples(plan), "");
}

// "on Sunday" is when, not whom: a correct parse hangs the date on the
// verb, and it must not fill the pattern's "on TGT" slot; the same date on
// the destination (the perceptron's habit) codes the same event.
TEST_F(EventCoderTest, TimePhraseIsNoPrepositionalTarget) {
  const std::string head =
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tfired\tfire\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tmissiles\tmissile\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "4\ttoward\ttoward\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tJapan\tJapan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n"
      "6\ton\ton\tADP\tIN\t_\t7\tcase\t_\t_\n";
  const Document on_verb = Code(head + "7\tSunday\tSunday\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(on_verb), "RUS>JPN:195 ");
  const Document on_noun = Code(head + "7\tSunday\tSunday\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n\n");
  EXPECT_EQ(Triples(on_noun), "RUS>JPN:195 ");
  // A real "on" phrase still fills the slot.
  const Document on_party = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tfired\tfire\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ton\ton\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(on_party), "RUS>UKR:193 ");
}

// A parse that roots the sentence in its subject may hang the verb on a
// word inside the subject phrase or on a time word after it: the predicate
// belongs to the whole phrase, whose head names the actor.
TEST_F(EventCoderTest, PredicateHungInsideAVerblessSubjectIsThePhrases) {
  // "today" takes no clause of its own: the verb is the leader's.
  const Document today = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t3\tnmod:poss\t_\t_\n"
      "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_\n"
      "3\tminister\tminister\tNOUN\tNN\t_\t0\troot\t_\t_\n"
      "4\ttoday\ttoday\tNOUN\tNN\t_\t3\tobl:unmarked\t_\t_\n"
      "5\tthreatened\tthreaten\tVERB\tVBN\t_\t4\tacl\t_\t_\n"
      "6\tUkraine\tUkraine\tPROPN\tNNP\t_\t5\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(today), "RUSGOV>UKR:130 ");
  // A participle coordinated with a finite verb is a predicate too, and
  // the phrase it hangs in ("troops from Japan") is its subject.
  const Document conj = Code(
      "1\tTroops\ttroop\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
      "2\tfrom\tfrom\tADP\tIN\t_\t3\tcase\t_\t_\n"
      "3\tJapan\tJapan\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
      "4\tcollected\tcollect\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
      "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
      "6\tsent\tsend\tVERB\tVBD\t_\t4\tconj\t_\t_\n"
      "7\taid\taid\tNOUN\tNN\t_\t6\tobj\t_\t_\n"
      "8\tto\tto\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "9\tUkraine\tUkraine\tPROPN\tNNP\t_\t6\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(conj), "JPNMIL>UKR:070 ");
  // A passive reduced relative ("aid collected in Japan") is no predicate.
  const Document passive = Code(
      "1\tAid\taid\tNOUN\tNN\t_\t0\troot\t_\t_\n"
      "2\tfrom\tfrom\tADP\tIN\t_\t3\tcase\t_\t_\n"
      "3\tJapan\tJapan\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
      "4\tthreatened\tthreaten\tVERB\tVBN\t_\t3\tacl\t_\t_\n"
      "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tRussia\tRussia\tPROPN\tNNP\t_\t4\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(passive).find("JPN>"), std::string::npos);
}

// "Russian troops attacked Ukraine, the embassy said" parsed with the
// troops as a second subject of "said": the subject nearest the reporting
// verb speaks; the earlier one does what its own predicate says.
TEST_F(EventCoderTest, EarlierSubjectOfAReportingVerbWithAPredicateIsTheReportedOnes) {
  const std::string words =
      "1\tRussian\tRussian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
      "2\ttroops\ttroop\tNOUN\tNNS\t_\t8\tnsubj\t_\t_\n"
      "3\tattacked\tattack\tVERB\tVBN\t_\t2\tacl\t_\t_\n"
      "4\tUkraine\tUkraine\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
      "5\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n";
  const Document doc = Code(words +
                            "7\tembassy\tembassy\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
                            "8\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUSMIL>UKR:190 ");
  // With one subject, "said" keeps it: a reduced relative on its speaker
  // is no reported clause.
  const Document one = Code(
      "1\tRussian\tRussian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
      "2\ttroops\ttroop\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
      "3\tattacked\tattack\tVERB\tVBN\t_\t2\tacl\t_\t_\n"
      "4\tyesterday\tyesterday\tNOUN\tNN\t_\t3\tobl:tmod\t_\t_\n"
      "5\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(Triples(one).find(":190"), std::string::npos);
}

// "Russian aircraft ... attacked Ukraine" parsed with the adjective as the
// root and the noun under the verb: the adjective still modifies the noun
// right after it. A predicative adjective (with its own copula) does not.
TEST_F(EventCoderTest, RootAdjectiveBeforeANounStillModifiesIt) {
  const Document doc = Code(
      "1\tRussian\tRussian\tADJ\tJJ\t_\t0\troot\t_\t_\n"
      "2\taircraft\taircraft\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
      "3\tattacked\tattack\tVERB\tVBD\t_\t1\tparataxis\t_\t_\n"
      "4\tUkraine\tUkraine\tPROPN\tNNP\t_\t3\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>UKR:190 ");
  const Document cop = Code(
      "1\tRussian\tRussian\tADJ\tJJ\t_\t0\troot\t_\t_\n"
      "2\tis\tbe\tAUX\tVBZ\t_\t1\tcop\t_\t_\n"
      "3\taircraft\taircraft\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n"
      "4\tattacked\tattack\tVERB\tVBD\t_\t1\tparataxis\t_\t_\n"
      "5\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(cop).find("RUS>"), std::string::npos);
}

// "Japan and Russia threatened Ukraine" parsed as the noun "Japan"
// conjoined with the clause "Russia threatened Ukraine": the noun joined by
// the verb's own "and" right before its subject is the subject's first
// conjunct.
TEST_F(EventCoderTest, NounConjoinedWithAClauseIsItsSubjectsConjunct) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
      "3\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
      "4\tthreatened\tthreaten\tVERB\tVBD\t_\t1\tconj\t_\t_\n"
      "5\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>UKR:130 RUS>UKR:130 ");
  // The same noun made a second subject of a reporting verb.
  const Document said = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
      "3\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
      "4\tthreatened\tthreaten\tVERB\tVBD\t_\t1\tconj\t_\t_\n"
      "5\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tembassy\tembassy\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
      "8\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(Triples(said), "JPN>UKR:130 RUS>UKR:130 ");
}

// "Japan collected and sent aid to Ukraine": a verb with neither object
// nor phrase of its own shares those of the verb conjoined after it.
TEST_F(EventCoderTest, VerbSharesThePhrasesOfItsConjunct) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tdemonstrated\tdemonstrate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
      "4\tmarched\tmarch\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
      "5\tagainst\tagainst\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tRussia\tRussia\tPROPN\tNNP\t_\t4\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>RUS:141 ");
  // A conjunct with its own subject is another clause.
  const Document own = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tdemonstrated\tdemonstrate\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
      "4\tstudents\tstudent\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
      "5\tmarched\tmarch\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
      "6\tagainst\tagainst\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "7\tRussia\tRussia\tPROPN\tNNP\t_\t5\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(own).find("JPN>RUS"), std::string::npos);
}

// "Russia and Japan held war games": an act the dictionary codes as
// cooperation when done "with" a partner (062) and as one side's show of
// force without one (150) is, with two states as its compound subject,
// the cooperation between them.
TEST_F(EventCoderTest, CompoundSubjectDoesTheActItsWithPatternMakesCooperation) {
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
      "3\tJapan\tJapan\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
      "4\theld\thold\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\twar\twar\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
      "6\tgames\tgame\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>JPN:062 JPN>RUS:062 ");
  // One state under two names is one side: its war games stay its own
  // show of force, which names no target.
  const Document one = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "4\tRussian\tRussian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
      "5\ttroops\ttroop\tNOUN\tNNS\t_\t1\tconj\t_\t_\n"
      "6\theld\thold\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "7\twar\twar\tNOUN\tNN\t_\t8\tcompound\t_\t_\n"
      "8\tgames\tgame\tNOUN\tNNS\t_\t6\tobj\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(one), "");
  CoderOptions keep;
  keep.allow_missing_target = true;
  auto corpus = ParseConllu(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
      "2\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "4\tRussian\tRussian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
      "5\ttroops\ttroop\tNOUN\tNNS\t_\t1\tconj\t_\t_\n"
      "6\theld\thold\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "7\twar\twar\tNOUN\tNN\t_\t8\tcompound\t_\t_\n"
      "8\tgames\tgame\tNOUN\tNNS\t_\t6\tobj\t_\t_\n\n",
      "test.conllu");
  ASSERT_TRUE(corpus.ok());
  Document kept = std::move(corpus->doc);
  ActorMatcher(actors_).Match(kept);
  EventCoder(patterns_, codes_, nullptr, keep).Code(kept);
  EXPECT_EQ(Triples(kept), "RUS>-:150 RUSMIL>-:150 ");
}

// "Japan refused to deploy troops in Ukraine": the controlled verb's
// object is an agent with no country, which says nothing about whom the
// act is aimed at; the place its phrase names does.
TEST_F(EventCoderTest, BareObjectOfTheControlledVerbGivesWayToANamedPlace) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\trefused\trefuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
      "4\tdeploy\tdeploy\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
      "5\ttroops\ttroop\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
      "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "7\tUkraine\tUkraine\tPROPN\tNNP\t_\t5\tnmod\t_\t_\n"
      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>UKR:120 ");
  // With nothing better named, the agent stays the target.
  const Document bare = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\trefused\trefuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
      "4\thelp\thelp\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
      "5\tstudents\tstudent\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(bare), "JPN>JPNCVL:120 ");
}

// "The US provided weapons and intelligence to Ukraine": a conjoined noun
// is one more item of the same phrase (the parse hangs the shared "to"
// phrase on the last one); a conjoined verb is another clause.
TEST_F(EventCoderTest, ConjoinedNounIsPartOfThePhrase) {
  const Document doc = Code(
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tUS\tUS\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "3\tprovided\tprovide\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tweapons\tweapon\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
      "5\tand\tand\tCCONJ\tCC\t_\t6\tcc\t_\t_\n"
      "6\tintelligence\tintelligence\tNOUN\tNN\t_\t4\tconj\t_\t_\n"
      "7\tto\tto\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tUkraine\tUkraine\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "USA>UKR:064 ");
  // "The US provided weapons and Japan sent intelligence to Ukraine": the
  // intelligence is the second clause's, not provided by the US.
  const Document clauses = Code(
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tUS\tUS\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "3\tprovided\tprovide\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tweapons\tweapon\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
      "5\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
      "6\tJapan\tJapan\tPROPN\tNNP\t_\t7\tnsubj\t_\t_\n"
      "7\tsent\tsend\tVERB\tVBD\t_\t3\tconj\t_\t_\n"
      "8\tintelligence\tintelligence\tNOUN\tNN\t_\t7\tobj\t_\t_\n"
      "9\tto\tto\tADP\tIN\t_\t10\tcase\t_\t_\n"
      "10\tUkraine\tUkraine\tPROPN\tNNP\t_\t7\tobl\t_\t_\n"
      "11\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(clauses), "");
}

// "Japan sent troops for a war against Russia": a purpose that names no
// actor points at the one its "against" phrase names.
TEST_F(EventCoderTest, PurposeNamingNoActorPointsAtItsAdversary) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ttroops\ttroop\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "4\tfor\tfor\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "5\ta\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "6\twar\twar\tNOUN\tNN\t_\t3\tnmod\t_\t_\n"
      "7\tagainst\tagainst\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tRussia\tRussia\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
      "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>RUS:154 ");
}

TEST_F(EventCoderTest, ClauseMisparsedAsNounModifierKeepsItsSubject) {
  // "Russia threatened Japan." parsed as a noun with a participle modifier.
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t0\troot\t_\t_\n"
      "2\tthreatened\tthreaten\tVERB\tVBN\t_\t1\tacl\t_\t_\n"
      "3\tJapan\tJapan\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>JPN:130 ");
  // A true reduced passive ("Russian troops sent to Ukraine") has no
  // object and names no doer.
  const Document passive = Code(
      "1\tRussian\tRussian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
      "2\ttroops\ttroop\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
      "3\tsent\tsend\tVERB\tVBN\t_\t2\tacl\t_\t_\n"
      "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tUkraine\tUkraine\tPROPN\tNNP\t_\t3\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(passive), "");
}

TEST_F(EventCoderTest, LightVerbLendsItsSubjectToTheEventNoun) {
  // "Russia launched an invasion of Ukraine."
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tlaunched\tlaunch\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tan\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tinvasion\tinvasion\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tUkraine\tUkraine\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>UKR:192 ");
}

// Places (data/actors/places/): where an act on the ground happened says
// whose territory it hit; words spoken there do not.
class PlaceTargetTest : public EventCoderTest {
 protected:
  void SetUp() override {
    EventCoderTest::SetUp();
    actors_.AddPlace({"UKR", "Kharkiv", "t"}, {"Kharkiv"});
    actors_.AddPlace({"RUS", "Belgorod", "t"}, {"Belgorod"});
    codes_.Add({"1723", -7.0f, 4, "impose curfew"});
    codes_.Add({"172", -5.0f, 4, "impose restrictions"});
    for (const char* line : {"impose curfew => 1723", "deny entry => 172"}) {
      Pattern p;
      std::string error;
      ASSERT_TRUE(PatternSet::ParseLine(line, &p, &error)) << error;
      p.text = line;
      p.where = "test";
      patterns_.Add(p);
    }
  }

  // "SUBJECT imposed a curfew in PLACE", the subject's words given as
  // CoNLL-U lines ending at token `verb - 1`.
  Document CodeWith(const std::string& conllu, bool allow_missing_target) {
    auto corpus = ParseConllu(conllu, "test.conllu");
    EXPECT_TRUE(corpus.ok()) << corpus.status().ToString();
    Document doc = std::move(corpus->doc);
    doc.set_date(*Date::Parse("2022-01-22"));
    ActorMatcher(actors_).Match(doc);
    CoderOptions options;
    options.allow_missing_target = allow_missing_target;
    EventCoder(patterns_, codes_, nullptr, options).Code(doc);
    return doc;
  }
};

constexpr char kRussiaCurfewInBelgorod[] =
    "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\timposed\timpose\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tcurfew\tcurfew\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tBelgorod\tBelgorod\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n";

TEST_F(PlaceTargetTest, ActInOwnCountryIsDomestic) {
  // "Russia imposed a curfew in Belgorod": RUS -> RUS, though the source
  // and the target share a code (a government acting on its own ground).
  const Document doc = CodeWith(kRussiaCurfewInBelgorod, false);
  EXPECT_EQ(Triples(doc), "RUS>RUS:1723 ");
  ASSERT_EQ(doc.events().size(), 1u);
  const Event& e = doc.events()[0];
  ASSERT_TRUE(e.place.has_value());
  EXPECT_EQ(e.place->name, "Belgorod");
  EXPECT_EQ(e.place->country, "RUS");
  EXPECT_EQ(e.place->first_token, 5u);
  EXPECT_EQ(e.target->first_token, 5u);  // the target stands at the place's words
  EXPECT_TRUE(doc.actors().size() == 1u);  // the place never became an actor
}

TEST_F(PlaceTargetTest, ActInAnotherCountryTargetsThatCountry) {
  // "Russian troops imposed a curfew in the city of Kharkiv".
  const Document doc = CodeWith(
      "1\tRussian\tRussian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
      "2\ttroops\ttroop\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
      "3\timposed\timpose\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\ta\ta\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "5\tcurfew\tcurfew\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
      "6\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
      "8\tcity\tcity\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
      "9\tof\tof\tADP\tIN\t_\t10\tcase\t_\t_\n"
      "10\tKharkiv\tKharkiv\tPROPN\tNNP\t_\t8\tnmod\t_\t_\n\n",
      false);
  EXPECT_EQ(Triples(doc), "RUSMIL>UKR:1723 ");
  ASSERT_EQ(doc.events().size(), 1u);
  EXPECT_EQ(doc.events()[0].place->name, "Kharkiv");
}

TEST_F(PlaceTargetTest, WordsSpokenSomewhereHaveNoTargetThere) {
  // "Kishida said in Kharkiv": a statement is not aimed at where it is
  // made; no target is invented (the place is still recorded).
  const std::string said =
      "1\tKishida\tKishida\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tKharkiv\tKharkiv\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n";
  EXPECT_EQ(Triples(CodeWith(said, false)), "");
  const Document doc = CodeWith(said, true);
  EXPECT_EQ(Triples(doc), "JPNGOV>-:010 ");
  ASSERT_TRUE(doc.events()[0].place.has_value());
  EXPECT_EQ(doc.events()[0].place->country, "UKR");
}

TEST_F(PlaceTargetTest, PlaceOfTheSubjectIsNoTarget) {
  // "Russian troops in Kharkiv imposed a curfew": where the troops are is
  // where it happened, but nothing names whom the curfew hit.
  const std::string conllu =
      "1\tRussian\tRussian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
      "2\ttroops\ttroop\tNOUN\tNNS\t_\t5\tnsubj\t_\t_\n"
      "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tKharkiv\tKharkiv\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
      "5\timposed\timpose\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "6\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tcurfew\tcurfew\tNOUN\tNN\t_\t5\tobj\t_\t_\n\n";
  EXPECT_EQ(Triples(CodeWith(conllu, false)), "");
  const Document doc = CodeWith(conllu, true);
  EXPECT_EQ(Triples(doc), "RUSMIL>-:1723 ");
  EXPECT_EQ(doc.events()[0].place->name, "Kharkiv");
}

TEST_F(PlaceTargetTest, OwnCountryAsDestinationIsNoDomesticTarget) {
  // "Russia denied entry to Russia ...": the source's own country as where
  // an act is aimed is not a domestic target (only where it happens is).
  const Document doc = CodeWith(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tdenied\tdeny\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tentry\tentry\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tRussia\tRussia\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n",
      true);
  EXPECT_EQ(Triples(doc), "RUS>-:172 ");
  // Where the act happens inside it, it is ("a curfew in Russia").
  const Document in = CodeWith(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\timposed\timpose\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tcurfew\tcurfew\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tRussia\tRussia\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n",
      false);
  EXPECT_EQ(Triples(in), "RUS>RUS:1723 ");
}

// "sent aid to war-torn Ukraine", parsed with "to" as the mark of a clause
// whose verb is "torn" and whose object is "Ukraine": the phrase still
// names where the aid goes. An infinitive clause is no such phrase ("sent
// aid to avoid angering Russia" is not aimed at Russia).
TEST_F(EventCoderTest, PhraseParsedAsParticipleClauseIsStillAPhrase) {
  const Document torn = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "4\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_\n"
      "5\twar\twar\tNOUN\tNN\t_\t7\tobl:unmarked\t_\tSpaceAfter=No\n"
      "6\t-\t-\tPUNCT\tHYPH\t_\t5\tpunct\t_\tSpaceAfter=No\n"
      "7\ttorn\ttear\tVERB\tVBN\t_\t2\tadvcl\t_\t_\n"
      "8\tUkraine\tUkraine\tPROPN\tNNP\t_\t7\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(torn), "JPN>UKR:070 ");
  const Document purpose = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
      "5\tavoid\tavoid\tVERB\tVB\t_\t2\tadvcl\t_\t_\n"
      "6\tangering\tanger\tVERB\tVBG\t_\t5\txcomp\t_\t_\n"
      "7\tRussia\tRussia\tPROPN\tNNP\t_\t6\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(purpose), "");  // no target: no event
  // "barred from entering Russia": a gerund after "from" is a clause.
  const Document gerund = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\taid\taid\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "4\tfrom\tfrom\tSCONJ\tIN\t_\t5\tmark\t_\t_\n"
      "5\tselling\tsell\tVERB\tVBG\t_\t2\tadvcl\t_\t_\n"
      "6\tRussia\tRussia\tPROPN\tNNP\t_\t5\tobj\t_\t_\n\n");
  EXPECT_EQ(Triples(gerund), "");
}

// "Japan and Russia clashed": a symmetric fight between the members of a
// compound subject is each side's act on the other. A one-sided verb
// ("Japan and Russia attacked") names no target.
TEST_F(EventCoderTest, SymmetricFightBetweenCompoundSubjects) {
  const auto coded = [&](const char* form, const char* lemma, const char* first, const char* second,
                         const char* first_upos) {
    return Triples(Code(std::string("1\t") + first + "\t" + first + "\t" + first_upos + "\tNNP\t_\t4\tnsubj\t_\t_\n"
                        "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                        "3\t" + second + "\t" + second + "\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                        "4\t" + form + "\t" + lemma + "\tVERB\tVBD\t_\t0\troot\t_\t_\n\n"));
  };
  EXPECT_EQ(coded("clashed", "clash", "Japan", "Russia", "PROPN"), "JPN>RUS:190 RUS>JPN:190 ");
  EXPECT_EQ(coded("attacked", "attack", "Japan", "Russia", "PROPN"), "");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// "Russian troops attacked Ukrainian positions, Japanese officials and US
// witnesses said", parsed with no verb in the reported clause ("attacked"
// an adjective of "positions", the speakers conjoined to it): a clause
// needs a verb, so the "-ed" word between its nouns is read as one, and
// the speakers stay speakers, not targets.
TEST_F(EventCoderTest, VerblessReportedClauseReadsItsEdWordAsTheVerb) {
  const char* misparsed =
      "1\tRussian\tRussian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
      "2\ttroops\ttroop\tNOUN\tNNS\t_\t12\tnsubj\t_\t_\n"
      "3\tattacked\tattacked\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
      "4\tUkrainian\tUkrainian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
      "5\tpositions\tposition\tNOUN\tNNS\t_\t12\tccomp\t_\t_\n"
      "6\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
      "7\tJapanese\tJapanese\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
      "8\tofficials\tofficial\tNOUN\tNNS\t_\t5\tconj\t_\t_\n"
      "9\tand\tand\tCCONJ\tCC\t_\t11\tcc\t_\t_\n"
      "10\tUS\tUS\tPROPN\tNNP\t_\t11\tcompound\t_\t_\n"
      "11\twitnesses\twitness\tNOUN\tNNS\t_\t5\tconj\t_\t_\n"
      "12\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "13\t.\t.\tPUNCT\t.\t_\t12\tpunct\t_\t_\n\n";
  EXPECT_EQ(Triples(Code(misparsed)), "RUSMIL>UKR:190 ");
}

// A real adjective before a noun is left alone when the sentence has a
// verb of its own that is not a trailing reporting verb ("Russian troops
// attacked positions remain"): no verb is read into it.
TEST_F(EventCoderTest, EdAdjectiveInAClauseWithItsOwnVerbStaysAnAdjective) {
  const char* with_verb =
      "1\tRussian\tRussian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
      "2\ttroops\ttroop\tNOUN\tNNS\t_\t6\tcompound\t_\t_\n"
      "3\tattacked\tattacked\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
      "4\tUkrainian\tUkrainian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
      "5\tpositions\tposition\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
      "6\tremain\tremain\tVERB\tVBP\t_\t0\troot\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n";
  EXPECT_EQ(Triples(Code(with_verb)), "");
}

// "Russia completed its withdrawal from Ukraine": a nominal act done
// through a light verb is aimed where the verb's phrase of direction
// points, when that phrase names an actor itself; a town of a country is a
// place left ("from the Ukrainian town"), and "in" says where, not at whom.
TEST_F(EventCoderTest, LightVerbsPhraseOfDirectionIsItsNominalActsTarget) {
  const auto withdrawal = [&](const char* prep, const char* words) {
    return Code(std::string("1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                            "2\tcompleted\tcomplete\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                            "3\tits\tits\tPRON\tPRP$\t_\t4\tnmod:poss\t_\t_\n"
                            "4\twithdrawal\twithdrawal\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                            "5\t") + prep + "\t" + prep + "\tADP\tIN\t_\t" + words);
  };
  EXPECT_EQ(Triples(withdrawal("from", "6\tcase\t_\t_\n"
                                       "6\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n")),
            "RUS>UKR:0874 ");
  EXPECT_EQ(Triples(withdrawal("from", "8\tcase\t_\t_\n"
                                       "6\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
                                       "7\tUkrainian\tUkrainian\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
                                       "8\ttown\ttown\tNOUN\tNN\t_\t2\tobl\t_\t_\n\n")),
            "");
  EXPECT_EQ(Triples(withdrawal("in", "6\tcase\t_\t_\n"
                                     "6\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobl\t_\t_\n\n")),
            "");
}

// "Russia expelled Japanese inspectors from the facilities": when the
// pattern's destination ("expel inspector from TGT") names no one, the
// party its object word names is the one the act falls on.
TEST_F(EventCoderTest, ObjectWordOfAPatternNamesTheTargetItsPhraseMisses) {
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\texpelled\texpel\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tJapanese\tJapanese\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
      "4\tinspectors\tinspector\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "5\tfrom\tfrom\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tfacilities\tfacility\tNOUN\tNNS\t_\t2\tobl\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>JPN:1662 ");
}

// "Russia refused to allow Japan planes to land", the owner parsed as an
// indirect object of the controlled verb: the one refused is named there.
TEST_F(EventCoderTest, ControlledVerbsIndirectObjectIsTheTarget) {
  const Document doc = Code(
      "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\trefused\trefuse\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
      "4\tallow\tallow\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
      "5\tJapan\tJapan\tPROPN\tNNP\t_\t4\tiobj\t_\t_\n"
      "6\tplanes\tplane\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
      "7\tto\tto\tPART\tTO\t_\t8\tmark\t_\t_\n"
      "8\tland\tland\tVERB\tVB\t_\t6\tacl\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "RUS>JPN:120 ");
}

// "Recent Russian attacks, occurring every day, have threatened Japan",
// parsed with the subject noun as the root and the finite verb beside it:
// with no verb above the noun, the verb is its predicate.
TEST_F(EventCoderTest, VerbTheParseHangsBesideARootNounIsItsPredicate) {
  const auto code = [&](const char* verb, const char* lemma) {
    return Triples(Code(std::string(
        "1\tRussian\tRussian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
        "2\tattacks\tattack\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
        "3\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
        "4\toccurring\toccur\tVERB\tVBG\t_\t2\tacl\t_\t_\n"
        "5\tdaily\tdaily\tADV\tRB\t_\t4\tadvmod\t_\t_\n"
        "6\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
        "7\thave\thave\tAUX\tVBP\t_\t8\taux\t_\t_\n"
        "8\t") + verb + "\t" + lemma + "\tVERB\tVBN\t_\t2\tparataxis\t_\t_\n"
        "9\tJapan\tJapan\tPROPN\tNNP\t_\t8\tobj\t_\t_\n\n"));
  };
  EXPECT_EQ(code("threatened", "threaten"), "RUS>JPN:130 ");
  // A reporting verb there is not the noun's predicate: no one speaks.
  EXPECT_EQ(code("said", "say"), "");
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// "a camp for Ukrainian students was threatened by Russia": an act on the
// ground that falls on a thing naming no actor falls on those the thing is
// for, the passive subject as the object ("threatened a camp for ...");
// words (a meeting) fall on no one through the thing they are about.
TEST_F(EventCoderTest, ThingAnActOnTheGroundFallsOnIsForItsTarget) {
  const auto passive = [&](const char* verb, const char* lemma) {
    return Triples(Code(std::string(
        "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
        "2\tcamp\tcamp\tNOUN\tNN\t_\t7\tnsubj:pass\t_\t_\n"
        "3\tfor\tfor\tADP\tIN\t_\t5\tcase\t_\t_\n"
        "4\tUkrainian\tUkrainian\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
        "5\tstudents\tstudent\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
        "6\twas\tbe\tAUX\tVBD\t_\t7\taux:pass\t_\t_\n"
        "7\t") + verb + "\t" + lemma + "\tVERB\tVBN\t_\t0\troot\t_\t_\n"
        "8\tby\tby\tADP\tIN\t_\t9\tcase\t_\t_\n"
        "9\tRussia\tRussia\tPROPN\tNNP\t_\t7\tobl:agent\t_\t_\n\n"));
  };
  EXPECT_EQ(passive("threatened", "threaten"), "RUS>UKRCVL:130 ");
  // No target, so no event (the coder keeps none without one by default).
  EXPECT_EQ(passive("met", "meet"), "");
}

// "Japan is willing to defend Ukraine, the embassy said": an adjective whose
// subject controls a verb names the subject's own intent, aimed where the
// controlled act is, not the speaker's judgement of the subject.
TEST_F(EventCoderTest, AdjectiveControllingAVerbIsItsSubjectsIntent) {
  const Document doc = Code(
      "1\tJapan\tJapan\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
      "3\twilling\twilling\tADJ\tJJ\t_\t9\tccomp\t_\t_\n"
      "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
      "5\tdefend\tdefend\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
      "6\tUkraine\tUkraine\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
      "7\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
      "8\tembassy\tembassy\tNOUN\tNN\t_\t9\tnsubj\t_\t_\n"
      "9\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\n");
  EXPECT_EQ(Triples(doc), "JPN>UKR:030 ");
}

}  // namespace
}  // namespace dyad
