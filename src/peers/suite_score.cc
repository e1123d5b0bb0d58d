#include "peers/suite_score.h"

#include <algorithm>

namespace dyad::peers {
namespace {

bool Contains(const std::vector<ExpectedEvent>& v, const ExpectedEvent& e) {
  return std::binary_search(v.begin(), v.end(), e);
}

std::string FailureCategory(const RecordOutcome& r) {
  if (r.expected_disposition != r.got_disposition) {
    return std::string("disposition: expected ") + std::string(DispositionName(r.expected_disposition)) +
           ", got " + std::string(DispositionName(r.got_disposition));
  }
  if (r.got.empty()) return "missed: no events coded";
  if (r.expected.empty()) return "spurious: events where none are expected";
  bool wrong_code = false, wrong_source = false, wrong_target = false;
  for (const ExpectedEvent& e : r.expected) {
    if (Contains(r.got, e)) continue;
    for (const ExpectedEvent& g : r.got) {
      if (Contains(r.expected, g)) continue;
      if (g.source == e.source && g.target == e.target) wrong_code = true;
      else if (g.code == e.code && g.source == e.source) wrong_target = true;
      else if (g.code == e.code && g.target == e.target) wrong_source = true;
    }
  }
  if (wrong_code) return "wrong event code";
  if (wrong_source && wrong_target) return "wrong source and target";
  if (wrong_source) return "wrong source";
  if (wrong_target) return "wrong target";
  bool got_subset = true, expected_subset = true;
  for (const ExpectedEvent& g : r.got) got_subset = got_subset && Contains(r.expected, g);
  for (const ExpectedEvent& e : r.expected) expected_subset = expected_subset && Contains(r.got, e);
  if (got_subset) return "missing some events";
  if (expected_subset) return "extra events";
  return "different events";
}

}  // namespace

std::vector<ExpectedEvent> Triples(const std::vector<PeerEvent>& events) {
  std::vector<ExpectedEvent> out;
  for (const PeerEvent& e : events) out.push_back({e.source, e.target, e.code});
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void ScoreRecord(const PeerCoding& coding, RecordOutcome* out) {
  std::sort(out->expected.begin(), out->expected.end());
  out->expected.erase(std::unique(out->expected.begin(), out->expected.end()), out->expected.end());
  out->got = Triples(coding.events);
  out->got_disposition = coding.disposition;
  out->note = coding.note;
  // An expected "noevents" is met by no events for any reason (a discard
  // too); an expected discard must be that discard.
  const bool same_disposition =
      out->got_disposition == out->expected_disposition ||
      (out->expected_disposition == PeerDisposition::kCoded && out->expected.empty());
  out->exact = same_disposition && out->got == out->expected;
  if (!out->exact) out->failure = FailureCategory(*out);
}

double SuiteScore::precision() const {
  const int d = true_positives + false_positives;
  return d ? static_cast<double>(true_positives) / d : 0;
}

double SuiteScore::recall() const {
  const int d = true_positives + false_negatives;
  return d ? static_cast<double>(true_positives) / d : 0;
}

SuiteScore Summarize(const std::vector<RecordOutcome>& outcomes) {
  SuiteScore s;
  for (const RecordOutcome& r : outcomes) {
    if (!r.scored) {
      ++s.skipped;
      ++s.skip_reasons[r.skip_reason];
      continue;
    }
    ++s.records;
    if (r.exact) ++s.exact;
    else ++s.failures[r.failure];
    for (const ExpectedEvent& g : r.got) {
      if (Contains(r.expected, g)) ++s.true_positives;
      else ++s.false_positives;
    }
    for (const ExpectedEvent& e : r.expected) {
      if (!Contains(r.got, e)) ++s.false_negatives;
    }
  }
  return s;
}

}  // namespace dyad::peers
