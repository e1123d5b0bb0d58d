// TABARI's .options and .project files.
//
// .options lines are commands ("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR",
// "SET: MINIMUM WORDS = 8", "DEFAULT: SOURCE [DEF] PRIOR TARGET [DEF]
// AFTER", "COMMA: MIN = 2 MAX = 10 ...", "LABEL: 010=YIELD"); "//" starts a
// comment and "~~~~~" ends the file. The same commands arrive in validation
// records as "{ OPTION: ... }". A command dyad does not carry out is counted
// as unsupported, never dropped silently.
//
// .project lines name the files of a coding project ("<actorsfile> X").
#ifndef DYAD_PEERS_TABARI_OPTIONS_H_
#define DYAD_PEERS_TABARI_OPTIONS_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "peers/peer_report.h"

namespace dyad::peers {

struct TabariOptions {
  // COMPLEX: a sentence with more verbs / conjunctions than these limits is
  // "complex" and not coded (0 = no limit); NOACTPRIOR: also complex when no
  // actor precedes the verb.
  int complex_verbs = 0;
  int complex_conjunctions = 0;
  int complex_actors = 0;
  bool no_actor_prior = false;
  // SET: MINIMUM WORDS: shorter sentences are not coded.
  int minimum_words = 8;
  // SET: CONVERT AGENT: a bare agent codes as "~CODE" instead of nothing.
  bool convert_agent = false;
  // SET: CODE BY ... (clause by default).
  enum class CodeBy : uint8_t { kClause, kSentence, kAll } code_by = CodeBy::kClause;
  bool time_shift = false;
  bool yyyy_dates = false;
  bool fbis = false;
  // DEFAULT: codes used when no source / target is found; PRIOR / AFTER
  // restrict them to actors missing before / after the verb.
  std::string default_source;
  std::string default_target;
  bool default_source_prior = false;
  bool default_target_after = false;
  // FORWARD: carry the last source into the next sentence of a story.
  bool forward = false;
  // COMMA: lengths (in words) of comma-delimited clauses that are removed:
  // internal [min, max], final [emin, emax], initial [bmin, bmax].
  int comma_min = 2, comma_max = 10;
  int comma_emin = 2, comma_emax = 10;
  int comma_bmin = 255, comma_bmax = 0;
  std::map<std::string, std::string> labels;
};

// Applies one command; false with a message when it is malformed. A
// well-formed command dyad does not carry out sets *unsupported to its
// keyword.
bool ApplyTabariOption(std::string_view line, TabariOptions* options, std::string* error,
                       std::string* unsupported);
Status ReadTabariOptions(const std::string& path, TabariOptions* options, PeerReport* report);

struct TabariProject {
  std::string dir;  // folder of the .project file
  std::string actors, verbs, agents, options, text;
  std::vector<std::string> other;  // other <tags> kept for the report
};
Result<TabariProject> ReadTabariProject(const std::string& path, PeerReport* report);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_TABARI_OPTIONS_H_
