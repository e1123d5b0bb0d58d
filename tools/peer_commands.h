// The peer-dictionary subcommands (TABARI / PETRARCH, docs/PEERS.md):
//   dyad eval petrarch FILE.xml   PETRARCH validation records
//   dyad eval tabari PROJECT      TABARI validation project
//   dyad dict convert             peer dictionaries -> dyad's format
//   dyad dict bench-peers         Phoenix load time and coding throughput
// AddPeerCommands attaches them to the "eval" and "dict" subcommands, so it
// runs after AddEvalCommand and AddDictCommand.
#ifndef DYAD_TOOLS_PEER_COMMANDS_H_
#define DYAD_TOOLS_PEER_COMMANDS_H_

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace dyad::tools {

struct PeerEvalArgs {
  std::string path;
  std::vector<std::string> dict_dirs;  // searched in order for each named file
  std::string models;
  bool given_parse = false;  // code the records' own parses, not dyad's
  bool failures = false;     // list the records that were not exact
  std::string only;          // code only records whose id contains this
  bool show_trees = false;   // print each record's tree (debugging a record)
};

int RunPetrarchEval(const PeerEvalArgs& args);
int RunTabariEval(const PeerEvalArgs& args);

struct PeerConvertArgs {
  std::string from;                 // "petrarch" or "tabari"
  std::vector<std::string> actors;  // actor files
  std::vector<std::string> agents;
  std::string verbs;
  std::string discards;
  std::string issues;
  std::string project;  // TABARI .project (names actors, verbs, agents)
  std::string out;
};

int RunPeerConvert(const PeerConvertArgs& args);

struct PeerBenchArgs {
  std::string dict_dir;      // holds the Phoenix files and CAMEO.2.0.txt
  std::string corpus;        // JSON Lines articles ({"text", "date"})
  std::string models;
  std::string own_dict_dir;  // dyad's dictionaries ("" = the shipped data/)
  size_t max_articles = 2000;
};

int RunPeerBench(const PeerBenchArgs& args);

}  // namespace dyad::tools

#endif  // DYAD_TOOLS_PEER_COMMANDS_H_
