// SentenceCoder's roles: who does an act (subjects, inherited through
// conjoined, controlled and reported clauses; pronouns resolved), which
// actor mentions a nominal stands for, who speaks a reported clause, and
// who does the act a noun names.

#include "events/sentence_coder.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "events/event_date.h"

namespace dyad::events_internal {

namespace {

// A threat's condition may hang several phrases down ("threatened to stop
// talks to reduce weapons if ...").
constexpr int kMaxConditionDepth = 6;

}  // namespace

bool SentenceCoder::IsPassive(int v) const {
  return tree_.child(v, rel_.nsubj_pass) >= 0 || tree_.child(v, rel_.aux_pass) >= 0;
}

// The actor mentions a nominal stands for (its own, its modifiers', and
// those of nominals conjoined with it).
void SentenceCoder::ActorsOf(int t, std::vector<int>* out, int depth) const {
  if (t < 0 || depth > 2) return;
  const size_t before = out->size();
  if (tree_.mention(t) >= 0) {
    out->push_back(tree_.mention(t));
    // "ministers from Kenya and Ethiopia": the actor stage gave each
    // conjoined country the agent; collect them through the modifier.
    const ActorMention& own = doc_.actors()[tree_.mention(t)];
    if (own.kind == ActorKind::kComposite) {
      for (int c : tree_.children(t)) {
        for (int cc : tree_.children(c)) {
          if (tree_.rel(cc) != rel_.conj || tree_.mention(cc) < 0) continue;
          const ActorMention& other = doc_.actors()[tree_.mention(cc)];
          if (other.kind == ActorKind::kComposite && other.agent == own.agent) {
            out->push_back(tree_.mention(cc));
          }
        }
      }
    }
  } else if (IsPersonalPronoun(t)) {
    if (const int m = ResolvePronoun(t); m >= 0) out->push_back(m);
  } else if (IsReportedSubjectPronoun(t)) {
    // "Japan said it would ...", "the rebels announced that they will
    // ...": in news the subject pronoun of a reported clause is, all but
    // always, the speaker itself.
    SubjectsOf(tree_.head(tree_.head(t)), out, kMaxInherit);
  } else {
    // "a statement by the Russian Embassy", "the Japanese side",
    // "Japan's attempts": the modifier names the actor.
    for (int c : tree_.children(t)) {
      const Deprel r = tree_.rel(c);
      // nmod:desc: a title before a name ("President Bush").
      const bool modifier = r == rel_.compound || r == rel_.amod || r == rel_.nmod_poss ||
                            r == rel_.flat || r == rel_.appos || r == rel_.nmod_desc;
      // "a demand from the US President", "an offer from Afghanistan",
      // "imports from China": a phrase naming no actor itself leads to
      // its author or origin.
      const bool by_or_of = r == rel_.nmod && Contains({"by", "of", "from"}, tree_.case_of(c));
      if (!modifier && !by_or_of) continue;
      ActorsOf(c, out, depth + 1);
      if (out->size() > before) break;
    }
    // "Russian aircraft ... killed", parsed with "Russian" as the root
    // and the noun under the verb: an adjective right before a noun, with
    // neither copula nor subject of its own, modifies that noun whatever
    // the parse says.
    if (out->size() == before && depth == 0 && t > 0 && IsNoun(t) && tree_.head(t - 1) < 0 &&
        tree_.upos(t - 1) == Upos::ADJ && tree_.mention(t - 1) >= 0 &&
        tree_.child(t - 1, rel_.cop) < 0 && tree_.child(t - 1, rel_.nsubj) < 0) {
      out->push_back(tree_.mention(t - 1));
    }
  }
  for (int c : tree_.children(t)) {
    if (tree_.rel(c) == rel_.conj) ActorsOf(c, out, depth);
  }
  // One mention may be reached twice (head and modifier paths).
  std::sort(out->begin() + static_cast<long>(before), out->end());
  out->erase(std::unique(out->begin() + static_cast<long>(before), out->end()), out->end());
}

bool SentenceCoder::IsPersonalPronoun(int t) const {
  return IsPersonalPronounOf(tree_.upos(t), tree_.lemma(t));
}

// "it", "they" or "we" as the subject of a clause that complements a
// verb ("X said it ...", "X announced that they ...", "X confirmed it
// would ..."): the one who speaks is the one who acts.
bool SentenceCoder::IsReportedSubjectPronoun(int t) const {
  if (tree_.upos(t) != Upos::PRON || !Contains({"it", "they", "we"}, tree_.lemma(t))) return false;
  if (tree_.rel(t) != rel_.nsubj && tree_.rel(t) != rel_.nsubj_pass) return false;
  const int clause = tree_.head(t);
  return clause >= 0 && tree_.rel(clause) == rel_.ccomp && tree_.head(clause) >= 0 &&
         tree_.upos(tree_.head(clause)) == Upos::VERB;
}

// "he"/"she": the last person mentioned before, in this or the previous
// sentence; nothing when unsure.
int SentenceCoder::ResolvePronoun(int t) const {
  const uint32_t at = tree_.doc_index(t);
  const auto& actors = doc_.actors();
  for (size_t m = actors.size(); m-- > 0;) {
    if (actors[m].head_token >= at) continue;
    if (actors[m].sentence + 1 < sentence_) break;
    if (actors[m].kind == ActorKind::kPerson) return static_cast<int>(m);
  }
  return -1;
}

// Who does verb (or predicate) v: its subject, or the one it inherits.
void SentenceCoder::SubjectsOf(int v, std::vector<int>* out, int hops) const {
  if (v < 0 || hops > kMaxInherit) return;
  if (IsPassive(v)) {
    for (int c : tree_.children(v)) {
      if (IsAgentPhrase(c)) {
        ActorsOf(c, out);
        return;
      }
    }
    // "was sent to Ukraine by the United States" parsed with the agent
    // hung on the phrase before it: a "by" phrase of one of the verb's
    // phrases is the agent when the verb has none of its own.
    for (int c : tree_.children(v)) {
      if (tree_.rel(c) != rel_.obl) continue;
      for (int cc : tree_.children(c)) {
        if (tree_.rel(cc) == rel_.nmod && tree_.case_of(cc) == "by") {
          ActorsOf(cc, out);
          return;
        }
      }
    }
    return;  // a passive without an agent has no known source
  }
  bool has_subject = false;
  for (int s : tree_.children(v)) {
    // Every subject: a compound subject the parser failed to coordinate
    // ("Kishida and Biden agreed" with two nsubj) still gives both.
    if (tree_.rel(s) != rel_.nsubj) continue;
    has_subject = true;
    // "Clerics and lawmakers believe" parsed as the noun "Clerics"
    // conjoined with the clause "lawmakers believe": a verbless noun
    // joined by the verb's own "and" right before its subject is the
    // subject's first conjunct. So is a noun the parse also made a
    // second subject of a reporting verb ("The United States and Jordan
    // have agreed ..., the White House announced").
    if (const int h = tree_.head(v); h >= 0 && tree_.rel(v) == rel_.conj && h < s && s < v &&
                                     IsNoun(h) && (NoVerbAbove(h) || IsStrandedSubject(h, v))) {
      const int cc = tree_.child(v, rel_.cc);
      if (cc > h && cc < s && Contains({"and", "or"}, tree_.lemma(cc))) ActorsOf(h, out);
    }
    // A relative pronoun subject stands for the noun the clause modifies.
    if (tree_.rel(v) == rel_.acl_relcl && Contains({"who", "which", "that"}, tree_.lemma(s))) {
      ActorsOf(tree_.head(v), out);
    } else {
      ActorsOf(s, out);
    }
  }
  if (has_subject) return;
  const int h = tree_.head(v);
  if (h < 0) return;
  const Deprel r = tree_.rel(v);
  if (r == rel_.conj && !IsPassive(v) && IsPassive(h)) {
    // "X was indicted by the court and will resign": X resigns, not the
    // court.
    ActorsOf(tree_.child(h, rel_.nsubj_pass), out);
  } else if (r == rel_.conj && h < v && IsNoun(h) && NoVerbAbove(h) && !IsPassive(v)) {
    // "Saudi Arabia, Egypt and the United Arab Emirates cut ties with
    // Qatar", parsed with the verb as the list's last conjunct and the
    // last name as the verb's compound: a verb with no subject joined to
    // a verbless noun before it is that noun list's predicate.
    ActorsOf(h, out);
    for (int c : tree_.children(v)) {
      if (tree_.rel(c) == rel_.compound && c < v && IsNoun(c)) ActorsOf(c, out);
    }
  } else if (r == rel_.conj || r == rel_.advcl || r == rel_.ccomp) {
    SubjectsOf(h, out, hops + 1);
  } else if (r == rel_.xcomp) {
    // Object control ("urged Japan to withdraw") else subject control.
    if (const int o = DirectObject(h); o >= 0) ActorsOf(o, out);
    else SubjectsOf(h, out, hops + 1);
  } else if (r == rel_.acl_relcl) {
    ActorsOf(h, out);
  } else if (r == rel_.parataxis && h < v && IsNoun(h) && NoVerbAbove(h) && !IsReportingVerb(v) &&
             (IsFiniteVerb(v) || tree_.child(v, rel_.aux) >= 0)) {
    // "Recent US drone attacks, occurring every three days, have killed
    // eight militant leaders": a parse that roots the sentence in its
    // subject noun and hangs the finite verb beside it; with no verb
    // above the noun and no subject of its own, the verb is the noun's
    // predicate (as for the clause modifier below).
    ActorsOf(VerblessPhraseTop(h), out);
  } else if (r == rel_.acl) {
    // "Japan's attempts to threaten Russia": the noun's possessor acts.
    if (const int poss = tree_.child(h, rel_.nmod_poss); poss >= 0) ActorsOf(poss, out);
    else if (tree_.upos(h) == Upos::VERB) SubjectsOf(h, out, hops + 1);
    // "issued a declaration demanding ...": who issues the statement says
    // what it says.
    else if (tree_.rel(h) == rel_.obj && tree_.head(h) >= 0 && IsLightVerb(tree_.head(h))) {
      SubjectsOf(tree_.head(h), out, hops + 1);
    }
    // "Palestinians blamed Israel" parsed as a noun modified by a clause
    // ("blamed" tagged VBN): when no verb governs the noun, the clause is
    // the sentence's only predicate; a finite verb, or a participle with
    // a direct object (a passive reduced relative has none), after its
    // noun is that noun's predicate.
    else if (h < v && NoVerbAbove(h) && IsMisparsedPredicate(v)) {
      ActorsOf(VerblessPhraseTop(h), out);
    }
    // "Egyptian police opened fire ..., security sources said" parsed
    // with the police as a second subject of "said": a reporting verb
    // has one speaker, the subject nearest it; an earlier subject with a
    // predicate of its own hung on it is the reported clause's.
    else if (h < v && IsMisparsedPredicate(v) && IsStrandedSubject(h, v)) {
      ActorsOf(h, out);
    }
  }
}

// The object of verb v that is a noun of agreement with a "to VERB"
// complement ("reached an agreement to ...", "a consensus to ..."), or -1.
int SentenceCoder::AgreementObject(int v) const {
  const int o = tree_.child(v, rel_.obj);
  if (o < 0 || tree_.upos(o) != Upos::NOUN ||
      !Contains({"agreement", "accord", "consensus", "deal", "understanding"}, tree_.lemma(o))) {
    return -1;
  }
  for (int c : tree_.children(o)) {
    if (tree_.rel(c) == rel_.acl && tree_.upos(c) == Upos::VERB && HasInfinitiveMark(c)) return o;
  }
  return -1;
}

// Who holds the state an adjective (or a participle read as one) names:
// its subject, the grammatical subject of a passive participle.
void SentenceCoder::StanceHolders(int head, std::vector<int>* out) const {
  if (tree_.upos(head) == Upos::VERB && IsPassive(head)) {
    ActorsOf(tree_.child(head, rel_.nsubj_pass), out);
    return;
  }
  SubjectsOf(head, out);
}

// Verbs whose object noun names the act the subject performs.
bool SentenceCoder::IsLightVerb(int v) const {
  return tree_.upos(v) == Upos::VERB &&
         Contains({"announce", "declare", "launch", "issue", "order", "conduct", "stage", "mount",
                   "begin", "start", "continue", "resume", "complete", "carry", "step", "speed",
                   "accelerate", "intensify", "make", "undertake", "initiate", "proclaim"},
                  tree_.lemma(v));
}

// Whether mention m is the object of verb v owned by a possessive
// pronoun ("withdrew its troops", "beefed up their forces"): in news the
// owner is, all but always, the verb's own subject. Deeper down the
// owner may be another ("rejected a call for its forces to be deployed
// in East Timor", where the forces go to a place that names a target).
bool SentenceCoder::OwnedBySubject(int m, int v) const {
  for (int n : tree_.children(v)) {
    if (tree_.rel(n) != rel_.obj || tree_.mention(n) != m) continue;
    for (int c : tree_.children(n)) {
      if (tree_.rel(c) == rel_.nmod_poss && tree_.upos(c) == Upos::PRON &&
          Contains({"it", "its", "they", "their", "we", "our"}, tree_.lemma(c))) {
        return true;
      }
    }
  }
  return false;
}

bool SentenceCoder::NoVerbAbove(int t) const {
  for (int h = tree_.head(t), hops = 0; h >= 0 && hops < 16; h = tree_.head(h), ++hops) {
    if (tree_.upos(h) == Upos::VERB || tree_.upos(h) == Upos::AUX) return false;
  }
  return true;
}

// A clause the parse hangs on a noun that reads as a sentence's
// predicate: a finite verb, a participle with a direct object (a passive
// reduced relative has none), or a participle coordinated with such a
// verb ("donated and personally delivered $50,000 worth of goods").
bool SentenceCoder::IsMisparsedPredicate(int v) const {
  if (IsFiniteVerb(v)) return true;
  if (IsPassive(v) || XposName(tree_.token(v).xpos) != "VBN") return false;
  if (tree_.child(v, rel_.obj) >= 0) return true;
  for (int c : tree_.children(v)) {
    if (tree_.rel(c) == rel_.conj && tree_.upos(c) == Upos::VERB && c > v &&
        (IsFiniteVerb(c) || tree_.child(c, rel_.obj) >= 0) && !IsPassive(c)) {
      return true;
    }
  }
  return false;
}

// Whether nominal n is the subject of a reporting verb that has another
// subject after word v (n's own clause): then the later one speaks.
bool SentenceCoder::IsStrandedSubject(int n, int v) const {
  if (tree_.rel(n) != rel_.nsubj) return false;
  const int r = tree_.head(n);
  if (r < 0 || !IsReportingVerb(r) || r < v) return false;
  for (int c : tree_.children(r)) {
    if (c != n && c > v && tree_.rel(c) == rel_.nsubj) return true;
  }
  return false;
}

// The whole noun phrase a verbless sentence's predicate belongs to, from
// the noun the parse hung it on: up through the nominals above (a
// parse that roots the sentence in its subject may hang the verb on a
// word inside the subject phrase, "Doctors from two American aid groups
// donated", or on a time word after it, "Iran's leader today
// rejected"). Called only when no verb is above `t`.
int SentenceCoder::VerblessPhraseTop(int t) const {
  for (int hops = 0; hops < kMaxInherit; ++hops) {
    const int h = tree_.head(t);
    if (h < 0 || !(IsNoun(h) || tree_.upos(h) == Upos::PRON)) break;
    const Deprel r = tree_.rel(t);
    if (r != rel_.nmod && r != rel_.appos && r != rel_.obl_unmarked && r != rel_.obl_tmod &&
        r != rel_.conj) {
      break;
    }
    t = h;
  }
  return t;
}

bool SentenceCoder::IsFiniteVerb(int v) const {
  const std::string_view tag = XposName(tree_.token(v).xpos);
  return tag == "VBD" || tag == "VBZ" || tag == "VBP";
}

// The speaker of a clause: the subject of the reporting verb that
// introduces it ("..., a statement by the embassy said").
void SentenceCoder::SpeakerOf(int clause, std::vector<int>* out) const {
  for (int c : tree_.children(clause)) {
    if (tree_.rel(c) == rel_.parataxis && tree_.upos(c) == Upos::VERB) {
      SubjectsOf(c, out);
      if (!out->empty()) return;
    }
  }
  const int h = tree_.head(clause);
  if (h >= 0 && (tree_.rel(clause) == rel_.ccomp || tree_.rel(clause) == rel_.parataxis ||
                 tree_.rel(clause) == rel_.xcomp)) {
    SubjectsOf(h, out);
    if (!out->empty()) return;
  }
  // A trailing attribution the parse did not attach as such ("...,
  // a statement by the Russian Embassy in Japan made public on Saturday
  // said."): the reporting verb after the clause, and the first actor
  // between the comma before it and the verb.
  const int n = static_cast<int>(tree_.size());
  for (int v = clause + 1; v < n; ++v) {
    if (tree_.upos(v) != Upos::VERB || !IsReportingVerb(v)) continue;
    SubjectsOf(v, out);
    if (!out->empty()) return;
    int start = v;
    while (start > clause + 1 && tree_.norm(start - 1) != ",") --start;
    for (int t = start; t < v; ++t) {
      if (tree_.mention(t) < 0) continue;
      // "Russian" in "the Russian Embassy": take the whole composite.
      int m = tree_.mention(t);
      const int h = tree_.head(t);
      if (h >= 0 && tree_.mention(h) >= 0) {
        const ActorMention& hm = doc_.actors()[tree_.mention(h)];
        const uint32_t at = tree_.doc_index(t);
        if (hm.first_token <= at && at < hm.end_token) m = tree_.mention(h);
      }
      out->push_back(m);
      return;
    }
  }
}

bool SentenceCoder::IsReportingVerb(int v) const {
  return IsReportingLemma(tree_.lemma(v));
}

// Sources of a nominal event: "Russia's invasion", "the Russian
// invasion", "an attack by rebels".
// "Indian troops came under attack from Pakistani forces": the verb
// "come" whose "under" phrase is noun n; its subject suffers the act n
// names and its "from" phrase (on n or on the verb) does it. -1 if n
// is no such phrase.
int SentenceCoder::ComeUnderVerb(int n) const {
  if (tree_.rel(n) != rel_.obl || tree_.case_of(n) != "under") return -1;
  const int v = tree_.head(n);
  return v >= 0 && tree_.upos(v) == Upos::VERB && tree_.lemma(v) == "come" ? v : -1;
}

void SentenceCoder::NounSources(int n, std::vector<int>* out) const {
  if (const int v = ComeUnderVerb(n); v >= 0) {
    // "came under attack from the opposition over the budget": in news
    // the phrase is as often criticism, told by a topic ("over", "for",
    // "about" something other than a time) or by critics for a source
    // (parties, lawmakers, the opposition, the press); then no one fought.
    for (int holder : {n, v}) {
      for (int c : tree_.children(holder)) {
        if ((tree_.rel(c) == rel_.nmod || tree_.rel(c) == rel_.obl) &&
            Contains({"over", "for", "about"}, tree_.case_of(c)) && !IsTimeWord(tree_.lemma(c))) {
          return;
        }
      }
    }
    const size_t before = out->size();
    for (int holder : {n, v}) {
      for (int c : tree_.children(holder)) {
        if ((tree_.rel(c) == rel_.nmod || tree_.rel(c) == rel_.obl) && tree_.case_of(c) == "from") {
          ActorsOf(c, out);
        }
      }
      if (out->size() > before) break;
    }
    const bool critics = std::any_of(out->begin() + static_cast<long>(before), out->end(), [&](int m) {
      return Contains({"OPP", "LEG", "PTY", "MED", "JUD", "CVL", "ACT"}, doc_.actors()[m].agent);
    });
    if (critics) out->resize(before);
    return;  // its subject is the one hit, never the doer
  }
  for (int c : tree_.children(n)) {
    const Deprel r = tree_.rel(c);
    // "X reiterated its demand", "insisted on their demands": the
    // possessive "its"/"their" of a verb's object is that verb's subject
    // (not in other phrases: "sanctions for its support of ...").
    if (r == rel_.nmod_poss && tree_.upos(c) == Upos::PRON &&
        Contains({"it", "its", "they", "their"}, tree_.lemma(c)) && tree_.head(n) >= 0 &&
        (tree_.rel(n) == rel_.obj || (tree_.rel(n) == rel_.obl && tree_.case_of(n) == "on")) &&
        tree_.upos(tree_.head(n)) == Upos::VERB) {
      SubjectsOf(tree_.head(n), out);
      continue;
    }
    if (r == rel_.nmod_poss || r == rel_.amod || r == rel_.compound ||
        (r == rel_.nmod && tree_.case_of(c) == "by")) {
      if (tree_.mention(c) >= 0 || IsPersonalPronoun(c)) ActorsOf(c, out);
    }
  }
}

// "killed Iranian general Qassem Soleimani", parsed with the demonym as
// an adjectival complement of the verb (xcomp) and the name as its
// object: an adjective takes no object, so the two are the verb's
// object. Returns the name, or the demonym when the name is no actor;
// -1 when verb v has no such complement.
int SentenceCoder::DemonymReadAsComplement(int v) const {
  for (int c : tree_.children(v)) {
    if (tree_.rel(c) != rel_.xcomp || tree_.upos(c) != Upos::ADJ || tree_.mention(c) < 0) continue;
    const int o = tree_.child(c, rel_.obj);
    if (o < 0 || o < c) continue;
    std::vector<int> named;
    ActorsOf(o, &named);
    return named.empty() ? c : o;
  }
  return -1;
}

// The "by" agents of a passive participle clause on nominal n or on the
// nominal of its "of" phrase ("the release of the hostages held by
// Hamas", "prisoners detained by Israel").
void SentenceCoder::AgentsOfPassiveModifier(int n, std::vector<int>* out) const {
  for (int depth = 0; n >= 0 && depth < 2; ++depth) {
    int next = -1;
    for (int c : tree_.children(n)) {
      if (tree_.rel(c) == rel_.nmod && tree_.case_of(c) == "of") next = c;
      if (tree_.rel(c) != rel_.acl) continue;
      AgentsOfParticiple(c, out);
      if (!out->empty()) return;
    }
    n = next;
  }
}

void SentenceCoder::AgentsOfParticiple(int v, std::vector<int>* out) const {
  if (tree_.upos(v) != Upos::VERB || XposName(tree_.token(v).xpos) != "VBN") return;
  for (int a : tree_.children(v)) {
    if (IsAgentPhrase(a)) ActorsOf(a, out);
  }
}

// The subjects of an "if" or "unless" clause below `head` (through its
// controlled verbs, objects and their modifiers, where the parse often
// hangs the condition), not of clauses reported or conjoined.
void SentenceCoder::ConditionSubjects(int head, std::vector<int>* out) const {
  std::vector<std::pair<int, int>> todo = {{head, 0}};
  for (size_t i = 0; i < todo.size(); ++i) {
    const auto [n, depth] = todo[i];
    if (n != head && tree_.upos(n) == Upos::VERB && HasMark(n, {"if", "unless"})) {
      for (int c : tree_.children(n)) {
        if (tree_.rel(c) == rel_.nsubj) ActorsOf(c, out);
      }
      if (!out->empty()) return;
      continue;
    }
    if (depth >= kMaxConditionDepth) continue;
    for (int c : tree_.children(n)) {
      const Deprel r = tree_.rel(c);
      if (r == rel_.ccomp || r == rel_.parataxis || r == rel_.conj || r == rel_.acl_relcl) continue;
      todo.emplace_back(c, depth + 1);
    }
  }
}

}  // namespace dyad::events_internal
