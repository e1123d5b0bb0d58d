// The PETRARCH-1 coder on hand-built Penn trees and on trees converted from
// dependency rows, and the TABARI coder on literals, all with small made-up
// dictionaries.
#include <gtest/gtest.h>

#include <algorithm>

#include "peers/actor_readers.h"
#include "peers/dep_tree.h"
#include "peers/petr_coder.h"
#include "peers/tabari_coder.h"
#include "peers/verb_readers.h"

namespace dyad::peers {
namespace {

PeerDictionaries Load(Dialect dialect, std::string_view actors, std::string_view agents,
                      std::string_view verbs) {
  PeerDictionaries d;
  d.dialect = dialect;
  const CommentStyle style = dialect == Dialect::kTabari ? CommentStyle::kTabari : CommentStyle::kPetrarch;
  ParseActorLines(SplitPeerLines(actors, "t.actors", style, &d.report), "t.actors", dialect, &d.actors,
                  &d.words, &d.report);
  ParseAgentLines(SplitPeerLines(agents, "t.agents", style, &d.report), "t.agents", dialect, &d.actors,
                  &d.report);
  ParseVerbLines(SplitPeerLines(verbs, "t.verbs", style, &d.report), "t.verbs", dialect, &d.verbs,
                 &d.report);
  return d;
}

std::string Triples(const PeerCoding& c) {
  std::vector<std::string> v;
  for (const PeerEvent& e : c.events) v.push_back(e.source + "/" + e.target + "/" + e.code);
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  std::string s;
  for (const std::string& t : v) s += (s.empty() ? "" : " ") + t;
  return s.empty() ? "(none)" : s;
}

constexpr std::string_view kPetrActors =
    "ERIADOR [ERI]\n"
    "LINDON [LIN]\n"
    "FORODWAITH [FOR]\n"
    "GALADHON_\n"
    "\t[LINGOV <20000101]\n"
    "\t[LINELI >20000102]\n";
constexpr std::string_view kPetrAgents =
    "SCOUTS [~MIL]\n"
    "MINISTER [~GOV]\n";
constexpr std::string_view kPetrVerbs =
    "--- DENOUNCE [111] ---\n"
    "DENOUNCE\n"
    "- * + FOR TREACHERY  [1121]\n"
    "--- MEET [040] ---\n"
    "MEET {MET MEETS MEETING}\n"
    "- * WITH +  [043]\n"
    "--- ATTACK [190] ---\n"
    "ATTACK\n";

class PetrCoderTest : public ::testing::Test {
 protected:
  PetrCoderTest() : dicts_(Load(Dialect::kPetrarch, kPetrActors, kPetrAgents, kPetrVerbs)) {}

  std::string CodePenn(const std::string& penn, int32_t date = 19990101) {
    auto tree = ParsePennTree(penn);
    EXPECT_TRUE(tree.ok()) << tree.status().ToString();
    if (!tree.ok()) return "<bad tree>";
    const PetrCoder coder(dicts_);
    return Triples(coder.Code(*tree, date, PetrOptions{}));
  }

  PeerDictionaries dicts_;
};

TEST_F(PetrCoderTest, SourceVerbTargetAndTheMostSpecificPattern) {
  ASSERT_TRUE(dicts_.report.errors().empty()) << dicts_.report.Summary();
  EXPECT_EQ(CodePenn("(ROOT (S (NP (NNP Eriador)) (VP (VBD denounced) (NP (NNP Lindon))) (. .)))"),
            "ERI/LIN/111");
  EXPECT_EQ(CodePenn("(ROOT (S (NP (NNP Eriador)) (VP (VBD denounced) (NP (NNP Lindon)) "
                     "(PP (IN for) (NP (NN treachery)))) (. .)))"),
            "ERI/LIN/1121");
  // The target behind a preposition, as the pattern places it.
  EXPECT_EQ(CodePenn("(ROOT (S (NP (NNP Forodwaith)) (VP (VBD met) (PP (IN with) (NP (NNP Lindon)))) "
                     "(. .)))"),
            "FOR/LIN/043");
}

TEST_F(PetrCoderTest, AgentsCompoundsPassiveAndDates) {
  // Country adjective + agent noun; a compound subject gives one event each.
  EXPECT_EQ(CodePenn("(ROOT (S (NP (NNP Eriador) (NNS scouts)) (VP (VBD attacked) (NP (NNP Lindon))) (. .)))"),
            "ERIMIL/LIN/190");
  EXPECT_EQ(CodePenn("(ROOT (S (NP (NP (NNP Eriador)) (CC and) (NP (NNP Forodwaith))) "
                     "(VP (VBD attacked) (NP (NNP Lindon))) (. .)))"),
            "ERI/LIN/190 FOR/LIN/190");
  // Passive: the by-phrase is the source.
  EXPECT_EQ(CodePenn("(ROOT (S (NP (NNP Lindon)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) "
                     "(NP (NNP Eriador))))) (. .)))"),
            "ERI/LIN/190");
  // A person's code depends on the date.
  const std::string s =
      "(ROOT (S (NP (NNP Galadhon)) (VP (VBD denounced) (NP (NNP Eriador))) (. .)))";
  EXPECT_EQ(CodePenn(s, 19990101), "LINGOV/ERI/111");
  EXPECT_EQ(CodePenn(s, 20050101), "LINELI/ERI/111");
}

TEST_F(PetrCoderTest, UnknownVerbsAndMissingActorsCodeNothing) {
  EXPECT_EQ(CodePenn("(ROOT (S (NP (NNP Eriador)) (VP (VBD admired) (NP (NNP Lindon))) (. .)))"), "(none)");
  EXPECT_EQ(CodePenn("(ROOT (S (NP (DT The) (NNS hobbits)) (VP (VBD attacked) (NP (DT the) (NNS orcs))) (. .)))"),
            "(none)");
}

// A dependency parse (as dyad's parser gives it) becomes a tree the coder
// reads the same way.
TEST_F(PetrCoderTest, DependencyRowsBecomeACodableTree) {
  const std::string rows =
      "1\tEriador\tEriador\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tscouts\tscout\tNOUN\tNNS\t_\t1\tflat\t_\t_\n"
      "3\tdenounced\tdenounce\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tLindon\tLindon\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
      "5\tfor\tfor\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\ttreachery\ttreachery\tNOUN\tNN\t_\t3\tobl\t_\t_\n"
      "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n";
  auto words = ParseConlluSentence(rows);
  ASSERT_TRUE(words.ok()) << words.status().ToString();
  auto tree = TreeFromDependencies(*words);
  ASSERT_TRUE(tree.ok()) << tree.status().ToString();
  const PetrCoder coder(dicts_);
  EXPECT_EQ(Triples(coder.Code(*tree, 19990101, PetrOptions{})), "ERIMIL/LIN/1121") << tree->ToString();
}

TEST(DepTree, CyclesAndBadHeadsAreErrors) {
  std::vector<DepWord> w(2);
  w[0].form = "a";
  w[0].head = 2;
  w[1].form = "b";
  w[1].head = 1;
  EXPECT_FALSE(TreeFromDependencies(w).ok());
  w[1].head = 7;
  EXPECT_FALSE(TreeFromDependencies(w).ok());
}

TEST(DepTree, UnderscoreJoinsAreSplit) {
  EXPECT_EQ(SplitUnderscoreJoins("the Prince of Dol_Amroth said _x_"), "the Prince of Dol Amroth said _x_");
}

constexpr std::string_view kTabActors =
    "ERIADOR_ [ERI]\n"
    "LINDON_ [LIN]\n";
constexpr std::string_view kTabVerbs =
    "DENOUNCE_ [111]\n"
    "- * + FOR TREACHER [1121]\n"
    "MEET_ [040]\n"
    "- * WITH + [043]\n";

TEST(TabariCoder, LiteralsPatternsAndStems) {
  const PeerDictionaries d = Load(Dialect::kTabari, kTabActors, "", kTabVerbs);
  ASSERT_TRUE(d.report.errors().empty()) << d.report.Summary();
  const TabariCoder coder(d);
  TabariOptions options;
  options.minimum_words = 0;  // TABARI's default of 8 would skip these short sentences
  auto code = [&](std::vector<std::string> literals) {
    return Triples(coder.Code(literals, 19990101, options));
  };
  EXPECT_EQ(code({"Eriador", "denounced", "Lindon", "."}), "ERI/LIN/111");
  // "TREACHER" is a stem: "treachery" matches it.
  EXPECT_EQ(code({"Eriador", "denounced", "Lindon", "for", "treachery", "."}), "ERI/LIN/1121");
  EXPECT_EQ(code({"Eriador's", "envoy", "meets", "with", "Lindon", "."}), "ERI/LIN/043");
  EXPECT_EQ(code({"Eriador", "praised", "Lindon", "."}), "(none)");
}

}  // namespace
}  // namespace dyad::peers
