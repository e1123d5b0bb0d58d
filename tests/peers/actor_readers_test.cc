// Peer actor and agent dictionaries: hand-written snippets in the TABARI and
// PETRARCH formats, their lookups, and malformed lines reported by line.
#include "peers/actor_readers.h"

#include <gtest/gtest.h>

namespace dyad::peers {
namespace {

std::vector<std::string> Words(std::initializer_list<const char*> ws) {
  return std::vector<std::string>(ws.begin(), ws.end());
}

struct Loaded {
  PeerActorDict dict;
  PeerWordLists words;
  PeerReport report;
};

void LoadActors(std::string_view text, Dialect dialect, Loaded* out) {
  const CommentStyle style = dialect == Dialect::kTabari ? CommentStyle::kTabari : CommentStyle::kPetrarch;
  auto lines = SplitPeerLines(text, "test.actors", style, &out->report);
  ParseActorLines(lines, "test.actors", dialect, &out->dict, &out->words, &out->report);
}

void LoadAgents(std::string_view text, Dialect dialect, Loaded* out) {
  const CommentStyle style = dialect == Dialect::kTabari ? CommentStyle::kTabari : CommentStyle::kPetrarch;
  auto lines = SplitPeerLines(text, "test.agents", style, &out->report);
  ParseAgentLines(lines, "test.agents", dialect, &out->dict, &out->report);
}

std::string CodeAt(const Loaded& l, const std::vector<std::string>& words, int start, int32_t date) {
  auto m = l.dict.MatchActor(words, start, static_cast<int>(words.size()));
  if (!m) return "<none>";
  return std::string(l.dict.ActorCode(m->owner, date));
}

TEST(PetrarchActors, SynonymsAndDateRestrictions) {
  Loaded l;
  LoadActors(
      "<!-- a made-up dictionary -->\n"
      "RIVENDELL_ [RIV]   # the valley\n"
      "+IMLADRIS\n"
      "+LAST_HOMELY_HOUSE\n"
      "\n"
      "GLORFINDEL_\n"
      "\t[RIVELI <19990101]\n"
      "\t[RIVGOV 19990102-20051231]\n"
      "\t[RIVMIL >060101]\n"
      "KHAZAD DUM [DWF]\n",
      Dialect::kPetrarch, &l);
  EXPECT_TRUE(l.report.errors().empty()) << l.report.Summary();
  EXPECT_EQ(l.dict.actor_count(), 3u);
  EXPECT_EQ(CodeAt(l, Words({"IMLADRIS"}), 0, 20000101), "RIV");
  EXPECT_EQ(CodeAt(l, Words({"LAST", "HOMELY", "HOUSE"}), 0, 20000101), "RIV");
  // "_" joins adjacent words: a word in between breaks the match.
  EXPECT_EQ(CodeAt(l, Words({"LAST", "VERY", "HOMELY", "HOUSE"}), 0, 20000101), "<none>");
  // A blank lets other words come between.
  EXPECT_EQ(CodeAt(l, Words({"KHAZAD", "OLD", "DUM"}), 0, 20000101), "DWF");
  EXPECT_EQ(CodeAt(l, Words({"GLORFINDEL"}), 0, 19980101), "RIVELI");
  EXPECT_EQ(CodeAt(l, Words({"GLORFINDEL"}), 0, 19990101), "RIVELI");  // "<" is inclusive
  EXPECT_EQ(CodeAt(l, Words({"GLORFINDEL"}), 0, 20030505), "RIVGOV");
  EXPECT_EQ(CodeAt(l, Words({"GLORFINDEL"}), 0, 20060101), "RIVMIL");
  // No restriction covers this day and there is no default code.
  EXPECT_EQ(CodeAt(l, Words({"GLORFINDEL"}), 0, 20051231 + 1), "");
  // PETRARCH does not stem.
  EXPECT_EQ(CodeAt(l, Words({"RIVENDELLIAN"}), 0, 20000101), "<none>");
}

TEST(PetrarchActors, LongestPhraseWins) {
  Loaded l;
  LoadActors("MISTY [MST]\nMISTY_MOUNTAINS [MMT]\nMISTY_MOUNTAINS_GOBLINS [GOB]\n", Dialect::kPetrarch, &l);
  const auto words = Words({"MISTY", "MOUNTAINS", "GOBLINS", "ATTACKED"});
  auto m = l.dict.MatchActor(words, 0, 4);
  ASSERT_TRUE(m);
  EXPECT_EQ(l.dict.ActorCode(m->owner, 20000101), "GOB");
  EXPECT_EQ(m->last, 2);
}

TEST(TabariActors, StemsEndingsAndExactWords) {
  Loaded l;
  LoadActors(
      "<NOUN>\nWARGS  ;pas\n</NOUN>\n"
      "EREBOR [ERB]      ; a stem\n"
      "DALE_ [DAL]       ; word plus regular endings\n"
      "BEORN= [BRN]      ; exactly this word\n"
      "THRANDUIL  [WDL <950601] [WDLGOV]\n"
      "#GONE [XXX]       ; commented out\n"
      "~~FINISH\n"
      "AFTER_FINISH [YYY]\n",
      Dialect::kTabari, &l);
  EXPECT_TRUE(l.report.errors().empty()) << l.report.Summary();
  EXPECT_EQ(CodeAt(l, Words({"EREBORIANS"}), 0, 19950101), "ERB");
  EXPECT_EQ(CodeAt(l, Words({"DALE'S"}), 0, 19950101), "DAL");
  EXPECT_EQ(CodeAt(l, Words({"DALES"}), 0, 19950101), "DAL");
  EXPECT_EQ(CodeAt(l, Words({"DALEX"}), 0, 19950101), "<none>");
  EXPECT_EQ(CodeAt(l, Words({"BEORN"}), 0, 19950101), "BRN");
  EXPECT_EQ(CodeAt(l, Words({"BEORNS"}), 0, 19950101), "<none>");
  EXPECT_EQ(CodeAt(l, Words({"THRANDUIL"}), 0, 19950101), "WDL");
  EXPECT_EQ(CodeAt(l, Words({"THRANDUIL"}), 0, 19970101), "WDLGOV");
  EXPECT_EQ(CodeAt(l, Words({"GONE"}), 0, 19970101), "<none>");
  EXPECT_EQ(CodeAt(l, Words({"AFTER", "FINISH"}), 0, 19970101), "<none>");
  ASSERT_EQ(l.words.nouns.size(), 1u);
  EXPECT_EQ(l.words.nouns[0][0].text, "WARGS");
}

TEST(PeerActors, MalformedLinesAreReportedByLine) {
  Loaded l;
  LoadActors(
      "MORIA [MOR\n"                     // 1: unbalanced [
      "MORIA] [MOR]\n"                   // 2: unbalanced ]
      "+ORPHAN\n"                        // 3: fine: synonym of nothing? (line 2 failed)
      "BREE [BRE 951301-960101]\n"       // 4: month 13
      "\t[19950101-19960101]\n"          // 5: restriction without a code
      "\t[BRE 1995010-19960101]\n"       // 6: seven digits
      "BUCKLAND [BUC] junk\n"            // 7: text after a code block
      "OK_ACTOR [OKA]\n",                // 8
      Dialect::kPetrarch, &l);
  const auto& errors = l.report.errors();
  ASSERT_GE(errors.size(), 6u) << l.report.Summary();
  EXPECT_EQ(errors[0].rfind("test.actors:1: unbalanced '['", 0), 0u) << errors[0];
  EXPECT_EQ(errors[1].rfind("test.actors:2: unbalanced ']'", 0), 0u) << errors[1];
  EXPECT_EQ(errors[2].rfind("test.actors:3: synonym", 0), 0u) << errors[2];
  EXPECT_EQ(errors[3].rfind("test.actors:4: bad date", 0), 0u) << errors[3];
  EXPECT_EQ(errors[4].rfind("test.actors:5: date restriction without a code", 0), 0u) << errors[4];
  EXPECT_EQ(errors[5].rfind("test.actors:6: bad date", 0), 0u) << errors[5];
  EXPECT_EQ(errors[6].rfind("test.actors:7: text after a code block", 0), 0u) << errors[6];
  EXPECT_EQ(CodeAt(l, Words({"OK", "ACTOR"}), 0, 20000101), "OKA");
}

TEST(PeerActors, InvalidUtf8IsAnErrorForThatLineOnly) {
  Loaded l;
  LoadActors(std::string("GOOD [GOO]\nBAD\xff\xfe [BAD]\nALSO_GOOD [ALS]\n"), Dialect::kPetrarch, &l);
  ASSERT_EQ(l.report.errors().size(), 1u);
  EXPECT_EQ(l.report.errors()[0], "test.actors:2: invalid UTF-8; line skipped");
  EXPECT_EQ(l.dict.actor_count(), 2u);
}

TEST(PetrarchAgents, PluralsSubstitutionsAndAffixes) {
  Loaded l;
  LoadAgents(
      "!GUARD! = WARDEN, WARDENS, KEEPER\n"
      "TOWER!GUARD! [~MIL]\n"
      "RANGER [~MIL]               # plural RANGERS generated\n"
      "COUNCIL_OF_THE_WISE {} [~GOV]\n"
      "LORD_OF_THE_MARK {LORDS_OF_THE_MARK} [~GOV]\n"
      "SHIRRIFF_HOUSE [COP~]\n"
      "ENTWIFE [~ENT]\n",
      Dialect::kPetrarch, &l);
  EXPECT_TRUE(l.report.errors().empty()) << l.report.Summary();
  auto agent_of = [&](std::vector<std::string> words) -> std::string {
    auto m = l.dict.MatchAgent(words, 0, static_cast<int>(words.size()));
    if (!m) return "<none>";
    const PeerAgent& a = l.dict.agent(m->owner);
    return a.prefix ? a.code + "~" : "~" + a.code;
  };
  EXPECT_EQ(agent_of(Words({"TOWERKEEPER"})), "~MIL");
  EXPECT_EQ(agent_of(Words({"TOWERWARDENS"})), "~MIL");
  EXPECT_EQ(agent_of(Words({"RANGERS"})), "~MIL");
  EXPECT_EQ(agent_of(Words({"COUNCIL", "OF", "THE", "WISE"})), "~GOV");
  EXPECT_EQ(agent_of(Words({"COUNCILS", "OF", "THE", "WISE"})), "<none>");
  EXPECT_EQ(agent_of(Words({"LORDS", "OF", "THE", "MARK"})), "~GOV");
  EXPECT_EQ(agent_of(Words({"SHIRRIFF", "HOUSES"})), "COP~");
  EXPECT_EQ(agent_of(Words({"ENTWIVES"})), "<none>");  // irregular plurals are not guessed
}

TEST(PeerAgents, MalformedAgents) {
  Loaded l;
  LoadAgents(
      "SOLDIER [MIL]\n"            // 1: no '~'
      "WARDEN {WARDENS [~MIL]\n"   // 2: unbalanced '{' (brace before bracket)
      "SCOUT\n"                    // 3: no code
      "HOLD!X! [~GOV]\n"           // 4: unknown marker
      "GUARD [~MIL]\n",            // 5: fine
      Dialect::kPetrarch, &l);
  const auto& errors = l.report.errors();
  ASSERT_EQ(errors.size(), 4u) << l.report.Summary();
  EXPECT_EQ(errors[0].rfind("test.agents:1:", 0), 0u);
  EXPECT_EQ(errors[1].rfind("test.agents:2:", 0), 0u);
  EXPECT_EQ(errors[2].rfind("test.agents:3:", 0), 0u);
  EXPECT_EQ(errors[3], "test.agents:4: unknown substitution marker !X!");
  EXPECT_EQ(l.dict.agent_count(), 1u);
}

TEST(PeerDates, ParsingAndPivot) {
  EXPECT_EQ(ParsePeerDate("950601"), 19950601);
  EXPECT_EQ(ParsePeerDate("050601"), 20050601);
  EXPECT_EQ(ParsePeerDate("20130119"), 20130119);
  EXPECT_FALSE(ParsePeerDate("20130229"));  // not a leap year
  EXPECT_TRUE(ParsePeerDate("20120229"));
  EXPECT_FALSE(ParsePeerDate("9501"));
  EXPECT_FALSE(ParsePeerDate("95O601"));
  DatedCode dc;
  std::string error;
  ASSERT_TRUE(ParseDatedCode("--- <950630", &dc, &error)) << error;
  EXPECT_EQ(dc.code, "---");
  EXPECT_EQ(dc.to, 19950630);
  ASSERT_TRUE(ParseDatedCode(" HOBGOV 950601 - 990815 ", &dc, &error)) << error;
  EXPECT_EQ(dc.from, 19950601);
  EXPECT_EQ(dc.to, 19990815);
  EXPECT_FALSE(ParseDatedCode("HOB > ", &dc, &error));
  EXPECT_FALSE(ParseDatedCode("", &dc, &error));
}

}  // namespace
}  // namespace dyad::peers
