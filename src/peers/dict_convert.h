// ConvertToDyad: a loaded TABARI / PETRARCH dictionary set written in dyad's
// own dictionary format (docs/DICTIONARIES.md), with a report of everything
// the format cannot say.
//
//   PETRARCH                        dyad
//   AFGHANISTAN [AFG]               [country AFG] name: Afghanistan
//   TALIBAN [AFGREB]                [org AFGREB] name: Taliban
//   BARACK_OBAMA [USAELI <090120]   [person] Barack Obama
//        [USAGOV >090120]           role: USAELI ..2009-01-20  role: USAGOV 2009-01-20..
//   GOVERNMENT [~GOV]               [agent GOV] noun: government
//   --- ACCUSE [112] ---            accuse => 112
//   - * + OF CRIME [1121]           accuse TGT of crime => 1121
//
// An actor with one code and no date becomes a country (a three-letter code)
// or an organisation (any longer code), all phrases of a code in one block;
// an actor with dates or several codes becomes a person whose roles keep the
// peer's order (dated codes first, so the undated default applies only
// outside them). Pattern words are lowercased and plural nouns reduced to
// their singular (dyad matches lemmas); synonym sets and TABARI choices are
// expanded into one pattern per alternative.
//
// Not expressible, so reported (PeerReport::Unsupported) with the peer
// file:line and left out: words before the verb other than the source, the compound '%' and skip '^'
// markers, prefix agents ("NGO~"), agent codes that are not three letters,
// paired and special codes ("031:032", "###", "+++"), discard and issue
// lists. Approximated, so reported too: TABARI stems ("ACCUS" = any word
// starting so) written as whole words, phrases whose words may have other
// words between them (dyad names are contiguous), '_' adjacency inside
// patterns (dyad does not check word order).
#ifndef DYAD_PEERS_DICT_CONVERT_H_
#define DYAD_PEERS_DICT_CONVERT_H_

#include <map>
#include <string>

#include "dyad/status.h"
#include "peers/peer_dictionaries.h"
#include "peers/peer_report.h"

namespace dyad::peers {

struct ConvertOptions {
  std::string source_name = "peer";  // names the verb files: "13_peer.txt"
  // A synonym-set expansion larger than this many patterns is reported and
  // dropped rather than written (keeps the output reviewable).
  size_t max_expansions = 256;
};

struct ConvertedDictionaries {
  // Relative path under the output folder -> file text.
  //   actors/countries.txt, actors/organizations.txt, actors/people/peer.txt,
  //   actors/agents.txt, events/verbs/NN_peer.txt (NN: the code's CAMEO root,
  //   00 for null codes "---").
  std::map<std::string, std::string> files;
  PeerReport report;  // what could not be expressed, by peer file:line
  size_t countries = 0, organizations = 0, people = 0, agents = 0;
  size_t patterns = 0;          // pattern lines written
  size_t patterns_dropped = 0;  // peer patterns (or expansions) left out
};

// `files` names the lists that have no dyad counterpart in the report.
ConvertedDictionaries ConvertToDyad(const PeerDictionaries& dicts, const PeerDictionaryFiles& files,
                                    const ConvertOptions& options);

// Writes `converted.files` under `dir` (creating folders); fails naming the
// file that could not be written.
Status WriteConverted(const ConvertedDictionaries& converted, const std::string& dir);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_DICT_CONVERT_H_
