// SentenceCoder: codes the events of one parsed sentence for EventCoder
// (event_coder.h); internal to the events library.
//
// The class is large, so its definitions are split by concept, one file
// each (the groups below name them): pattern matching and coding a head,
// roles, places, mood, actors, emitting and reciprocity. Member templates
// and one-line helpers live here.
#ifndef DYAD_EVENTS_SENTENCE_CODER_H_
#define DYAD_EVENTS_SENTENCE_CODER_H_

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/tags.h"
#include "events/event_coder.h"
#include "events/sentence_tree.h"

namespace dyad::events_internal {

// Bounds on the searches below: a pattern's words sit close to its head,
// and roles are inherited through a handful of clauses at most.
inline constexpr int kMaxWordDepth = 3;
inline constexpr int kMaxInherit = 4;

inline bool Contains(std::initializer_list<std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Verbs that report speech: their subject speaks, their clausal complement
// is what was said ("reiterated that Libya must ...", "confirmed it would
// tighten the blockade").
inline bool IsReportingLemma(std::string_view lemma) {
  return Contains({"say", "tell", "state", "declare", "announce", "add", "stress", "insist", "note",
                   "write", "claim", "warn", "reiterate", "repeat", "reaffirm", "affirm", "assert",
                   "emphasize", "emphasise", "underline", "confirm", "conclude", "argue", "explain"},
                  lemma);
}

// "he"/"she": pronouns the coder resolves to the last person named, in this
// sentence or the one before.
inline bool IsPersonalPronounOf(Upos upos, std::string_view lemma) {
  return upos == Upos::PRON && Contains({"he", "she", "his", "her"}, lemma);
}

// The lemma patterns index a head by: hyphenated heads by their last part.
inline std::string_view HeadLemma(std::string_view lemma) {
  if (const size_t dash = lemma.rfind('-'); dash != std::string_view::npos && dash + 1 < lemma.size()) {
    return lemma.substr(dash + 1);
  }
  return lemma;
}

// A past participle ("opposed" in "Israel is opposed to ..."): the form
// an adjective pattern may be written for. Only a lowercase form, as the
// dictionaries write their heads.
inline bool IsParticipleForm(const Document& doc, const Token& t) {
  if (XposName(t.xpos) != "VBN") return false;
  const std::string_view form = doc.Norm(t);
  return std::none_of(form.begin(), form.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// What a pattern match found.
struct Match {
  bool ok = false;
  int target = -1;             // word holding the target actor(s)
  int source = -1;             // word holding the source (SRC), rare
  bool target_is_object = false;
  std::vector<int> consumed;   // words the pattern used (not coded again)
};

class SentenceCoder {
 public:
  SentenceCoder(Document& doc, uint32_t sentence, const PatternSet& patterns,
                const CameoCodes& codes, const PloverMap* plover, const CoderOptions& options)
      : doc_(doc),
        sentence_(sentence),
        tree_(doc, sentence,
              [&patterns](std::string_view lemma) {
                return patterns.ForHead(HeadKind::kVerb, lemma) != nullptr;
              }),
        patterns_(patterns),
        codes_(codes),
        plover_(plover),
        options_(options),
        consumed_(tree_.size(), 0) {}

  // Codes the sentence's events and appends them to the document.
  void Run();

 private:
  // Pattern matching and coding a head (sentence_coder.cc).
  std::string_view PatternLemma(int head, HeadKind kind) const;
  bool IsStativeParticiple(int v) const;
  // A passive's agent phrase: obl:agent, or an obl with "by" as parsers
  // often label it.
  bool IsAgentPhrase(int c) const {
    return tree_.rel(c) == rel_.obl_agent || (tree_.rel(c) == rel_.obl && tree_.case_of(c) == "by");
  }
  int FindWord(int head, std::string_view word, const std::vector<int>& used, int target = -1) const;
  static bool SameLemma(std::string_view lemma, std::string_view word);
  bool InSubjectOf(int t, int head) const;
  bool HangsOnPattern(int n, int head, const std::vector<int>& used, int target) const;
  int FindPrepObject(int head, std::string_view prep, const std::vector<int>& used, int target = -1) const;
  bool HasMark(int clause, std::initializer_list<std::string_view> words) const;
  bool IsPrepositionalGerund(int clause) const;
  int DirectObject(int head) const;
  Match TryPattern(const Pattern& p, int head) const;
  const Pattern* BestPattern(int head, HeadKind kind, Match* best_match) const;
  static bool IsCooperativeAct(const std::string& code);
  const Pattern* ForceVerbOf(int head) const;
  bool CodeHead(int head, HeadKind kind);
  bool IsThreat(const Pattern& p, int head, const Match& match) const;
  bool CodeReportedDemand(int v);
  void ConsumeComplements(int v, bool infinitive);
  void DropBareStatements();

  template <typename F>
  void Visit(int t, int depth, F&& f) const {
    f(t);
    if (depth >= kMaxWordDepth) {
      // A preposition is read with its nominal: "deny involvement in
      // attack on TGT" puts the target three phrases down and its "on"
      // a level below it.
      for (int c : tree_.children(t)) {
        if (tree_.rel(c) == rel_.case_) f(c);
      }
      return;
    }
    for (int c : tree_.children(t)) {
      // Do not wander into other clauses: their words are not this head's.
      const Deprel r = tree_.rel(c);
      // "provided photographs and intelligence to X": a conjoined noun is
      // one more item of the same phrase, at the same depth; a conjoined
      // verb is another clause.
      if (r == rel_.conj && IsNoun(c) && IsNoun(t)) {
        Visit(c, depth, f);
        continue;
      }
      if (r == rel_.ccomp || r == rel_.parataxis || r == rel_.acl_relcl || r == rel_.conj) continue;
      // A clause is another event, except a gerund after a preposition
      // ("accused X of spying"), which completes this one.
      if ((r == rel_.advcl || r == rel_.acl) && !IsPrepositionalGerund(c)) continue;
      Visit(c, depth + 1, f);
    }
  }

  bool IsNoun(int t) const { return tree_.upos(t) == Upos::NOUN || tree_.upos(t) == Upos::PROPN; }

  bool HasInfinitiveMark(int clause) const { return HasMark(clause, {"to"}); }

  // Who acts and who is acted on: subjects, mentions, speakers, pronouns
  // (sentence_coder_roles.cc).
  bool IsPassive(int v) const;
  void ActorsOf(int t, std::vector<int>* out, int depth = 0) const;
  bool IsPersonalPronoun(int t) const;
  bool IsReportedSubjectPronoun(int t) const;
  int ResolvePronoun(int t) const;
  void SubjectsOf(int v, std::vector<int>* out, int hops = 0) const;
  int AgreementObject(int v) const;
  void StanceHolders(int head, std::vector<int>* out) const;
  bool IsLightVerb(int v) const;
  bool OwnedBySubject(int m, int v) const;
  bool NoVerbAbove(int t) const;
  bool IsMisparsedPredicate(int v) const;
  bool IsStrandedSubject(int n, int v) const;
  int VerblessPhraseTop(int t) const;
  bool IsFiniteVerb(int v) const;
  void SpeakerOf(int clause, std::vector<int>* out) const;
  bool IsReportingVerb(int v) const;
  int ComeUnderVerb(int n) const;
  void NounSources(int n, std::vector<int>* out) const;
  int DemonymReadAsComplement(int v) const;
  void AgentsOfPassiveModifier(int n, std::vector<int>* out) const;
  // The actors of a past participle's agent phrases ("held by Hamas").
  void AgentsOfParticiple(int v, std::vector<int>* out) const;
  void ConditionSubjects(int head, std::vector<int>* out) const;

  // Places and the targets prepositional phrases name (sentence_coder_places.cc).
  static bool ActsOnTheGround(const CameoCode& code);
  static bool IsPlacePreposition(std::string_view prep);
  std::optional<EventPlace> PlaceOf(int t, bool* owner = nullptr) const;
  std::optional<EventPlace> EventPlaceOf(int head, bool* predicate, bool* object_clause = nullptr) const;
  void PartyNamedThrough(int phrase, bool force, bool statement, std::vector<int>* out, int depth = 0) const;
  void PrepositionalTarget(int head, const std::vector<int>& sources, std::vector<int>* out,
                           bool mediation = false, bool demand = false, bool ground = true,
                           bool force = false, bool statement = false) const;
  int PhraseParsedAsClause(int c, std::string_view* prep) const;
  void ActorsInPlacePhrases(int n, std::vector<int>* out) const;

  // Negation, modality, reported speech, dates and the codes they turn an act
  // into (sentence_coder_mood.cc).
  bool Negated(int v, const std::vector<int>& consumed) const;
  bool Hypothetical(int v) const;
  std::optional<Date> DateIn(int v) const;
  bool AnnouncedForFuture(int v) const;
  bool ReportedClause(int v) const;
  static std::string IntentCode(const std::string& code);
  static std::string ThreatCode(const std::string& code);
  static const char* RejectionOf(const std::string& code);

  Date EventDateFor(int v) const { return DateIn(v).value_or(doc_.date()); }

  // What a mention is: a state, a crowd, a bare agent (sentence_coder_actors.cc).
  bool IsBareAgent(int mention) const;
  bool SameState(int a, int b) const;
  bool CountryOnlyInferred(int mention) const;
  bool SameCountryAsASource(int m, const std::vector<int>& sources) const;
  // Whether one of `sources` is of `country` (an empty one too).
  bool ASourceOf(const std::string& country, const std::vector<int>& sources) const;
  bool IsCrowd(int mention) const;
  bool IsStateActor(int mention) const;
  bool OfSourceState(int m, const std::vector<int>& sources) const;

  // Turning a match into events (sentence_coder_emit.cc).
  EventActor MakeActor(int mention) const;
  void Emit(const Pattern& p, int head, const Match& match, const std::vector<int>& sources,
            const std::vector<int>& targets);

  // Acts between partners: two sides, "with TGT" (sentence_coder_reciprocity.cc).
  static bool IsCooperativeCode(const std::string& code);
  bool HasTwoSides(const std::vector<int>& sources) const;
  const Pattern* ReciprocalOf(const Pattern& p, HeadKind kind, int head) const;
  const Pattern* WithPartnerOf(const Pattern& p, HeadKind kind, int head, bool cooperative = false) const;

  Document& doc_;
  uint32_t sentence_;
  SentenceTree tree_;
  const PatternSet& patterns_;
  const CameoCodes& codes_;
  const PloverMap* plover_;
  const CoderOptions& options_;  // owned by EventCoder
  RelationIds rel_;
  std::vector<char> consumed_;
  std::vector<Event> found_;
  std::string intent_code_;  // set by CodeHead for the Emit that follows
  bool mutual_ = false;      // the same: each source acts on the others
  const Pattern reported_demand_ = [] {
    Pattern p;
    p.code = "100";
    p.text = "REPORTING-VERB that TGT must ... => 100";
    // Printed with each event it codes (evidence.rule): where to read it.
    p.where = "built-in rule (src/events/sentence_coder.cc, CodeReportedDemand)";
    return p;
  }();
};

}  // namespace dyad::events_internal

#endif  // DYAD_EVENTS_SENTENCE_CODER_H_
