// Readers for peer verb dictionaries, into PeerVerbDict.
//
// PETRARCH (PETR-1 "CAMEO.verbpatterns.150430.txt", "PETR.Validate.verbs.txt"
// and PETR-2 "CAMEO.2.0.txt"):
//
//   &TIETYPES                    a synonym set, then its "+" phrases
//   +MILITARY
//   --- ABANDON  [345]  ---      a verb block and the code of its bare verbs
//   ABANDON                      verbs of the block: regular forms generated,
//   STAB {STABS STABBED}         or listed in {...};
//   DOWNPLAY [014]               a verb's own code;
//   +CORDON_OFF {+CORDONED_OFF}  a multi-word verb ('+' marks the verb word)
//   - * &TIETYPES TIES [902]     patterns: '*' is the verb, '$' source,
//   - + WAS * DEAD IN $ [224]    '+' target, '%' compound, '^' skip an actor
//
// PETR-2 patterns annotate phrase structure, "(TO {BANNED PARTIES})"; dyad's
// shallow coder reads them as the word sequence (reported as approximated),
// and PETR-2 transformations ("~ a (a b Q) SAY = a b Q") are reported as
// unsupported.
//
// TABARI (".verbs"): <SYNSETS> and <TIME> sections, then one entry per verb
// ("RESTOR [064]", stems and "_"/"=" endings as in peer_phrase.h), an
// optional "{ FORM FORM }" line of further forms, and its patterns, which may
// hold choices "{ GENEVA_ | INTERNATIONAL }" and the "~" open-ending mark.
//
// Malformed lines (no '*', a missing or unbalanced [code], an unknown &set,
// unbalanced braces) are reported with path:line and skipped.
#ifndef DYAD_PEERS_VERB_READERS_H_
#define DYAD_PEERS_VERB_READERS_H_

#include <string>
#include <vector>

#include "dyad/status.h"
#include "peers/peer_lines.h"
#include "peers/peer_report.h"
#include "peers/peer_verbs.h"

namespace dyad::peers {

Status ReadVerbFile(const std::string& path, Dialect dialect, PeerVerbDict* dict,
                    PeerReport* report);
void ParseVerbLines(const std::vector<PeerLine>& lines, const std::string& path, Dialect dialect,
                    PeerVerbDict* dict, PeerReport* report);

// Parses one pattern line ("- SAID $ * SUSPEND [102]"); false with a message.
bool ParsePatternLine(std::string_view line, Dialect dialect, PeerVerbDict* dict,
                      VerbPattern* out, std::string* error, bool* approximated);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_VERB_READERS_H_
