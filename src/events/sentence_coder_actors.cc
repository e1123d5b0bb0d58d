// SentenceCoder's tests of what an actor mention is: one state with
// another, a crowd, a bare agent, a country only inferred, the sources'
// own state.

#include "events/sentence_coder.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::events_internal {

bool SentenceCoder::IsBareAgent(int mention) const {
  const ActorMention& m = doc_.actors()[mention];
  return m.country.empty() && (m.kind == ActorKind::kAgent || m.code.size() <= 3);
}

// Whether two mentions both speak for one state: its name, seat, people
// or organs (government, army, police, courts, spies). A state and its
// rebels or opposition are two sides.
bool SentenceCoder::SameState(int a, int b) const {
  const ActorMention& x = doc_.actors()[a];
  const ActorMention& y = doc_.actors()[b];
  const auto organ = [](const ActorMention& m) {
    return m.kind == ActorKind::kGovSeat || m.agent.empty() ||
           Contains({"GOV", "MIL", "COP", "JUD", "SPY"}, m.agent);
  };
  return !x.country.empty() && x.country == y.country && organ(x) && organ(y);
}

// An agent with a country none of its own words name ("companies" in a
// sentence naming one country, which the actor stage gives that
// country): no capitalised word in its span.
bool SentenceCoder::CountryOnlyInferred(int mention) const {
  const ActorMention& m = doc_.actors()[mention];
  if (m.kind != ActorKind::kAgent || m.country.empty()) return false;
  const auto tokens = doc_.tokens(doc_.sentences()[sentence_]);
  const uint32_t first = tree_.doc_index(0);
  for (uint32_t t = m.first_token; t < m.end_token; ++t) {
    if (t < first || t - first >= tokens.size()) return false;
    const std::string_view form = doc_.Form(tokens[t - first]);
    if (!form.empty() && std::isupper(static_cast<unsigned char>(form[0]))) return false;
  }
  return true;
}

bool SentenceCoder::ASourceOf(const std::string& country, const std::vector<int>& sources) const {
  return std::any_of(sources.begin(), sources.end(),
                     [&](int s) { return doc_.actors()[s].country == country; });
}

bool SentenceCoder::SameCountryAsASource(int m, const std::vector<int>& sources) const {
  const std::string& country = doc_.actors()[m].country;
  return !country.empty() && ASourceOf(country, sources);
}

// A crowd: civilians or protesters named by a plural noun
// ("protesters", "demonstrators", "residents"), not a single
// dissident or an opposition party.
bool SentenceCoder::IsCrowd(int mention) const {
  const ActorMention& m = doc_.actors()[mention];
  if (m.kind != ActorKind::kAgent || !Contains({"CVL", "OPP"}, m.agent)) return false;
  const int head = static_cast<int>(m.head_token) - static_cast<int>(tree_.doc_index(0));
  return head >= 0 && head < static_cast<int>(tree_.size()) && XposName(tree_.token(head).xpos) == "NNS";
}

// A state acting as one: the country, its seat, its government or its
// armed forces ("the United States", "Israeli troops", "the Kremlin"),
// not its workers, parties or people.
bool SentenceCoder::IsStateActor(int mention) const {
  const ActorMention& m = doc_.actors()[mention];
  if (m.country.empty()) return false;
  if (m.kind == ActorKind::kCountry || m.kind == ActorKind::kGovSeat) return true;
  return m.agent == "GOV" || m.agent == "MIL";
}

// Whether mention m is the state itself (its name or seat) that one of
// the sources speaks for: "hosted talks between Israel and Hamas in
// Cairo" is not Egypt's act on its own capital, the parties are named
// further on. Its people and organs may be the target of its own
// government ("opened investigations against Chilean officials").
bool SentenceCoder::OfSourceState(int m, const std::vector<int>& sources) const {
  const ActorMention& a = doc_.actors()[m];
  if (a.kind != ActorKind::kCountry && a.kind != ActorKind::kGovSeat) return false;
  return std::any_of(sources.begin(), sources.end(), [&](int s) { return SameState(s, m); });
}

}  // namespace dyad::events_internal
