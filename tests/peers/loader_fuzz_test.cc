// Robustness: mutated and hostile dictionary text never crashes or hangs a
// loader; every problem becomes a reported line.
#include <gtest/gtest.h>

#include <random>

#include "peers/actor_readers.h"
#include "peers/verb_readers.h"

namespace dyad::peers {
namespace {

constexpr std::string_view kSeedActors =
    "EREBOR_ [ERB]\n+LONELY_MOUNTAIN\n\t[ERBGOV 19950101-20000101]\nDALE [DAL <950601] [DALGOV]\n"
    "<NOUN>\nWARG\n</NOUN>\n";
constexpr std::string_view kSeedAgents = "!X! = A, B\nGUARD!X! [~MIL]\nELDER {ELDERS} [~GOV]\nHALL [NGO~]\n";
constexpr std::string_view kSeedVerbs =
    "&SET_\n+ONE\n+TWO_THREE\n--- MARCH [180] ---\nMARCH {MARCHES}\n+SET_+OUT\n"
    "- * &SET TO + [181]\n- $ HELPED_* { A | B } [182]\n- * (TO {X Y}) [183]\n";

// Loads `text` with every reader in both dialects.
size_t LoadEverything(const std::string& text) {
  size_t problems = 0;
  for (const Dialect d : {Dialect::kPetrarch, Dialect::kTabari}) {
    const CommentStyle style = d == Dialect::kTabari ? CommentStyle::kTabari : CommentStyle::kPetrarch;
    PeerReport report;
    const auto lines = SplitPeerLines(text, "fuzz", style, &report);
    PeerActorDict actors;
    PeerWordLists words;
    PeerVerbDict verbs;
    ParseActorLines(lines, "fuzz", d, &actors, &words, &report);
    ParseAgentLines(lines, "fuzz", d, &actors, &report);
    ParseVerbLines(lines, "fuzz", d, &verbs, &report);
    // Exercise the lookups on the loaded data too.
    const std::vector<std::string> sentence{"LONELY", "MOUNTAIN", "GUARDA", "MARCHES", "TO"};
    for (int i = 0; i < static_cast<int>(sentence.size()); ++i) {
      actors.MatchActor(sentence, i, static_cast<int>(sentence.size()));
      actors.MatchAgent(sentence, i, static_cast<int>(sentence.size()));
      verbs.ForEachVerbCandidate(sentence[i], [](uint32_t) {});
    }
    problems += report.errors().size() + report.unsupported_count();
  }
  return problems;
}

TEST(LoaderFuzz, MutatedDictionariesLoadWithoutCrashing) {
  std::mt19937 rng(20240601);
  const std::string alphabet = "[]{}()|_+$%^&*~=<>!#;-:/ \t\nAZaz09\xff\xc3";
  const std::string seeds[] = {std::string(kSeedActors), std::string(kSeedAgents), std::string(kSeedVerbs)};
  size_t total_problems = 0;
  for (int round = 0; round < 600; ++round) {
    std::string text = seeds[round % 3];
    const int edits = 1 + static_cast<int>(rng() % 8);
    for (int e = 0; e < edits; ++e) {
      const size_t pos = rng() % (text.size() + 1);
      switch (rng() % 3) {
        case 0: text.insert(pos, 1, alphabet[rng() % alphabet.size()]); break;
        case 1: if (pos < text.size()) text.erase(pos, 1); break;
        default: if (pos < text.size()) text[pos] = alphabet[rng() % alphabet.size()]; break;
      }
    }
    total_problems += LoadEverything(text);
  }
  // Mutations break lines: the loaders must have noticed some of them.
  EXPECT_GT(total_problems, 100u);
}

TEST(LoaderFuzz, HostileShapes) {
  const std::string shapes[] = {
      std::string(100000, '['),
      std::string(100000, '{'),
      std::string(5000, '_') + " [X]",
      "&A\n+&A\n&A\n+&A_&A\n--- B [1] ---\nB\n- * &A [2]\n",  // a set naming itself
      "--- \n---\n-\n+\n&\n!\n!!=\n[]\n[ ]\n{}\n",
      std::string("A\0B [C]\n", 8),
      "X [Y 99999999-00000000]\n\t[Z <]\n\t[W >123]\n",
  };
  for (const std::string& s : shapes) LoadEverything(s);
  SUCCEED();
}

}  // namespace
}  // namespace dyad::peers
