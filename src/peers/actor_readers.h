// Readers for peer actor and agent dictionaries, into PeerActorDict.
//
// Actors (PETRARCH "Phoenix.*.actors.txt", "PETR.Validate.actors.txt";
// TABARI ".actors"):
//
//   GOLLUM  [HOB]            primary phrase, optional code blocks
//   +SMEAGOL                 synonyms of the entry above
//       [HOBGOV 950601-990815]   indented code lines (date restrictions)
//
// TABARI files may also hold <NOUN>...</NOUN> and <ADJECTIVE>...
// </ADJECTIVE> word lists (kept in PeerWordLists for the TABARI coder).
//
// Agents (PETRARCH "Phoenix.agents.txt"; TABARI ".agents"):
//
//   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     substitution set
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]    explicit plural
//   POLICE {} [~COP]                                no plural
//   CONGRESS!PERSON! [~LEG]                         every substitution
//   HUMAN_RIGHTS_BODY [NGO~]                        code put before the actor's
//
// PETRARCH agents get the regular plural of their last word unless "{...}"
// is given; TABARI agents rely on stems instead. Malformed lines are reported
// in `report` with path:line and skipped; the functions fail only when the
// file cannot be read.
#ifndef DYAD_PEERS_ACTOR_READERS_H_
#define DYAD_PEERS_ACTOR_READERS_H_

#include <string>
#include <vector>

#include "dyad/status.h"
#include "peers/peer_actors.h"
#include "peers/peer_lines.h"
#include "peers/peer_report.h"

namespace dyad::peers {

struct PeerWordLists {
  std::vector<PeerPhrase> nouns;       // TABARI <NOUN>: words never taken as verbs
  std::vector<PeerPhrase> adjectives;  // TABARI <ADJECTIVE>
};

Status ReadActorFile(const std::string& path, Dialect dialect, PeerActorDict* dict,
                     PeerWordLists* words, PeerReport* report);
Status ReadAgentFile(const std::string& path, Dialect dialect, PeerActorDict* dict,
                     PeerReport* report);

// The same on lines already split (tests, fuzzing).
void ParseActorLines(const std::vector<PeerLine>& lines, const std::string& path, Dialect dialect,
                     PeerActorDict* dict, PeerWordLists* words, PeerReport* report);
void ParseAgentLines(const std::vector<PeerLine>& lines, const std::string& path, Dialect dialect,
                     PeerActorDict* dict, PeerReport* report);

// Splits "PHRASE [A] [B 950101-990101]" into the text before the first '['
// and the insides of each "[...]"; false with a message when brackets are
// unbalanced or nested.
bool SplitCodeBlocks(std::string_view line, std::string_view* before,
                     std::vector<std::string_view>* blocks, std::string* error);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_ACTOR_READERS_H_
