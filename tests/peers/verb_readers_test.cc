// Peer verb dictionaries (PETR-1, PETR-2 and TABARI syntax) on hand-written
// snippets: synsets, blocks, forms, pattern tokens, and reported problems.
#include "peers/verb_readers.h"

#include <gtest/gtest.h>

#include <set>

namespace dyad::peers {
namespace {

struct Loaded {
  PeerVerbDict dict;
  PeerReport report;
};

void Load(std::string_view text, Dialect dialect, Loaded* out) {
  const CommentStyle style = dialect == Dialect::kTabari ? CommentStyle::kTabari : CommentStyle::kPetrarch;
  auto lines = SplitPeerLines(text, "test.verbs", style, &out->report);
  ParseVerbLines(lines, "test.verbs", dialect, &out->dict, &out->report);
}

// Verb entries whose verb word matches `word`.
std::set<std::string> BlocksOf(const PeerVerbDict& d, std::string_view word) {
  std::set<std::string> out;
  d.ForEachVerbCandidate(word, [&](uint32_t id) {
    const VerbEntry& e = d.entry(id);
    if (WordMatches(e.words[e.verb_index], word)) out.insert(d.block(e.block).name);
  });
  return out;
}

constexpr std::string_view kPetr1 =
    "&WEAPONS_\n"
    "+BOW\n"
    "+SWORD\n"
    "&ARMS\n"
    "+MITHRIL_COAT\n"
    "+&WEAPONS\n"
    "--- FORGE  [061]  ---\n"
    "FORGE\n"
    "SMITH [062]\n"
    "RING {RANG RUNG RINGING}\n"
    "+HAMMER_OUT {+HAMMERS_OUT +HAMMERED_OUT}\n"
    "- * &ARMS FOR + [063]   # comment with a (paren)\n"
    "- $ HELPED_* [064]\n"
    "- * NEW_&WEAPONS [065]\n"
    "--- IDLE [---] ---\n"
    "LOITER\n";

TEST(Petr1Verbs, BlocksFormsAndSynsets) {
  Loaded l;
  Load(kPetr1, Dialect::kPetrarch, &l);
  EXPECT_TRUE(l.report.clean()) << l.report.Summary();
  EXPECT_EQ(BlocksOf(l.dict, "FORGES"), std::set<std::string>{"FORGE"});
  EXPECT_EQ(BlocksOf(l.dict, "FORGED"), std::set<std::string>{"FORGE"});
  EXPECT_EQ(BlocksOf(l.dict, "FORGING"), std::set<std::string>{"FORGE"});
  EXPECT_EQ(BlocksOf(l.dict, "SMITHED"), std::set<std::string>{"FORGE"});
  EXPECT_EQ(BlocksOf(l.dict, "RUNG"), std::set<std::string>{"FORGE"});
  EXPECT_TRUE(BlocksOf(l.dict, "RINGED").empty());  // irregular forms replace the regular ones
  EXPECT_EQ(BlocksOf(l.dict, "HAMMERED"), std::set<std::string>{"FORGE"});
  EXPECT_EQ(BlocksOf(l.dict, "LOITERING"), std::set<std::string>{"IDLE"});
  EXPECT_TRUE(BlocksOf(l.dict, "FORGEX").empty());

  const int weapons = l.dict.FindSynset("WEAPONS");
  const int arms = l.dict.FindSynset("ARMS");
  ASSERT_GE(weapons, 0);
  ASSERT_GE(arms, 0);
  EXPECT_FALSE(l.dict.synset(weapons).plurals);            // label ends with '_'
  EXPECT_EQ(l.dict.synset(weapons).phrases.size(), 2u);
  // MITHRIL_COAT, its plural MITHRIL_COATS, and the nested set (no plural).
  EXPECT_EQ(l.dict.synset(arms).phrases.size(), 3u);
  // The bare verb's code: the verb's own, else the block's.
  uint32_t smith = 0;
  l.dict.ForEachVerbCandidate("SMITH", [&](uint32_t id) {
    if (l.dict.entry(id).words[0].text == "SMITH") smith = id;
  });
  EXPECT_EQ(l.dict.entry(smith).code, "062");

  const VerbBlock& forge = l.dict.block(0);
  ASSERT_EQ(forge.patterns.size(), 3u);
  const VerbPattern& p0 = forge.patterns[0];
  EXPECT_TRUE(p0.before.empty());
  ASSERT_EQ(p0.after.size(), 3u);
  EXPECT_EQ(p0.after[0].kind, PatternToken::kSynset);
  EXPECT_EQ(p0.after[1].kind, PatternToken::kWord);
  EXPECT_EQ(p0.after[2].kind, PatternToken::kTarget);
  EXPECT_EQ(p0.code, "063");
  const VerbPattern& p1 = forge.patterns[1];
  ASSERT_EQ(p1.before.size(), 2u);
  EXPECT_EQ(p1.before[0].kind, PatternToken::kSource);
  EXPECT_TRUE(p1.before_glued);
  const VerbPattern& p2 = forge.patterns[2];
  ASSERT_EQ(p2.after.size(), 2u);
  EXPECT_TRUE(p2.after[1].glued);
  EXPECT_EQ(p2.after[1].kind, PatternToken::kSynset);
}

TEST(Petr1Verbs, MalformedPatternsAreReportedByLine) {
  Loaded l;
  Load(
      "- * EARLY [010]\n"              // 1: before any block
      "--- MARCH [180] ---\n"          // 2
      "MARCH\n"                        // 3
      "- TO WAR [181]\n"               // 4: no '*'
      "- * * TWICE [182]\n"            // 5: two '*'
      "- * ON &NOWHERE [183]\n"        // 6: unknown synset
      "- * TO GATES\n"                 // 7: no code
      "- * TO [GATES [184]\n"          // 8: unbalanced
      "- * ON ISENGARD [185]\n",       // 9: fine
      Dialect::kPetrarch, &l);
  const auto& e = l.report.errors();
  ASSERT_EQ(e.size(), 6u) << l.report.Summary();
  EXPECT_EQ(e[0], "test.verbs:1: pattern before any verb");
  EXPECT_EQ(e[1], "test.verbs:4: pattern without the verb marker '*'");
  EXPECT_EQ(e[2], "test.verbs:5: more than one '*' in pattern");
  EXPECT_EQ(e[3], "test.verbs:6: unknown synset &NOWHERE");
  EXPECT_EQ(e[4], "test.verbs:7: pattern without a [code]");
  EXPECT_EQ(e[5].rfind("test.verbs:8: unbalanced '['", 0), 0u) << e[5];
  EXPECT_EQ(l.dict.pattern_count(), 1u);
}

TEST(Petr2Verbs, PhraseAnnotationsAndTransformationsAreReported) {
  Loaded l;
  Load(
      "--- SEND [---] ---\n"
      "SEND {SENDS SENT SENDING}\n"
      "- * (TO {GREY HAVENS}) [032]\n"
      "~ a (a b SEND) SAY = a b 032\n",
      Dialect::kPetrarch, &l);
  EXPECT_TRUE(l.report.errors().empty()) << l.report.Summary();
  const auto& u = l.report.unsupported();
  ASSERT_EQ(u.count("PETR-2 phrase annotation read as word order"), 1u);
  EXPECT_EQ(u.at("PETR-2 phrase annotation read as word order")[0], "test.verbs:3");
  ASSERT_EQ(u.count("PETR-2 verb transformation"), 1u);
  EXPECT_EQ(u.at("PETR-2 verb transformation")[0], "test.verbs:4");
  const VerbPattern& p = l.dict.block(0).patterns[0];
  ASSERT_EQ(p.after.size(), 3u);
  EXPECT_EQ(p.after[0].word.text, "TO");
  EXPECT_EQ(p.after[2].word.text, "HAVENS");
}

TEST(TabariVerbs, EntriesFormsChoicesAndTime) {
  Loaded l;
  Load(
      "<SYNSETS>\n&STEEDS\n+HORSE\n+PONY_\n</SYNSETS>\n"
      "<TIME>\nYESTERDAY [-1]\n</TIME>\n"
      "RID_ [032]  ;comment\n"
      "{ RODE_ RIDDEN_ }\n"
      "- * { SWIFT | GREAT } &STEEDS TO + [036]\n"
      "- NOT~_* [---]\n"
      "GALLOP [033]\n",
      Dialect::kTabari, &l);
  EXPECT_TRUE(l.report.clean()) << l.report.Summary();
  EXPECT_EQ(BlocksOf(l.dict, "RIDING"), std::set<std::string>{"RID_"});
  EXPECT_EQ(BlocksOf(l.dict, "RODE"), std::set<std::string>{"RID_"});
  EXPECT_EQ(BlocksOf(l.dict, "GALLOPED"), std::set<std::string>{"GALLOP"});  // a stem
  ASSERT_EQ(l.dict.time_entries().size(), 1u);
  EXPECT_EQ(l.dict.time_entries()[0].value, "-1");
  const VerbBlock& rid = l.dict.block(0);
  EXPECT_EQ(rid.code, "032");
  ASSERT_EQ(rid.patterns.size(), 2u);
  const VerbPattern& p = rid.patterns[0];
  ASSERT_EQ(p.after.size(), 4u);
  EXPECT_EQ(p.after[0].kind, PatternToken::kChoice);
  EXPECT_EQ(l.dict.choice(p.after[0].ref).size(), 2u);
  const VerbPattern& q = rid.patterns[1];
  ASSERT_EQ(q.before.size(), 1u);
  EXPECT_EQ(q.before[0].word.match, WordMatch::kStem);  // "~" keeps the ending open
  EXPECT_TRUE(q.before_glued);
}

TEST(TabariVerbs, UnbalancedChoiceIsAnError) {
  Loaded l;
  Load("RIDE [032]\n- * { SWIFT | GREAT  [036]\n- * SWIFT | GREAT } [036]\n", Dialect::kTabari, &l);
  ASSERT_EQ(l.report.errors().size(), 2u) << l.report.Summary();
  EXPECT_EQ(l.report.errors()[0], "test.verbs:2: unbalanced '{' (no '}')");
  EXPECT_EQ(l.report.errors()[1], "test.verbs:3: '|' outside a choice");
}

}  // namespace
}  // namespace dyad::peers
