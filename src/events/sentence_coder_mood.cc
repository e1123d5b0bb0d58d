// SentenceCoder's mood and time: negation, hypotheticals, acts announced
// for the future or reported, dates in a verb's phrase, and the CAMEO
// codes these turn an act into (intent 03x, threat 13x, rejection 12x).

#include "events/sentence_coder.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "events/event_date.h"

namespace dyad::events_internal {

// "did not threaten"; a "not" the pattern itself names ("plead not
// guilty") is not a negation.
bool SentenceCoder::Negated(int v, const std::vector<int>& consumed) const {
  for (int c : tree_.children(v)) {
    if (std::find(consumed.begin(), consumed.end(), c) != consumed.end()) continue;
    if ((tree_.rel(c) == rel_.advmod || tree_.rel(c) == rel_.det) &&
        Contains({"not", "never", "n't", "no"}, tree_.lemma(c))) {
      return true;
    }
  }
  return false;
}

bool SentenceCoder::Hypothetical(int v) const {
  for (int t = v, hops = 0; t >= 0 && hops < kMaxInherit; t = tree_.head(t), ++hops) {
    for (int c : tree_.children(t)) {
      const Deprel r = tree_.rel(c);
      if (r == rel_.aux && Contains({"could", "may", "might", "would", "should"}, tree_.lemma(c))) {
        return true;
      }
      if (r == rel_.mark && Contains({"if", "unless"}, tree_.lemma(c))) return true;
    }
    // Only climb through clauses that carry their head's mood.
    const Deprel r = tree_.rel(t);
    if (r != rel_.xcomp && r != rel_.conj) break;
  }
  return false;
}

// The date a phrase of v names ("on Friday"), if any.
std::optional<Date> SentenceCoder::DateIn(int v) const {
  std::optional<Date> date;
  Visit(v, 0, [&](int t) {
    if (const auto d = ResolveRelativeDate(tree_.lemma(t), doc_.date())) date = *d;
  });
  return date;
}

// "Portugal will support Turkey", "Iraq said it would allow the
// inspectors back": a cooperative act announced for the future is, in
// CAMEO, an intent to act (03x), not the act.
bool SentenceCoder::AnnouncedForFuture(int v) const {
  for (int c : tree_.children(v)) {
    if (tree_.rel(c) == rel_.aux && Contains({"will", "shall", "'ll", "would"}, tree_.lemma(c))) {
      return tree_.lemma(c) != "would" || ReportedClause(v);
    }
  }
  return false;
}

bool SentenceCoder::ReportedClause(int v) const {
  const int h = tree_.head(v);
  return h >= 0 && tree_.rel(v) == rel_.ccomp && IsReportingVerb(h);
}

std::string SentenceCoder::IntentCode(const std::string& code) {
  static constexpr std::pair<const char*, const char*> kIntent[] = {
      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"06", "031"},
      {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"07", "033"},
      {"081", "0351"}, {"082", "0352"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
      {"087", "0356"}, {"08", "035"},   {"04", "036"},   {"05", "032"},
  };
  for (const auto& [prefix, intent] : kIntent) {
    if (code.rfind(prefix, 0) == 0) return intent;
  }
  return code;
}

// CAMEO's threat (13x) of each coercive or violent act; the longest
// listed prefix decides, and codes not listed are returned unchanged.
std::string SentenceCoder::ThreatCode(const std::string& code) {
  static constexpr std::pair<const char*, const char*> kThreat[] = {
      {"1621", "1311"}, {"1622", "1311"}, {"1623", "1311"}, {"1721", "1321"}, {"1722", "1322"},
      {"1723", "1323"}, {"1724", "1324"}, {"14", "133"},    {"161", "1313"},  {"162", "1311"},
      {"163", "1312"},  {"164", "134"},   {"165", "135"},   {"166", "136"},   {"16", "131"},
      {"172", "132"},   {"17", "137"},    {"183", "1383"},  {"18", "138"},    {"191", "1381"},
      {"192", "1382"},  {"19", "1384"},   {"20", "1385"},
  };
  for (const auto& [prefix, threat] : kThreat) {
    if (code.rfind(prefix, 0) == 0) return threat;
  }
  return code;
}

// CAMEO codes a refused or negated cooperative act as a rejection: "will
// not accept refugees" is 12x, not a negated 03x.
const char* SentenceCoder::RejectionOf(const std::string& code) {
  if (code.size() < 2 || code[0] != '0' || code[1] < '3' || code[1] > '8') return nullptr;
  switch (code[1]) {
    case '4': return "125";  // reject proposal to meet or negotiate
    case '6': return "121";  // reject material cooperation
    case '7': return "122";  // reject request for aid
    case '8': return "124";  // refuse to yield
    default: return "120";
  }
}

}  // namespace dyad::events_internal
