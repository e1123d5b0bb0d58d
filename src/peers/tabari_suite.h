// Running TABARI's validation suite (Validate.text with Validate.project):
// records in order, "{ OPTION: ... }" records applied to the options as they
// come (or counted as unsupported), the TabariCoder on each record's
// literals, scored with suite_score.h.
//
// Records after FINAL-01 ("require other settings or crash the program")
// and records without an expectation are skipped and counted.
#ifndef DYAD_PEERS_TABARI_SUITE_H_
#define DYAD_PEERS_TABARI_SUITE_H_

#include <functional>
#include <string>
#include <vector>

#include "peers/peer_dictionaries.h"
#include "peers/suite_score.h"
#include "peers/tabari_coder.h"
#include "peers/tabari_options.h"
#include "peers/tabari_validation.h"

namespace dyad::peers {

// The literals of a record's text (dyad's tokenizer in the CLI).
using LiteralSource = std::function<std::vector<std::string>(const TabariRecord&)>;

struct TabariSuiteRun {
  std::vector<RecordOutcome> outcomes;
  SuiteScore score;
  int options_applied = 0;   // OPTION commands carried out
  PeerReport option_report;  // OPTION commands malformed or not carried out
};

TabariSuiteRun RunTabariSuite(const std::vector<TabariRecord>& records, const PeerDictionaries& dicts,
                              TabariOptions options, const LiteralSource& literals);

// The dictionary files a .project names (paths made absolute).
PeerDictionaryFiles TabariProjectFiles(const TabariProject& project);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_TABARI_SUITE_H_
