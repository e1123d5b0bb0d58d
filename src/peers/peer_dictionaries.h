// PeerDictionaries: one loaded TABARI or PETRARCH dictionary set (actors,
// agents, verbs, discards, issues) and the report of loading it.
//
// Loading fails only when a named file cannot be read; every malformed or
// unsupported line is in `report`. Thread safety: const after loading.
#ifndef DYAD_PEERS_PEER_DICTIONARIES_H_
#define DYAD_PEERS_PEER_DICTIONARIES_H_

#include <string>
#include <vector>

#include "dyad/status.h"
#include "peers/actor_readers.h"
#include "peers/peer_lists.h"
#include "peers/peer_verbs.h"

namespace dyad::peers {

struct PeerDictionaryFiles {
  Dialect dialect = Dialect::kPetrarch;
  std::vector<std::string> actors;
  std::vector<std::string> agents;
  std::string verbs;
  std::string discards;  // optional
  std::string issues;    // optional
};

struct PeerDictionaries {
  Dialect dialect = Dialect::kPetrarch;
  PeerActorDict actors;  // actors and agents
  PeerWordLists words;   // TABARI <NOUN>/<ADJECTIVE> lists
  PeerVerbDict verbs;
  DiscardList discards;
  IssueList issues;
  PeerReport report;

  static Result<PeerDictionaries> Load(const PeerDictionaryFiles& files);
};

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PEER_DICTIONARIES_H_
