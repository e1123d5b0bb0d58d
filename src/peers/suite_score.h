// Scoring a peer validation suite: records exact (same disposition and the
// same set of source/target/code triples) and triple-level precision and
// recall, with each failure put in a category for `--failures`.
#ifndef DYAD_PEERS_SUITE_SCORE_H_
#define DYAD_PEERS_SUITE_SCORE_H_

#include <map>
#include <string>
#include <vector>

#include "peers/peer_coding.h"
#include "peers/petr_validation.h"

namespace dyad::peers {

struct RecordOutcome {
  std::string id;
  std::string category;
  int line = 0;
  bool scored = false;
  std::string skip_reason;  // when not scored
  bool exact = false;
  std::vector<ExpectedEvent> expected;  // sorted, unique
  std::vector<ExpectedEvent> got;       // sorted, unique
  PeerDisposition expected_disposition = PeerDisposition::kCoded;
  PeerDisposition got_disposition = PeerDisposition::kCoded;
  std::string failure;  // category when not exact
  std::string note;     // coder's note (parse error, discard phrase)
};

struct SuiteScore {
  int records = 0;  // scored
  int exact = 0;
  int skipped = 0;
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  std::map<std::string, int> failures;       // category -> count
  std::map<std::string, int> skip_reasons;   // reason -> count
  double exact_rate() const { return records ? static_cast<double>(exact) / records : 0; }
  double precision() const;
  double recall() const;
};

// Compares `coding` with the expectation and fills `out` (expected fields
// must be set by the caller).
void ScoreRecord(const PeerCoding& coding, RecordOutcome* out);
SuiteScore Summarize(const std::vector<RecordOutcome>& outcomes);

// Sorted unique triples of a coding.
std::vector<ExpectedEvent> Triples(const std::vector<PeerEvent>& events);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_SUITE_SCORE_H_
