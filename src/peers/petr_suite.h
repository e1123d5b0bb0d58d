// Running a PETRARCH validation file: the dictionaries its <Environment>
// names, its <Config> changes in record order, and the PetrCoder on a tree
// for each record, scored with suite_score.h.
//
// Which records count: those whose category the file's <Include> lists (and
// <Exclude> does not), with sentence="true" and at least one <EventCoding>.
// Where the tree comes from is the caller's choice (TreeSource): the
// record's <Parse> (--given-parse) or dyad's own analysis of <Text>. A
// record that tests how a malformed <Parse> is handled cannot be judged on
// raw text and is skipped in that mode.
#ifndef DYAD_PEERS_PETR_SUITE_H_
#define DYAD_PEERS_PETR_SUITE_H_

#include <functional>
#include <string>
#include <vector>

#include "peers/peer_dictionaries.h"
#include "peers/petr_coder.h"
#include "peers/petr_validation.h"
#include "peers/suite_score.h"

namespace dyad::peers {

// The sentence trees of a record (dyad's segmenter may split a record's
// text in two; the events of all its sentences are the record's).
using TreeSource = std::function<Result<std::vector<PhraseTree>>(const PetrRecord&)>;

struct SuiteRun {
  std::vector<RecordOutcome> outcomes;
  SuiteScore score;
};

// The dictionary files the <Environment> names, found in `dict_dir`.
PeerDictionaryFiles PetrEnvironmentFiles(const PetrValidationFile& file, const std::string& dict_dir);

// The same, each file looked for in `dirs` in order, then beside the
// validation file at `xml_path` (../dictionaries, then its own folder);
// NotFound naming the first file found nowhere.
Result<PeerDictionaryFiles> LocatePetrDictionaries(const PetrValidationFile& file,
                                                   const std::string& xml_path,
                                                   std::vector<std::string> dirs);

// A record's own <Parse>: a Penn bracketing or CoNLL-U rows.
Result<std::vector<PhraseTree>> GivenParseTrees(const std::string& parse);

// `raw_text` says the trees do not come from the records' <Parse>.
SuiteRun RunPetrSuite(const PetrValidationFile& file, const PeerDictionaries& dicts,
                      const TreeSource& trees, bool raw_text);

// The default initial options of a validation run (PETRARCH's config file
// defaults), changed by one <Config option value>.
PetrOptions DefaultPetrOptions();
void ApplyPetrConfig(const std::string& option, const std::string& value, PetrOptions* options);

// "19950101" -> 19950101; 0 when unreadable.
int32_t PetrRecordDate(const std::string& date);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PETR_SUITE_H_
