// dyad dict convert: hand-written PETRARCH snippets rewritten in dyad's
// format, loaded back with dyad's own loaders, and what cannot be expressed
// reported with the peer file:line.
#include "peers/dict_convert.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "actors/actor_dictionary.h"
#include "events/verb_patterns.h"
#include "peers/actor_readers.h"
#include "peers/verb_readers.h"

namespace dyad::peers {
namespace {

PeerDictionaries LoadSnippets(std::string_view actors, std::string_view agents, std::string_view verbs) {
  PeerDictionaries d;
  d.dialect = Dialect::kPetrarch;
  PeerWordLists words;
  ParseActorLines(SplitPeerLines(actors, "my.actors", CommentStyle::kPetrarch, &d.report), "my.actors",
                  Dialect::kPetrarch, &d.actors, &words, &d.report);
  ParseAgentLines(SplitPeerLines(agents, "my.agents", CommentStyle::kPetrarch, &d.report), "my.agents",
                  Dialect::kPetrarch, &d.actors, &d.report);
  ParseVerbLines(SplitPeerLines(verbs, "my.verbs", CommentStyle::kPetrarch, &d.report), "my.verbs",
                 Dialect::kPetrarch, &d.verbs, &d.report);
  return d;
}

bool Has(const std::string& text, const std::string& line) {
  return text.find(line) != std::string::npos;
}

size_t Count(const PeerReport& r, const std::string& kind_part) {
  size_t n = 0;
  for (const auto& [kind, places] : r.unsupported()) {
    if (kind.find(kind_part) != std::string::npos) n += places.size();
  }
  return n;
}

constexpr std::string_view kActors =
    "RIVENDELL_ [RIV]\n"
    "+IMLADRIS\n"
    "ELVES_OF_RIVENDELL [RIV]\n"
    "GREY_HAVENS [RIVPRT]\n"
    "GLORFINDEL_\n"
    "\t[RIVELI <19990101]\n"
    "\t[RIVGOV 19990102-20051231]\n"
    "\t[RIV]\n"
    "KHAZAD DUM [DWF]\n";

constexpr std::string_view kAgents =
    "COUNCILLOR_ [~GOV]\n"
    "WARDENS [~COP]\n"
    "HIGH_ELVES [~ELFNOB]\n"
    "SMITHS_GUILD [BUS~]\n";

constexpr std::string_view kVerbs =
    "&FAVOUR\n"
    "+HELP\n"
    "+{GOOD WILL}\n"
    "\n"
    "--- PRAISE  [051] ---\n"
    "PRAISE\n"
    "LAUD\n"
    "- * + FOR &FAVOUR  [0511]\n"
    "- * CHARMS OF +  [052]\n"
    "- SUDDENLY * +  [053]\n"
    "- * % TOGETHER  [054]\n"
    "- * + [031:032]\n";

TEST(DictConvert, ActorsBecomeCountriesOrganisationsAndPeople) {
  const PeerDictionaries d = LoadSnippets(kActors, kAgents, kVerbs);
  ASSERT_TRUE(d.report.errors().empty()) << d.report.Summary();
  const ConvertedDictionaries c = ConvertToDyad(d, {}, {});
  const std::string& countries = c.files.at("actors/countries.txt");
  const std::string& orgs = c.files.at("actors/organizations.txt");
  const std::string& people = c.files.at("actors/people/peer.txt");
  // Both RIV actors in one block; names title-cased, "_" joins as blanks.
  EXPECT_TRUE(Has(countries, "[country RIV]")) << countries;
  EXPECT_TRUE(Has(countries, "name: Rivendell\n"));
  EXPECT_TRUE(Has(countries, "name: Imladris\n"));
  EXPECT_TRUE(Has(countries, "name: Elves Of Rivendell\n"));
  EXPECT_TRUE(Has(orgs, "[org RIVPRT]"));
  // Dated codes first; the peers' inclusive end becomes dyad's exclusive one.
  EXPECT_TRUE(Has(people, "[person] Glorfindel"));
  EXPECT_TRUE(Has(people, "role: RIVELI ..1999-01-02\nrole: RIVGOV 1999-01-02..2006-01-01\nrole: RIV\n"))
      << people;
  EXPECT_EQ(c.countries, 2u);  // RIV, DWF
  EXPECT_EQ(c.people, 1u);
  // "KHAZAD DUM" lets words come between; dyad's names are contiguous.
  EXPECT_EQ(Count(c.report, "gaps"), 1u);
}

TEST(DictConvert, AgentsKeepThreeLetterSuffixCodes) {
  const PeerDictionaries d = LoadSnippets(kActors, kAgents, kVerbs);
  const ConvertedDictionaries c = ConvertToDyad(d, {}, {});
  const std::string& agents = c.files.at("actors/agents.txt");
  EXPECT_TRUE(Has(agents, "[agent GOV]"));
  EXPECT_TRUE(Has(agents, "noun: councillor\n")) << agents;
  EXPECT_TRUE(Has(agents, "noun: warden\n"));  // dyad matches agent lemmas
  EXPECT_FALSE(Has(agents, "ELFNOB"));
  EXPECT_FALSE(Has(agents, "BUS"));
  EXPECT_EQ(Count(c.report, "not three capitals"), 1u);
  EXPECT_EQ(Count(c.report, "before the actor code"), 1u);
  const auto places = c.report.unsupported();
  bool named = false;
  for (const auto& [kind, where] : places) {
    for (const std::string& w : where) named = named || w == "my.agents:4";
  }
  EXPECT_TRUE(named) << c.report.Summary();
}

TEST(DictConvert, VerbPatternsExpandSynsetsAndReportTheRest) {
  const PeerDictionaries d = LoadSnippets(kActors, kAgents, kVerbs);
  ASSERT_TRUE(d.report.errors().empty()) << d.report.Summary();
  const ConvertedDictionaries c = ConvertToDyad(d, {}, {});
  const std::string& v05 = c.files.at("events/verbs/05_peer.txt");
  // Every verb of the block gets the block's code and patterns.
  EXPECT_TRUE(Has(v05, "praise => 051")) << v05;
  EXPECT_TRUE(Has(v05, "laud => 051"));
  EXPECT_TRUE(Has(v05, "praise TGT for help => 0511"));
  EXPECT_TRUE(Has(v05, "laud TGT for good will => 0511"));
  EXPECT_TRUE(Has(v05, "praise charm of TGT => 052"));  // plural reduced to the lemma
  EXPECT_FALSE(Has(v05, "suddenly"));
  EXPECT_EQ(Count(c.report, "before the verb"), 1u);
  EXPECT_EQ(Count(c.report, "compound marker"), 1u);
  EXPECT_EQ(Count(c.report, "paired"), 1u);
  // Every written line is a valid dyad pattern.
  for (const auto& [path, text] : c.files) {
    if (path.rfind("events/verbs/", 0) != 0) continue;
    size_t start = 0;
    while (start < text.size()) {
      const size_t end = text.find('\n', start);
      std::string line = text.substr(start, end - start);
      start = end == std::string::npos ? text.size() : end + 1;
      line = line.substr(0, line.find('#'));
      if (line.find("=>") == std::string::npos) continue;
      Pattern p;
      std::string error;
      EXPECT_TRUE(PatternSet::ParseLine(line, &p, &error)) << line << ": " << error;
    }
  }
}

TEST(DictConvert, WrittenActorsLoadInDyad) {
  const PeerDictionaries d = LoadSnippets(kActors, kAgents, kVerbs);
  const ConvertedDictionaries c = ConvertToDyad(d, {}, {});
  const std::string dir =
      (std::filesystem::temp_directory_path() / ("dyad_convert_test_" + std::to_string(::getpid()))).string();
  ASSERT_TRUE(WriteConverted(c, dir).ok());
  std::vector<std::string> problems;
  auto actors = ActorDictionary::Load(dir + "/actors", &problems);
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(actors.ok()) << actors.status().ToString();
  EXPECT_TRUE(problems.empty()) << problems.front();
  // Rivendell (3 names), Khazad Dum, Grey Havens, Glorfindel, 2 agents.
  EXPECT_EQ(actors->size(), 8u) << c.files.at("actors/countries.txt") << c.files.at("actors/agents.txt");
}

}  // namespace
}  // namespace dyad::peers
