#include "events/event_coder.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <optional>
#include <utility>

#include "dyad/tags.h"
#include "events/event_date.h"
#include "events/sentence_tree.h"

namespace dyad {
namespace {

// Bounds on the searches below: a pattern's words sit close to its head,
// and roles are inherited through a handful of clauses at most.
constexpr int kMaxWordDepth = 3;
constexpr int kMaxInherit = 4;
// A threat's condition may hang several phrases down ("threatened to stop
// talks to reduce weapons if ...").
constexpr int kMaxConditionDepth = 6;

bool Contains(std::initializer_list<std::string_view> list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Verbs that report speech: their subject speaks, their clausal complement
// is what was said ("reiterated that Libya must ...", "confirmed it would
// tighten the blockade").
bool IsReportingLemma(std::string_view lemma) {
  return Contains({"say", "tell", "state", "declare", "announce", "add", "stress", "insist", "note",
                   "write", "claim", "warn", "reiterate", "repeat", "reaffirm", "affirm", "assert",
                   "emphasize", "emphasise", "underline", "confirm", "conclude", "argue", "explain"},
                  lemma);
}

// "he"/"she": pronouns the coder resolves to the last person named, in this
// sentence or the one before.
bool IsPersonalPronounOf(Upos upos, std::string_view lemma) {
  return upos == Upos::PRON && Contains({"he", "she", "his", "her"}, lemma);
}

// The lemma patterns index a head by: hyphenated heads by their last part.
std::string_view HeadLemma(std::string_view lemma) {
  if (const size_t dash = lemma.rfind('-'); dash != std::string_view::npos && dash + 1 < lemma.size()) {
    return lemma.substr(dash + 1);
  }
  return lemma;
}

// A past participle ("opposed" in "Israel is opposed to ..."): the form
// an adjective pattern may be written for. Only a lowercase form, as the
// dictionaries write their heads.
bool IsParticipleForm(const Document& doc, const Token& t) {
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

  void Run() {
    const int n = static_cast<int>(tree_.size());
    // Parents before children, so a controlling verb consumes its
    // complement ("agreed to cooperate" is one event, not two).
    std::vector<std::pair<int, int>> order;
    order.reserve(n);
    for (int t = 0; t < n; ++t) order.emplace_back(tree_.depth(t), t);
    std::sort(order.begin(), order.end());
    for (const auto& [depth, t] : order) {
      if (consumed_[t]) continue;
      const Upos u = tree_.upos(t);
      if (u == Upos::VERB && CodeReportedDemand(t)) continue;
      // "China denied that it had sent warships": a denied act did not
      // happen (as far as the report goes) and is not coded.
      if (u == Upos::VERB && tree_.lemma(t) == "deny") ConsumeComplements(t, /*infinitive=*/false);
      // "Israel is opposed to French mediation": the parser's agentless
      // passive of a participle the dictionary lists as a predicative
      // adjective is a stance held, not an act done to the subject.
      if (u == Upos::VERB && IsStativeParticiple(t) && CodeHead(t, HeadKind::kAdjective)) continue;
      if (u == Upos::VERB) CodeHead(t, HeadKind::kVerb);
      else if (u == Upos::NOUN) CodeHead(t, HeadKind::kNoun);
      else if (u == Upos::ADJ) CodeHead(t, HeadKind::kAdjective);
    }
    DropBareStatements();
    // An event needs a political actor as its source: a bare agent with
    // neither country nor organisation ("the news agency said") is not one.
    found_.erase(std::remove_if(found_.begin(), found_.end(),
                                [](const Event& e) {
                                  return e.source && e.source->country.empty() &&
                                         e.source->code.size() <= 3;
                                }),
                 found_.end());
    std::sort(found_.begin(), found_.end(), [](const Event& a, const Event& b) {
      return std::tie(a.verb_token, a.cameo) < std::tie(b.verb_token, b.cameo);
    });
    for (Event& e : found_) doc_.mutable_events().push_back(std::move(e));
  }

 private:
  // --- pattern matching ---------------------------------------------------

  // The lemma patterns of `kind` index `head` by: an adjective read from a
  // participle is written as its form ("opposed", not "oppose").
  std::string_view PatternLemma(int head, HeadKind kind) const {
    if (kind == HeadKind::kAdjective && tree_.upos(head) == Upos::VERB) return tree_.norm(head);
    return HeadLemma(tree_.lemma(head));
  }

  // A passive participle with no agent ("is opposed to", "are prepared
  // to") whose form heads adjective patterns.
  bool IsStativeParticiple(int v) const {
    if (!IsPassive(v) || !IsParticipleForm(doc_, tree_.token(v))) return false;
    for (int c : tree_.children(v)) {
      if (tree_.rel(c) == rel_.obl_agent || (tree_.rel(c) == rel_.obl && tree_.case_of(c) == "by")) {
        return false;
      }
    }
    return patterns_.ForHead(HeadKind::kAdjective, tree_.norm(v)) != nullptr;
  }

  // Words within kMaxWordDepth below `head` whose lemma is `word` (a
  // hyphenated pattern word matches its last part).
  int FindWord(int head, std::string_view word, const std::vector<int>& used) const {
    if (const size_t dash = word.rfind('-'); dash != std::string_view::npos) {
      word = word.substr(dash + 1);
    }
    // The prefix of a hyphenated head the tokenizer kept whole
    // ("de-escalate" for "de escalate").
    const std::string_view head_lemma = tree_.lemma(head);
    if (head_lemma.size() > word.size() && head_lemma.compare(0, word.size(), word) == 0 &&
        head_lemma[word.size()] == '-') {
      return head;
    }
    int found = -1;
    Visit(head, 0, [&](int t) {
      if (found >= 0 || t == head) return;
      if (SameLemma(tree_.lemma(t), word) && std::find(used.begin(), used.end(), t) == used.end()) {
        found = t;
      }
    });
    return found;
  }

  // A pattern word against a lemma; a plural the lemmatizer left whole
  // ("troops" as its own lemma) still matches its singular ("troop").
  static bool SameLemma(std::string_view lemma, std::string_view word) {
    if (lemma == word) return true;
    return lemma.size() == word.size() + 1 && lemma.back() == 's' && lemma.compare(0, word.size(), word) == 0;
  }

  // The nominal introduced by preposition `prep` below `head`. A time
  // phrase ("on Sunday", "in March") says when, not whom: a correct parse
  // hangs "fired missiles toward Japan on Sunday"'s date on the verb, where
  // it must not fill "fire on TGT".
  int FindPrepObject(int head, std::string_view prep, const std::vector<int>& used) const {
    int found = -1;
    Visit(head, 0, [&](int t) {
      if (found >= 0 || t == head) return;
      if (tree_.rel(t) == rel_.case_ && tree_.lemma(t) == prep && tree_.head(t) >= 0 &&
          !IsTimeWord(tree_.lemma(tree_.head(t))) &&
          std::find(used.begin(), used.end(), t) == used.end()) {
        found = tree_.head(t);
      }
    });
    // Particles written as prepositions: "call on X" parses "on" as a
    // case marker of X, but "X was called on" keeps it as compound:prt.
    return found;
  }

  template <typename F>
  void Visit(int t, int depth, F&& f) const {
    f(t);
    if (depth >= kMaxWordDepth) return;
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

  // Whether `clause` is introduced by one of `words` ("to", "if", "of").
  bool HasMark(int clause, std::initializer_list<std::string_view> words) const {
    for (int c : tree_.children(clause)) {
      if (tree_.rel(c) == rel_.mark && Contains(words, tree_.lemma(c))) return true;
    }
    return false;
  }

  bool IsPrepositionalGerund(int clause) const {
    return HasMark(clause, {"of", "for", "about", "from", "with", "against", "by", "on", "in"});
  }

  int DirectObject(int head) const {
    int o = tree_.child(head, rel_.obj);
    if (o < 0) o = tree_.child(head, rel_.iobj);
    return o;
  }

  Match TryPattern(const Pattern& p, int head) const {
    Match m;
    m.consumed.push_back(head);
    int current = head;
    for (const PatternElement& e : p.elements) {
      switch (e.kind) {
        case PatternElement::kAny:
          break;
        case PatternElement::kWord: {
          const int w = FindWord(current, e.word, m.consumed);
          if (w < 0) return Match{};
          m.consumed.push_back(w);
          break;
        }
        case PatternElement::kTarget: {
          // "give Tanzania a grant": an indirect object naming an actor is
          // the recipient ("rejected Thursday an appeal" misparsed keeps
          // the object).
          int o = tree_.child(current, rel_.iobj);
          if (o >= 0) {
            std::vector<int> named;
            ActorsOf(o, &named);
            if (named.empty()) o = -1;
          }
          if (o < 0) o = DirectObject(current);
          if (o < 0 && IsPassive(current)) o = tree_.child(current, rel_.nsubj_pass);
          if (o < 0) return Match{};
          m.target = o;
          m.target_is_object = true;
          break;
        }
        case PatternElement::kPrepTarget: {
          const int o = FindPrepObject(current, e.word, m.consumed);
          if (o < 0) return Match{};
          m.target = o;
          break;
        }
        case PatternElement::kSource: {
          const int o = DirectObject(current);
          if (o < 0) return Match{};
          m.source = o;
          break;
        }
        case PatternElement::kChain: {
          // "to VERB": a controlled clause; or, failing that, the literal
          // words ("speak to reporter").
          int next = -1;
          for (int c : tree_.children(current)) {
            const Deprel r = tree_.rel(c);
            if ((r == rel_.xcomp || r == rel_.ccomp || r == rel_.advcl || r == rel_.acl) &&
                tree_.lemma(c) == e.word) {
              next = c;
            }
          }
          if (next >= 0) {
            m.consumed.push_back(next);
            current = next;
            break;
          }
          // The literal reading: "to" introducing the named noun.
          const int w = FindPrepObject(current, "to", m.consumed);
          if (w < 0 || tree_.lemma(w) != e.word) return Match{};
          m.consumed.push_back(w);
          break;
        }
      }
    }
    m.ok = true;
    return m;
  }

  // --- roles --------------------------------------------------------------

  bool IsPassive(int v) const {
    return tree_.child(v, rel_.nsubj_pass) >= 0 || tree_.child(v, rel_.aux_pass) >= 0;
  }

  // The actor mentions a nominal stands for (its own, its modifiers', and
  // those of nominals conjoined with it).
  void ActorsOf(int t, std::vector<int>* out, int depth = 0) const {
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

  bool IsPersonalPronoun(int t) const {
    return IsPersonalPronounOf(tree_.upos(t), tree_.lemma(t));
  }

  // "it", "they" or "we" as the subject of a clause that complements a
  // verb ("X said it ...", "X announced that they ...", "X confirmed it
  // would ..."): the one who speaks is the one who acts.
  bool IsReportedSubjectPronoun(int t) const {
    if (tree_.upos(t) != Upos::PRON || !Contains({"it", "they", "we"}, tree_.lemma(t))) return false;
    if (tree_.rel(t) != rel_.nsubj && tree_.rel(t) != rel_.nsubj_pass) return false;
    const int clause = tree_.head(t);
    return clause >= 0 && tree_.rel(clause) == rel_.ccomp && tree_.head(clause) >= 0 &&
           tree_.upos(tree_.head(clause)) == Upos::VERB;
  }

  // "he"/"she": the last person mentioned before, in this or the previous
  // sentence; nothing when unsure.
  int ResolvePronoun(int t) const {
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
  void SubjectsOf(int v, std::vector<int>* out, int hops = 0) const {
    if (v < 0 || hops > kMaxInherit) return;
    if (IsPassive(v)) {
      for (int c : tree_.children(v)) {
        if (tree_.rel(c) == rel_.obl_agent || (tree_.rel(c) == rel_.obl && tree_.case_of(c) == "by")) {
          ActorsOf(c, out);
          return;
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
  int AgreementObject(int v) const {
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

  bool HasInfinitiveMark(int clause) const { return HasMark(clause, {"to"}); }

  // Who holds the state an adjective (or a participle read as one) names:
  // its subject, the grammatical subject of a passive participle.
  void StanceHolders(int head, std::vector<int>* out) const {
    if (tree_.upos(head) == Upos::VERB && IsPassive(head)) {
      ActorsOf(tree_.child(head, rel_.nsubj_pass), out);
      return;
    }
    SubjectsOf(head, out);
  }

  // Verbs whose object noun names the act the subject performs.
  bool IsLightVerb(int v) const {
    return tree_.upos(v) == Upos::VERB &&
           Contains({"announce", "declare", "launch", "issue", "order", "conduct", "stage", "mount",
                     "begin", "start", "continue", "resume", "complete", "carry", "step", "speed",
                     "accelerate", "intensify", "make", "undertake", "initiate", "proclaim"},
                    tree_.lemma(v));
  }

  bool IsBareAgent(int mention) const {
    const ActorMention& m = doc_.actors()[mention];
    return m.country.empty() && (m.kind == ActorKind::kAgent || m.code.size() <= 3);
  }

  // Whether mention m is the object of verb v owned by a possessive
  // pronoun ("withdrew its troops", "beefed up their forces"): in news the
  // owner is, all but always, the verb's own subject. Deeper down the
  // owner may be another ("rejected a call for its forces to be deployed
  // in East Timor", where the forces go to a place that names a target).
  bool OwnedBySubject(int m, int v) const {
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

  // Marks the clauses that complement verb v as coded: its clausal
  // complements ("that Russia withdraw"), their conjuncts, and with
  // `infinitive` an infinitive the parse hangs on v as an adverbial clause
  // ("urged Israel to allow", a complement parsed as a purpose).
  void ConsumeComplements(int v, bool infinitive) {
    for (int c : tree_.children(v)) {
      const Deprel r = tree_.rel(c);
      const bool complement = r == rel_.ccomp || r == rel_.xcomp ||
                              (infinitive && r == rel_.advcl && HasInfinitiveMark(c));
      if (!complement) continue;
      // The clause's own complements and conjuncts are asked for too
      // ("demanded that its partners refuse to recognize X").
      std::vector<int> todo = {c};
      for (size_t i = 0; i < todo.size() && i < 16; ++i) {
        consumed_[todo[i]] = 1;
        for (int cc : tree_.children(todo[i])) {
          const Deprel rc = tree_.rel(cc);
          if ((rc == rel_.conj && tree_.upos(cc) == Upos::VERB) || rc == rel_.xcomp || rc == rel_.ccomp) {
            todo.push_back(cc);
          }
        }
      }
    }
  }

  bool NoVerbAbove(int t) const {
    for (int h = tree_.head(t), hops = 0; h >= 0 && hops < 16; h = tree_.head(h), ++hops) {
      if (tree_.upos(h) == Upos::VERB || tree_.upos(h) == Upos::AUX) return false;
    }
    return true;
  }

  // A clause the parse hangs on a noun that reads as a sentence's
  // predicate: a finite verb, a participle with a direct object (a passive
  // reduced relative has none), or a participle coordinated with such a
  // verb ("donated and personally delivered $50,000 worth of goods").
  bool IsMisparsedPredicate(int v) const {
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
  bool IsStrandedSubject(int n, int v) const {
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
  int VerblessPhraseTop(int t) const {
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

  bool IsFiniteVerb(int v) const {
    const std::string_view tag = XposName(tree_.token(v).xpos);
    return tag == "VBD" || tag == "VBZ" || tag == "VBP";
  }

  // The speaker of a clause: the subject of the reporting verb that
  // introduces it ("..., a statement by the embassy said").
  void SpeakerOf(int clause, std::vector<int>* out) const {
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

  bool IsReportingVerb(int v) const {
    return IsReportingLemma(tree_.lemma(v));
  }

  // Sources of a nominal event: "Russia's invasion", "the Russian
  // invasion", "an attack by rebels".
  // "Indian troops came under attack from Pakistani forces": the verb
  // "come" whose "under" phrase is noun n; its subject suffers the act n
  // names and its "from" phrase (on n or on the verb) does it. -1 if n
  // is no such phrase.
  int ComeUnderVerb(int n) const {
    if (tree_.rel(n) != rel_.obl || tree_.case_of(n) != "under") return -1;
    const int v = tree_.head(n);
    return v >= 0 && tree_.upos(v) == Upos::VERB && tree_.lemma(v) == "come" ? v : -1;
  }

  void NounSources(int n, std::vector<int>* out) const {
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

  // --- flags and dates ----------------------------------------------------

  // "did not threaten"; a "not" the pattern itself names ("plead not
  // guilty") is not a negation.
  bool Negated(int v, const std::vector<int>& consumed) const {
    for (int c : tree_.children(v)) {
      if (std::find(consumed.begin(), consumed.end(), c) != consumed.end()) continue;
      if ((tree_.rel(c) == rel_.advmod || tree_.rel(c) == rel_.det) &&
          Contains({"not", "never", "n't", "no"}, tree_.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  bool Hypothetical(int v) const {
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

  Date EventDateFor(int v) const { return DateIn(v).value_or(doc_.date()); }

  // The date a phrase of v names ("on Friday"), if any.
  std::optional<Date> DateIn(int v) const {
    std::optional<Date> date;
    Visit(v, 0, [&](int t) {
      if (const auto d = ResolveRelativeDate(tree_.lemma(t), doc_.date())) date = *d;
    });
    return date;
  }

  // --- emitting -----------------------------------------------------------

  EventActor MakeActor(int mention) const {
    const ActorMention& m = doc_.actors()[mention];
    return EventActor{m.code, m.country, m.first_token, m.end_token};
  }

  void Emit(const Pattern& p, int head, const Match& match, const std::vector<int>& sources,
            const std::vector<int>& targets) {
    const CameoCode* code = codes_.Find(intent_code_.empty() ? p.code : intent_code_);
    intent_code_.clear();
    const bool mutual = std::exchange(mutual_, false);
    if (!code) return;
    if (tree_.upos(head) == Upos::VERB && AnnouncedForFuture(head)) {
      if (const CameoCode* intent = codes_.Find(IntentCode(p.code))) code = intent;
      // A coercive act announced for the future is a threat of it ("said
      // it would impose sanctions", "will withdraw its force unless ...").
      // A negated one ("will not attack") is not a threat: it stays the
      // act, flagged negated.
      if (!Negated(head, match.consumed)) {
        if (const CameoCode* threat = codes_.Find(ThreatCode(code->code))) code = threat;
      }
    }
    std::string verb_text;
    std::vector<int> words = match.consumed;
    std::sort(words.begin(), words.end());
    for (int w : words) {
      if (!verb_text.empty()) verb_text += ' ';
      verb_text += tree_.norm(w);
    }
    Event base;
    base.sentence = sentence_;
    base.date = EventDateFor(head);
    // A chained act ("agreed on Friday to continue cooperation") is dated
    // by any verb of its chain.
    if (!DateIn(head)) {
      for (int w : match.consumed) {
        if (w == head || tree_.upos(w) != Upos::VERB) continue;
        if (const auto d = DateIn(w)) {
          base.date = *d;
          break;
        }
      }
    }
    base.cameo = code->code;
    if (plover_) base.plover = std::string(plover_->TypeOf(code->code));
    base.quad = static_cast<uint8_t>(code->quad);
    base.goldstein = code->goldstein;
    base.negated = false;
    for (int w : match.consumed) {
      // Words of the pattern that are verbs: "agreed not to attack".
      if (w == head || tree_.upos(w) == Upos::VERB) {
        base.negated = base.negated || Negated(w, match.consumed);
      }
    }
    base.hypothetical = Hypothetical(head);
    if (base.negated) {
      if (const char* reject = RejectionOf(code->code); reject && codes_.Find(reject)) {
        code = codes_.Find(reject);
        base.cameo = code->code;
        base.quad = static_cast<uint8_t>(code->quad);
        base.goldstein = code->goldstein;
        if (plover_) base.plover = std::string(plover_->TypeOf(code->code));
        base.negated = false;  // the rejection is what happened
      }
    }
    base.verb_token = tree_.doc_index(head);
    base.rule = p.text + " (" + p.where + ")";
    base.verb_text = verb_text;
    // Where it happened, and whether a place of the predicate (not of the
    // subject: "demonstrators in Baghdad blocked a road to the US embassy")
    // may say whose territory an act on the ground hit.
    bool predicate_place = false, object_clause = false;
    base.place = EventPlaceOf(head, &predicate_place, &object_clause);
    bool place_targets = predicate_place && ActsOnTheGround(*code);
    // A place found in a clause on the object is where the object is, not
    // (as a place of the verb may be) where the act is done: it names the
    // one hit only by force (15, 18-20), and only another country than the
    // source's own (the source's own people there are no state).
    const bool force = Contains({"15", "18", "19", "20"}, std::string_view(code->code).substr(0, 2));
    if (object_clause && place_targets) {
      const bool own = std::any_of(sources.begin(), sources.end(), [&](int s) {
        return doc_.actors()[s].country == base.place->country;
      });
      place_targets = force && !own;
    }
    auto add = [&](int s, const std::optional<EventActor>& target, bool from_place) {
      Event e = base;
      if (s >= 0) e.source = MakeActor(s);
      e.target = target;
      // No self-events, except a country acting on its own territory
      // ("Sudan lifted the curfew in Darfur": SDN -> SDN).
      if (e.source && e.target && e.source->code == e.target->code && !from_place) return;
      for (const Event& old : found_) {
        if (old.verb_token == e.verb_token && old.cameo == e.cameo &&
            old.source.has_value() == e.source.has_value() &&
            (!old.source || old.source->code == e.source->code) &&
            old.target.has_value() == e.target.has_value() &&
            (!old.target || old.target->code == e.target->code)) {
          return;
        }
      }
      found_.push_back(std::move(e));
    };
    const auto actor = [&](int mention) { return std::optional<EventActor>(MakeActor(mention)); };
    if (!targets.empty()) {
      // "police arrested protesters in Kirkuk": agents the sentence gives
      // no country are of the place where the act hit them.
      const bool all_bare = std::all_of(targets.begin(), targets.end(),
                                        [&](int t) { return IsBareAgent(t); });
      for (int s : sources) {
        for (int t : targets) {
          std::optional<EventActor> target = actor(t);
          if (all_bare && place_targets && doc_.actors()[t].code.size() == 3) {
            target->code = base.place->country + target->code;
            target->country = base.place->country;
          }
          add(s, target, false);
        }
      }
      return;
    }
    // Cooperation within a compound subject: each towards the others. So
    // is a fight whose verb is symmetric ("India and China clashed on the
    // border", "rebels and troops fought"): with no one else named, each
    // side fights the other. Not one-sided verbs ("India and China
    // attacked" is a joint attack on someone unnamed).
    const bool reciprocal_fight = code->code.compare(0, 2, "19") == 0 && tree_.upos(head) == Upos::VERB &&
                                  tree_.child(head, rel_.obj) < 0 &&
                                  Contains({"clash", "fight", "battle", "skirmish"}, tree_.lemma(head));
    const bool cooperative = code->code.compare(0, 2, "03") == 0 || code->code.compare(0, 2, "04") == 0 ||
                             code->code.compare(0, 2, "05") == 0 || code->code.compare(0, 2, "06") == 0 ||
                             reciprocal_fight || mutual;
    // Two names of one state ("Qatar's emir, Sheikh Hamad, launched ...",
    // an apposition parsed as a second subject) are one side, not two.
    if (cooperative && sources.size() >= 2) {
      // "Kyrgyz and Tajik border guards", read as KGZCOP, TJKCOP and the
      // bare TJK: one side each, named by its most specific mention.
      const auto shadowed = [&](int m) {
        return std::any_of(sources.begin(), sources.end(), [&](int o) {
          return o != m && SameState(o, m) && doc_.actors()[o].code.size() > doc_.actors()[m].code.size();
        });
      };
      bool paired = false;
      for (int s : sources) {
        for (int t : sources) {
          if (s == t || SameState(s, t) || shadowed(s) || shadowed(t)) continue;
          // A fighter with no country ("Israeli police and soldiers") is
          // most likely on the side of the one named with it.
          if ((reciprocal_fight || mutual) &&
              (doc_.actors()[s].country.empty() || doc_.actors()[t].country.empty())) {
            continue;
          }
          add(s, actor(t), false);
          paired = true;
        }
      }
      if (paired) return;
    }
    // "lifted a state of emergency in West Darfur", "shelled Juba",
    // "imposed a curfew in Cizre": an act on the ground with no other
    // target hits the country of its place; a government acting in its
    // own country is a domestic event (SDN -> SDN).
    if (place_targets) {
      const EventActor where{base.place->country, base.place->country, base.place->first_token,
                             base.place->end_token};
      for (int s : sources) add(s, where, true);
      return;
    }
    // "students throughout Indonesia staged demonstrations", "a member of
    // the Syrian parliament started a hunger strike": a protest that names
    // no one it is aimed at challenges the order of the protesters' own
    // country (domestic: IDN -> IDN). Not a state's own organs (a
    // government, army or police protests against others).
    if (code->code.compare(0, 2, "14") == 0) {
      bool any = false;
      for (int s : sources) {
        const ActorMention& m = doc_.actors()[s];
        // The protesters named in this sentence: one named before ("he")
        // is not a name the pipeline counted here (MayReferBack).
        if (m.country.empty() || m.sentence != sentence_ || m.kind == ActorKind::kGovSeat ||
            Contains({"GOV", "MIL", "COP", "JUD", "SPY"}, m.agent)) {
          continue;
        }
        add(s, EventActor{m.country, m.country, m.first_token, m.end_token}, true);
        any = true;
      }
      if (any) return;
    }
    if (options_.allow_missing_target) {
      for (int s : sources) add(s, std::nullopt, false);
    }
  }

  // Whether two mentions both speak for one state: its name, seat, people
  // or organs (government, army, police, courts, spies). A state and its
  // rebels or opposition are two sides.
  bool SameState(int a, int b) const {
    const ActorMention& x = doc_.actors()[a];
    const ActorMention& y = doc_.actors()[b];
    const auto organ = [](const ActorMention& m) {
      return m.kind == ActorKind::kGovSeat || m.agent.empty() ||
             Contains({"GOV", "MIL", "COP", "JUD", "SPY"}, m.agent);
    };
    return !x.country.empty() && x.country == y.country && organ(x) && organ(y);
  }

  // Acts whose place can say whom they hit: material cooperation and
  // conflict (quads 2 and 4), threats of such acts (13), and the intents to
  // act on the ground (031 material cooperation, 033 aid, 035 yielding).
  // Words alone (statements, meetings, accusations) are not aimed at the
  // place where they are spoken: "said in Cairo" has no target.
  static bool ActsOnTheGround(const CameoCode& code) {
    if (code.quad == 2 || code.quad == 4) return true;
    for (const char* prefix : {"13", "031", "033", "035"}) {
      if (code.code.rfind(prefix, 0) == 0) return true;
    }
    return false;
  }

  // Prepositions that put an act somewhere: "in Kirkuk", "at a jail in
  // Dili", "into Abidjan", "out of Gorazde", "fire at targets in Jericho".
  static bool IsPlacePreposition(std::string_view prep) {
    return Contains({"in", "at", "near", "inside", "outside", "across", "throughout", "around",
                     "within", "into", "to", "toward", "towards", "from", "against", "on", "onto",
                     "over", "of"},
                    prep);
  }

  // The place nominal t names: a gazetteer place, a capital or seat, or a
  // country, its own or in its phrase ("the town of Cizre", "the
  // southern regional capital Juba", "a jail in East Timor's capital
  // Dili", "targets in Jericho"). Gazetteer places and seats, the most
  // precise, are preferred over countries ("Cizre in southeastern
  // Turkey").
  //
  // *owner (if given) is set when the place is a country that owns the
  // nominal ("Russia's participation in the treaty"): the one whose thing
  // it is, reached as an actor already, not a place the act happens in.
  std::optional<EventPlace> PlaceOf(int t, bool* owner = nullptr) const {
    if (t < 0) return std::nullopt;
    std::optional<EventPlace> country;
    bool country_owns = false;
    std::vector<std::pair<int, int>> todo = {{t, 0}};
    for (size_t i = 0; i < todo.size(); ++i) {
      const auto [n, depth] = todo[i];
      if (const int p = tree_.place(n); p >= 0) {
        const PlaceMention& m = doc_.places()[p];
        return EventPlace{m.name, m.country, m.first_token, m.end_token};
      }
      if (const int a = tree_.mention(n); a >= 0) {
        const ActorMention& m = doc_.actors()[a];
        if (m.kind == ActorKind::kGovSeat) {
          return EventPlace{m.entry, m.country, m.first_token, m.end_token};
        }
        if (m.kind == ActorKind::kCountry && !country) {
          country = EventPlace{m.entry, m.country, m.first_token, m.end_token};
          country_owns = n != t && tree_.rel(n) == rel_.nmod_poss && tree_.head(n) == t;
        }
        continue;  // an actor's phrase ("the army of Sudan") is not a place
      }
      if (depth >= 2) continue;
      for (int c : tree_.children(n)) {
        const Deprel r = tree_.rel(c);
        const bool part = r == rel_.compound || r == rel_.flat || r == rel_.appos ||
                          r == rel_.amod || r == rel_.nmod_poss;
        const bool phrase = r == rel_.nmod && Contains({"of", "in", "near", "at"}, tree_.case_of(c));
        if (part || phrase) todo.emplace_back(c, depth + 1);
      }
    }
    if (owner) *owner = country.has_value() && country_owns;
    return country;
  }

  // Where the event of `head` happened: the first place in a prepositional
  // phrase of the head, of its object or of the verb it controls (the
  // phrases PrepositionalTarget reads), or the object itself ("shelled
  // Juba"); failing those, a place in the subject's phrase ("demonstrators
  // in Baghdad"), for which *predicate is false, as for a place the act
  // leaves ("from").
  // *object_clause (if given) is set when the place is found in a clause
  // on the object.
  std::optional<EventPlace> EventPlaceOf(int head, bool* predicate, bool* object_clause = nullptr) const {
    *predicate = false;
    if (object_clause) *object_clause = false;
    std::vector<int> nodes = {head};
    for (size_t i = 0; i < nodes.size() && nodes.size() < 8; ++i) {
      for (int c : tree_.children(nodes[i])) {
        if (tree_.rel(c) == rel_.obj || (tree_.rel(c) == rel_.xcomp && tree_.upos(c) == Upos::VERB)) {
          nodes.push_back(c);
        }
      }
    }
    // "Kharkiv was shelled by Russian forces": a passive's subject is what
    // the act falls on, as the object of the active verb is.
    if (IsPassive(head)) {
      if (const int patient = tree_.child(head, rel_.nsubj_pass); patient >= 0 && tree_.mention(patient) < 0) {
        if (auto p = PlaceOf(patient)) {
          *predicate = true;
          return p;
        }
      }
    }
    for (int n : nodes) {
      if (n != head && tree_.rel(n) == rel_.obj && tree_.mention(n) < 0) {
        bool owner = false;
        if (auto p = PlaceOf(n, &owner)) {
          // Only the object's own words: "demolished homes in Gaza" finds
          // Gaza below through its phrase anyway. An owner ("suspended
          // Russia's participation") was read as an actor, and is here
          // only as the source's own: the act is on its thing, not in it.
          *predicate = !owner;
          return p;
        }
      }
      for (int c : tree_.children(n)) {
        const Deprel r = tree_.rel(c);
        if (r != rel_.obl && r != rel_.nmod && r != rel_.advmod) continue;
        const std::string_view prep = tree_.case_of(c);
        if (!IsPlacePreposition(prep)) continue;
        if (auto p = PlaceOf(c)) {
          // "expelled the inspectors from Yongbyon": what an act leaves
          // is not what it hits. A country or capital in a phrase was
          // already read as an actor (PrepositionalTarget) and is here only
          // because it is the source's own: it is a domestic target only
          // where the act happens inside it ("a curfew in Sudan"), not
          // where it is aimed ("deny entry to the United States").
          const bool gazetteer = tree_.place(static_cast<int>(p->first_token - tree_.doc_index(0))) >= 0;
          *predicate = prep != "from" &&
                       (gazetteer ||
                        !Contains({"to", "into", "toward", "towards", "against", "onto"}, prep));
          return p;
        }
      }
    }
    // "bombed a theatre sheltering civilians in Mariupol": a participle
    // clause on an object that names no actor says where the object is.
    for (int n : nodes) {
      if (n == head || tree_.rel(n) != rel_.obj || tree_.mention(n) >= 0) continue;
      for (int clause : tree_.children(n)) {
        if (tree_.rel(clause) != rel_.acl || tree_.upos(clause) != Upos::VERB) continue;
        const std::string_view tag = XposName(tree_.token(clause).xpos);
        if (tag != "VBG" && tag != "VBN") continue;
        for (int c : tree_.children(clause)) {
          if (tree_.rel(c) != rel_.obl || !Contains({"in", "near", "at", "inside", "outside"}, tree_.case_of(c))) {
            continue;
          }
          if (auto p = PlaceOf(c)) {
            *predicate = true;
            if (object_clause) *object_clause = true;
            return p;
          }
        }
      }
    }
    for (int c : tree_.children(head)) {
      if (tree_.rel(c) != rel_.nsubj && tree_.rel(c) != rel_.nsubj_pass) continue;
      for (int cc : tree_.children(c)) {
        if (tree_.rel(cc) == rel_.nmod && Contains({"in", "at", "near"}, tree_.case_of(cc))) {
          if (auto p = PlaceOf(cc)) return p;
        }
      }
    }
    return std::nullopt;
  }

  // A phrase that names no actor may still say who the act is aimed at.
  // Force faces the state an alert is "against" ("on high alert against
  // India") and the country across a border ("along the border with
  // China", "to its frontier with Ukraine"). A statement about ties with a
  // state is about that state ("optimistic about relations with India",
  // "pessimism about the prospects for talks with North Korea": one topic
  // noun may stand between). Only these: "in the region with the most
  // troops" names no one faced, "a report about talks between A and B"
  // no one the speaker addresses.
  void PartyNamedThrough(int phrase, bool force, bool statement, std::vector<int>* out, int depth = 0) const {
    const std::string_view lemma = tree_.lemma(phrase);
    const bool border = force && Contains({"border", "frontier", "boundary"}, lemma);
    const bool ties = statement && Contains({"relation", "relations", "tie", "ties", "talk", "talks", "negotiation",
                                             "dialogue", "cooperation", "contact", "contacts"},
                                            lemma);
    for (int c : tree_.children(phrase)) {
      if (tree_.rel(c) != rel_.nmod) continue;
      const std::string_view prep = tree_.case_of(c);
      if ((force && prep == "against") || ((border || ties) && prep == "with")) ActorsOf(c, out);
      if (!out->empty()) return;
    }
    if (!statement || ties || depth > 0) return;
    for (int c : tree_.children(phrase)) {
      if (tree_.rel(c) != rel_.nmod || tree_.mention(c) >= 0 || !Contains({"for", "of", "on"}, tree_.case_of(c))) {
        continue;
      }
      PartyNamedThrough(c, force, statement, out, depth + 1);
      if (!out->empty()) return;
    }
  }

  // With no target named by the pattern or the object: the first actor in
  // a prepositional phrase of the verb or of its object ("gave aid to
  // Liberia", "lifted a curfew in Montenegro"), not the source's own.
  void PrepositionalTarget(int head, const std::vector<int>& sources, std::vector<int>* out,
                           bool mediation = false, bool demand = false, bool ground = true,
                           bool force = false, bool statement = false) const {
    // The verb, its object, and the verb it controls ("offered to hand
    // over to Great Britain", "promised to continue aid to Mozambique").
    std::vector<int> places = {head};
    for (size_t i = 0; i < places.size() && places.size() < 8; ++i) {
      for (int c : tree_.children(places[i])) {
        if (tree_.rel(c) == rel_.obj || (tree_.rel(c) == rel_.xcomp && tree_.upos(c) == Upos::VERB)) {
          places.push_back(c);
        }
        // "donated and personally delivered goods to Baghdad": a verb with
        // neither object nor phrase of its own shares those of the verb
        // conjoined after it (with no subject of its own).
        if (places[i] == head && tree_.rel(c) == rel_.conj && tree_.upos(c) == Upos::VERB &&
            tree_.child(c, rel_.nsubj) < 0 && DirectObject(head) < 0 && tree_.child(head, rel_.obl) < 0) {
          places.push_back(c);
        }
        // "suspended part of an aid program for Bosnia", "halted the
        // delivery of aid to Serbia": the object's "of" phrase names what
        // the act is about, and its phrases are the act's.
        if (tree_.rel(places[i]) == rel_.obj && places[i] != head && tree_.rel(c) == rel_.nmod &&
            tree_.case_of(c) == "of" && tree_.mention(c) < 0) {
          places.push_back(c);
        }
        // "hand over to Great Britain", "pull back from the border": a
        // phrase the parse hangs on the verb's particle is the verb's.
        if ((tree_.rel(c) == rel_.compound_prt || tree_.rel(c) == rel_.advmod) &&
            Contains({"over", "out", "back", "away", "off", "down", "up"}, tree_.lemma(c))) {
          places.push_back(c);
        }
        // "launched a mediation effort on Saturday between X and Y": a
        // day names no party and takes no phrase of its own, so a phrase
        // the parse hangs on it is the verb's.
        if ((tree_.rel(c) == rel_.obl || tree_.rel(c) == rel_.obl_tmod || tree_.rel(c) == rel_.nmod) &&
            IsRelativeDateWord(tree_.lemma(c))) {
          places.push_back(c);
        }
      }
    }
    std::vector<int> bare_only;  // agents with no country, if nothing better
    for (int place : places) {
      if (place != head && tree_.rel(place) == rel_.xcomp) {
        // The controlled verb's own object may be the target ("willing to
        // defend Saudi Arabia").
        std::vector<int> found;
        ActorsOf(tree_.child(place, rel_.obj), &found);
        // "refused to allow United Nations planes to land", parsed with
        // the owner as an indirect object: an indirect object naming an
        // actor is the one the act is for, as in TryPattern.
        if (found.empty()) ActorsOf(tree_.child(place, rel_.iobj), &found);
        // An agent with no country there ("refused to deploy peacekeepers
        // in Iraq") is kept only if nothing better is named.
        for (int m : found) {
          if (std::find(sources.begin(), sources.end(), m) != sources.end()) continue;
          (IsBareAgent(m) ? bare_only : *out).push_back(m);
        }
        if (!out->empty()) return;
      }
      for (int phrase : tree_.children(place)) {
        const Deprel r = tree_.rel(phrase);
        std::string_view prep;
        int c = phrase;
        if (r == rel_.obl || r == rel_.nmod) {
          prep = tree_.case_of(c);
        } else if (c = PhraseParsedAsClause(phrase, &prep); c < 0) {
          continue;
        }
        // "mediation between X and Y": both sides are the targets of a
        // go-between; elsewhere ("fighting between X and Y") they are the
        // parties themselves.
        if (Contains({"between", "among"}, prep) && !mediation) continue;
        // "voiced pessimism about North Korea": what a statement is about
        // is whom it is aimed at; other acts about something are not.
        if (prep == "about" && !statement) continue;
        // Talks, offers and agreements "on" or "over" something: the topic,
        // not a party ("negotiations on an Israeli troop pullback").
        if (Contains({"on", "over", "upon"}, prep) && mediation) continue;
        // A demand "for" someone is made on their behalf, not of them
        // ("demanding compensation for families", "called for the release
        // of prisoners"): the one asked is named elsewhere, if at all.
        if (prep == "for" && demand) continue;
        // "signed a pact in London", "reached a deal in Vienna", "said in
        // Cairo": where words or agreements are made says where, not with
        // whom. An act on the ground hits its place ("a curfew in Darfur"),
        // a visit is to its host ("arrived in Sierra Leone"), and a verb
        // the act controls may be on the ground ("refused to deploy
        // peacekeepers in Iraq").
        if (!ground && (place == head || (tree_.head(place) == head && tree_.rel(place) != rel_.xcomp)) &&
            Contains({"in", "at", "inside", "near", "across", "outside", "along"}, prep)) {
          continue;
        }
        // "along the Syrian border": troops massed along a border face the
        // country across it; talks or works along it are only there.
        // "drills around Taiwan": likewise, force held around a place
        // encircles it; a meeting around one is only near it.
        if ((prep == "along" || prep == "around") && !force) continue;
        if (!Contains({"to", "with", "against", "on", "in", "into", "for", "at", "toward", "towards",
                       "between", "among",
                       "from", "over", "upon", "onto", "inside", "across", "outside", "near", "along",
                       "around", "about"},
                      prep)) {
          continue;
        }
        std::vector<int> found;
        ActorsOf(c, &found);
        if (found.empty() && (force || statement)) PartyNamedThrough(c, force, statement, &found);
        // "to a peacekeeping force in Liberia": a phrase that names no
        // actor with a country points at the place it is in.
        const auto bare = [&](int m) { return IsBareAgent(m); };
        if (std::all_of(found.begin(), found.end(), bare) && Contains({"to", "for", "into"}, prep)) {
          std::vector<int> place_actors;
          ActorsInPlacePhrases(c, &place_actors);
          if (!place_actors.empty()) found = std::move(place_actors);
        }
        for (int m : found) {
          if (std::find(sources.begin(), sources.end(), m) != sources.end() || OfSourceState(m, sources)) {
            continue;
          }
          (IsBareAgent(m) ? bare_only : *out).push_back(m);
        }
        if (!out->empty()) return;
      }
    }
    // Only agents with no country were named: the first of them is the
    // best there is ("aid to refugees").
    *out = std::move(bare_only);
  }

  // An agent with a country none of its own words name ("companies" in a
  // sentence naming one country, which the actor stage gives that
  // country): no capitalised word in its span.
  bool CountryOnlyInferred(int mention) const {
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

  bool SameCountryAsASource(int m, const std::vector<int>& sources) const {
    const std::string& country = doc_.actors()[m].country;
    return !country.empty() && std::any_of(sources.begin(), sources.end(),
                                           [&](int s) { return doc_.actors()[s].country == country; });
  }

  // A crowd: civilians or protesters named by a plural noun
  // ("protesters", "demonstrators", "residents"), not a single
  // dissident or an opposition party.
  bool IsCrowd(int mention) const {
    const ActorMention& m = doc_.actors()[mention];
    if (m.kind != ActorKind::kAgent || !Contains({"CVL", "OPP"}, m.agent)) return false;
    const int head = static_cast<int>(m.head_token) - static_cast<int>(tree_.doc_index(0));
    return head >= 0 && head < static_cast<int>(tree_.size()) && XposName(tree_.token(head).xpos) == "NNS";
  }

  // "killed Iranian general Qassem Soleimani", parsed with the demonym as
  // an adjectival complement of the verb (xcomp) and the name as its
  // object: an adjective takes no object, so the two are the verb's
  // object. Returns the name, or the demonym when the name is no actor;
  // -1 when verb v has no such complement.
  int DemonymReadAsComplement(int v) const {
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
  void AgentsOfPassiveModifier(int n, std::vector<int>* out) const {
    for (int depth = 0; n >= 0 && depth < 2; ++depth) {
      int next = -1;
      for (int c : tree_.children(n)) {
        if (tree_.rel(c) == rel_.nmod && tree_.case_of(c) == "of") next = c;
        if (tree_.rel(c) != rel_.acl || tree_.upos(c) != Upos::VERB ||
            XposName(tree_.token(c).xpos) != "VBN") {
          continue;
        }
        for (int a : tree_.children(c)) {
          if (tree_.rel(a) == rel_.obl_agent || (tree_.rel(a) == rel_.obl && tree_.case_of(a) == "by")) {
            ActorsOf(a, out);
          }
        }
        if (!out->empty()) return;
      }
      n = next;
    }
  }

  // Whether mention m is the state itself (its name or seat) that one of
  // the sources speaks for: "hosted talks between Israel and Hamas in
  // Cairo" is not Egypt's act on its own capital, the parties are named
  // further on. Its people and organs may be the target of its own
  // government ("opened investigations against Chilean officials").
  bool OfSourceState(int m, const std::vector<int>& sources) const {
    const ActorMention& a = doc_.actors()[m];
    if (a.kind != ActorKind::kCountry && a.kind != ActorKind::kGovSeat) return false;
    return std::any_of(sources.begin(), sources.end(), [&](int s) { return SameState(s, m); });
  }

  // "to war-torn Mozambique", "from neighboring Lebanon", parsed as a
  // clause: the preposition a mark, the prenominal participle its verb and
  // the name its object. Returns that name (and the preposition in *prep)
  // when advcl c is such a phrase, else -1. Only a participle that cannot
  // start a clause of its own after "to"/"from": a past participle, or
  // "neighboring" and a hyphen-joined "-ing" form; "barred from entering
  // Israel" is a gerund clause and stays one. The name must follow the
  // participle directly, with nothing but the participle's own words
  // ("war -") between the preposition and it.
  int PhraseParsedAsClause(int c, std::string_view* prep) const {
    if (tree_.rel(c) != rel_.advcl) return -1;
    const std::string_view tag = XposName(tree_.token(c).xpos);
    const std::string_view form = tree_.norm(c);
    const bool hyphened = c > 0 && tree_.norm(c - 1) == "-";
    if (tag != "VBN" && !(tag == "VBG" && (hyphened || Contains({"neighboring", "neighbouring"}, form)))) {
      return -1;
    }
    int mark = -1, name = -1;
    for (int k : tree_.children(c)) {
      if (tree_.rel(k) == rel_.mark && k < c) mark = k;
      if (tree_.rel(k) == rel_.obj && k == c + 1 && tree_.upos(k) == Upos::PROPN) name = k;
    }
    if (mark < 0 || name < 0 ||
        !Contains({"to", "from", "into", "against", "toward", "towards"}, tree_.lemma(mark))) {
      return -1;
    }
    for (int k = mark + 1; k < c; ++k) {
      int h = k;
      for (int step = 0; step < 3 && h >= 0 && h != c; ++step) h = tree_.head(h);
      if (h != c) return -1;
    }
    *prep = tree_.lemma(mark);
    return name;
  }

  // The actors with a country in the "in" phrases of nominal n ("a force
  // in Liberia", "facilities in central Iran"), or in its "against" phrase
  // ("reservists for a possible war against Iraq"): where a phrase that
  // names no actor of its own points.
  void ActorsInPlacePhrases(int n, std::vector<int>* out) const {
    for (int c : tree_.children(n)) {
      if (tree_.rel(c) == rel_.nmod && Contains({"in", "inside", "against"}, tree_.case_of(c))) {
        ActorsOf(c, out);
      }
    }
    out->erase(std::remove_if(out->begin(), out->end(), [&](int m) { return IsBareAgent(m); }),
               out->end());
  }

  // "Portugal will support Turkey", "Iraq said it would allow the
  // inspectors back": a cooperative act announced for the future is, in
  // CAMEO, an intent to act (03x), not the act.
  bool AnnouncedForFuture(int v) const {
    for (int c : tree_.children(v)) {
      if (tree_.rel(c) == rel_.aux && Contains({"will", "shall", "'ll", "would"}, tree_.lemma(c))) {
        return tree_.lemma(c) != "would" || ReportedClause(v);
      }
    }
    return false;
  }

  bool ReportedClause(int v) const {
    const int h = tree_.head(v);
    return h >= 0 && tree_.rel(v) == rel_.ccomp && IsReportingVerb(h);
  }

  static std::string IntentCode(const std::string& code) {
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
  static std::string ThreatCode(const std::string& code) {
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

  // "Britain said Libya must hand over the suspects": a reported
  // obligation is a demand (100) from the speaker to the one obliged; the
  // obliged act itself has not happened and is not coded.
  bool CodeReportedDemand(int v) {
    if (!IsReportingVerb(v)) return false;
    for (int c : tree_.children(v)) {
      if (tree_.rel(c) != rel_.ccomp) continue;
      // "must", or "have to"; a perfect "has rejected" is no obligation.
      bool must = false;
      for (int a : tree_.children(c)) {
        if (tree_.rel(a) != rel_.aux) continue;
        must = must || tree_.lemma(a) == "must" ||
               (tree_.lemma(a) == "have" && a + 1 < static_cast<int>(tree_.size()) &&
                tree_.norm(a + 1) == "to");
      }
      if (!must) continue;
      std::vector<int> sources, targets;
      SubjectsOf(v, &sources);
      for (int a : tree_.children(c)) {
        if (tree_.rel(a) == rel_.nsubj || tree_.rel(a) == rel_.nsubj_pass) ActorsOf(a, &targets);
      }
      if (sources.empty() || targets.empty()) return false;
      Match m;
      m.ok = true;
      m.consumed = {v, c};
      consumed_[v] = consumed_[c] = 1;
      Emit(reported_demand_, v, m, sources, targets);
      return true;
    }
    return false;
  }

  // CAMEO codes a refused or negated cooperative act as a rejection: "will
  // not accept refugees" is 12x, not a negated 03x.
  static const char* RejectionOf(const std::string& code) {
    if (code.size() < 2 || code[0] != '0' || code[1] < '3' || code[1] > '8') return nullptr;
    switch (code[1]) {
      case '4': return "125";  // reject proposal to meet or negotiate
      case '6': return "121";  // reject material cooperation
      case '7': return "122";  // reject request for aid
      case '8': return "124";  // refuse to yield
      default: return "120";
    }
  }

  // The most specific pattern of `head` that matches, or null.
  const Pattern* BestPattern(int head, HeadKind kind, Match* best_match) const {
    const auto* ids = patterns_.ForHead(kind, PatternLemma(head, kind));
    if (!ids) return nullptr;
    const Pattern* best = nullptr;
    for (uint32_t id : *ids) {
      const Pattern& p = patterns_.pattern(id);
      if (best && p.specificity <= best->specificity) continue;
      Match m = TryPattern(p, head);
      if (!m.ok) continue;
      best = &p;
      *best_match = std::move(m);
    }
    return best;
  }

  static bool IsCooperativeAct(const std::string& code) {
    return code.size() >= 2 && code[0] == '0' && code[1] >= '4' && code[1] <= '8';
  }

  // Codes the best pattern of `head`; false when none matches.
  bool CodeHead(int head, HeadKind kind) {
    Match best_match;
    const Pattern* best = BestPattern(head, kind, &best_match);
    if (!best) return false;
    // "promised to hold talks with Kosovo": a generic intent whose
    // controlled verb names a cooperative act is the intent to do that act
    // (036 here), with that act's target; of a coercive act, the threat.
    // "reached a consensus to exchange information": the infinitive of an
    // agreement noun the verb's object names is the agreed act, as the
    // controlled verb of "agreed to exchange information" is.
    const int agreement = kind == HeadKind::kVerb ? AgreementObject(head) : -1;
    int agreed_by = -1;  // the verb whose subject reached the agreement
    if ((best->code == "030" && kind != HeadKind::kNoun) || agreement >= 0) {
      for (int c : tree_.children(agreement >= 0 ? agreement : head)) {
        const bool complement = agreement >= 0 ? tree_.rel(c) == rel_.acl && HasInfinitiveMark(c)
                                               : tree_.rel(c) == rel_.xcomp;
        if (!complement || tree_.upos(c) != Upos::VERB) continue;
        Match inner;
        int act_head = c;
        HeadKind act_kind = HeadKind::kVerb;
        const Pattern* act = BestPattern(c, HeadKind::kVerb, &inner);
        // "promised to continue military aid": a light verb passes on to
        // the act its object names.
        if (!act && IsLightVerb(c)) {
          if (const int o = tree_.child(c, rel_.obj); o >= 0 && tree_.upos(o) == Upos::NOUN) {
            act = BestPattern(o, HeadKind::kNoun, &inner);
            act_head = o;
            act_kind = HeadKind::kNoun;
          }
        }
        if (!act) continue;
        // "swore to fight until ...", "pledged to impose sanctions": a
        // pledge of a coercive or violent act is CAMEO's threat of it.
        // Agreeing or offering to act is no threat ("agreed to impose
        // sanctions" is the decision, coded as the act's own pattern).
        const bool pledge = Contains({"pledge", "promise", "vow", "swear"}, tree_.lemma(head));
        const std::string pledged = IsCooperativeAct(act->code) ? IntentCode(act->code)
                                    : pledge                     ? ThreatCode(act->code)
                                                                 : act->code;
        if (pledged == act->code) continue;
        if (codes_.Find(pledged)) {
          intent_code_ = pledged;
          best = act;
          inner.consumed.push_back(head);
          if (agreement >= 0) inner.consumed.push_back(agreement);
          if (act_head != c) inner.consumed.push_back(c);
          best_match = std::move(inner);
          if (agreement >= 0) agreed_by = head;
          head = act_head;
          kind = act_kind;
        }
        break;
      }
    }
    for (int w : best_match.consumed) consumed_[w] = 1;
    // A controlled complement belongs to this event ("agreed to
    // cooperate"), and so does a gerund after a preposition ("warned Moscow
    // against invading Ukraine" is a warning, not an invasion).
    for (int c : tree_.children(head)) {
      if (tree_.rel(c) == rel_.xcomp) consumed_[c] = 1;
      if ((tree_.rel(c) == rel_.advcl || tree_.rel(c) == rel_.acl) && IsPrepositionalGerund(c)) {
        consumed_[c] = 1;
      }
    }
    if (best->code == "---") return true;  // a known non-event
    // "urged Israel to allow aid into Gaza", "demanded that Russia
    // withdraw its troops": what is asked for or demanded has not happened
    // and is no event of its own.
    if (intent_code_.empty() && (best->code.compare(0, 2, "02") == 0 || best->code.compare(0, 2, "10") == 0)) {
      ConsumeComplements(head, /*infinitive=*/true);
    }

    std::vector<int> sources, targets;
    bool judged_subject = kind == HeadKind::kAdjective;
    bool subject_controls = false;  // an adjective's subject holds it and acts
    if (best_match.source >= 0) {
      ActorsOf(best_match.source, &sources);
    } else if (kind == HeadKind::kNoun) {
      NounSources(head, &sources);
      // "Italy announced a suspension of air links with Serbia", "the US
      // speeded up the withdrawal": the doer of a light verb does the act
      // its object names.
      if (sources.empty() && tree_.rel(head) == rel_.obj && tree_.head(head) >= 0 &&
          IsLightVerb(tree_.head(head))) {
        SubjectsOf(tree_.head(head), &sources);
      }
    } else if (kind == HeadKind::kAdjective) {
      // "Russia is ready to resume talks": the subject acts. "Japan's
      // attempts are unacceptable, the embassy said": the speaker judges
      // the subject.
      const bool has_chain = std::any_of(best->elements.begin(), best->elements.end(),
                                         [](const PatternElement& e) {
                                           return e.kind == PatternElement::kChain;
                                         });
      // "Israel is opposed to French mediation, an aide said": the one
      // the stance is towards is named, and the subject holds it.
      const bool has_target = std::any_of(best->elements.begin(), best->elements.end(),
                                          [](const PatternElement& e) {
                                            return e.kind == PatternElement::kPrepTarget;
                                          });
      if (has_target) {
        StanceHolders(head, &sources);
        judged_subject = sources.empty();
      }
      // "Norway is willing to send troops, its minister said": an
      // adjective whose subject controls a verb ("willing to", "ready
      // to") names the subject's own intent, not a speaker's judgement.
      const bool controls = tree_.child(head, rel_.xcomp) >= 0;
      if (controls && sources.empty()) {
        StanceHolders(head, &sources);
        if (!sources.empty()) subject_controls = true;
      }
      if (!has_chain && sources.empty()) SpeakerOf(head, &sources);
      if (sources.empty()) {
        StanceHolders(head, &sources);
        judged_subject = false;
      }
    } else {
      SubjectsOf(head, &sources);
    }
    // The agreed act is done by those who agreed.
    if (sources.empty() && agreed_by >= 0) SubjectsOf(agreed_by, &sources);
    if (sources.empty()) return true;  // no political actor acts
    if (subject_controls) judged_subject = false;

    const bool mediation = best->code.compare(0, 2, "03") == 0 || best->code.compare(0, 2, "04") == 0;
    const bool demand = best->code.compare(0, 2, "10") == 0;
    const CameoCode* best_code = codes_.Find(intent_code_.empty() ? best->code : intent_code_);
    // "Russian and Chinese warships held joint exercises in the Sea of
    // Japan": two sides cooperating with each other do it somewhere, not
    // with the place's country (Emit pairs them).
    const bool joint = best_code != nullptr && IsCooperativeCode(best_code->code) && HasTwoSides(sources);
    const bool ground =
        !joint && (best_code == nullptr || ActsOnTheGround(*best_code) || best_code->code.compare(0, 2, "04") == 0);
    const bool force = best_code != nullptr &&
                       Contains({"15", "18", "19", "20"}, std::string_view(best_code->code).substr(0, 2));
    const bool statement = best_code != nullptr && best_code->code.compare(0, 2, "01") == 0;
    if (best_match.target >= 0) {
      ActorsOf(best_match.target, &targets);
      // "boycott all contact with the US", "halted aid to Serbia": an
      // object that names no actor leads to the one its phrase names.
      if (targets.empty() && best_match.target_is_object && kind == HeadKind::kVerb) {
        PrepositionalTarget(head, sources, &targets, mediation, demand, ground, force, statement);
      }
      // "dispatched inspectors to facilities in central Iran": a pattern's
      // destination that names no actor points at the place it is in.
      if (targets.empty() && !best_match.target_is_object &&
          Contains({"to", "into", "for"}, tree_.case_of(best_match.target))) {
        ActorsInPlacePhrases(best_match.target, &targets);
      }
      // "expelled inspectors of the IAEA from frozen facilities": when
      // the pattern's destination names no one, the party the act falls on
      // is the one its object's phrase names (the object being a word of
      // the pattern, "expel inspector from TGT").
      if (targets.empty() && !best_match.target_is_object && kind == HeadKind::kVerb) {
        const int o = tree_.child(head, rel_.obj);
        if (o >= 0 && std::find(best_match.consumed.begin(), best_match.consumed.end(), o) !=
                          best_match.consumed.end()) {
          ActorsOf(o, &targets);
        }
      }
    } else if (kind == HeadKind::kNoun && ComeUnderVerb(head) >= 0) {
      SubjectsOf(ComeUnderVerb(head), &targets);
    } else if (judged_subject) {
      ActorsOf(tree_.child(head, rel_.nsubj), &targets);
      // "Wang Yi said he was optimistic about relations with India": a
      // speaker judging himself holds a stance; a statement's stance is
      // aimed at what it is about.
      if (statement && !targets.empty() &&
          std::all_of(targets.begin(), targets.end(), [&](int t) {
            return std::find(sources.begin(), sources.end(), t) != sources.end();
          })) {
        targets.clear();
        PrepositionalTarget(head, sources, &targets, mediation, demand, ground, force, statement);
      }
    } else if (subject_controls) {
      // The intent is aimed where the controlled act is ("willing to
      // defend Saudi Arabia"); an agent with no country there ("willing
      // to withdraw its troops") names no one it is aimed at.
      PrepositionalTarget(head, sources, &targets, mediation, demand, ground, force, statement);
      targets.erase(std::remove_if(targets.begin(), targets.end(), [&](int t) { return IsBareAgent(t); }),
                    targets.end());
    } else if (kind == HeadKind::kVerb) {
      ActorsOf(tree_.child(head, rel_.obj), &targets);
      if (targets.empty()) ActorsOf(tree_.child(head, rel_.iobj), &targets);
      if (targets.empty()) ActorsOf(DemonymReadAsComplement(head), &targets);
      if (targets.empty() && IsPassive(head)) ActorsOf(tree_.child(head, rel_.nsubj_pass), &targets);
      if (targets.empty()) PrepositionalTarget(head, sources, &targets, mediation, demand, ground, force, statement);
      // "demanded that the US cancel ...": the one asked is the subject of
      // the complement clause.
      if (targets.empty() && !IsReportingVerb(head)) {
        if (const int comp = tree_.child(head, rel_.ccomp); comp >= 0) {
          for (int c : tree_.children(comp)) {
            if (tree_.rel(c) == rel_.nsubj || tree_.rel(c) == rel_.nsubj_pass) ActorsOf(c, &targets);
          }
        }
      }
    }
    // "a camp for Congolese refugees was attacked", "shelled a school for
    // Palestinian children": an act on the ground that falls on a thing
    // naming no actor falls on those the thing is for. Words alone are not
    // ("criticised a plan for Iraq" is not aimed at Iraq).
    if (targets.empty() && kind == HeadKind::kVerb &&
        (best_match.target < 0 || best_match.target_is_object)) {
      const CameoCode* act = codes_.Find(best->code);
      int thing = best_match.target;
      if (thing < 0) thing = tree_.child(head, rel_.obj);
      if (thing < 0 && IsPassive(head)) thing = tree_.child(head, rel_.nsubj_pass);
      if (act != nullptr && ActsOnTheGround(*act) && thing >= 0) {
        for (int c : tree_.children(thing)) {
          if (tree_.rel(c) != rel_.nmod || tree_.case_of(c) != "for") continue;
          ActorsOf(c, &targets);
          if (!targets.empty()) break;
        }
      }
    }
    // "the US speeded up the withdrawal of its forces from Panama": a
    // nominal act done through a light verb is aimed where the light
    // verb's phrase of direction points. Only phrases of direction: a
    // place ("announced a ceasefire in Geneva") says where, not at whom;
    // and only an actor the phrase names itself: "completed their
    // withdrawal from the Bosnian town of Gorazde" leaves a town.
    if (targets.empty() && kind == HeadKind::kNoun && best_match.target < 0 &&
        tree_.rel(head) == rel_.obj && tree_.head(head) >= 0 && IsLightVerb(tree_.head(head))) {
      for (int phrase : tree_.children(tree_.head(head))) {
        std::string_view prep;
        int c = phrase;
        if (tree_.rel(phrase) == rel_.obl) {
          prep = tree_.case_of(c);
        } else if (c = PhraseParsedAsClause(phrase, &prep); c < 0) {
          continue;
        }
        if (tree_.mention(c) < 0 ||
            !Contains({"to", "from", "against", "with", "into", "toward", "towards"}, prep)) {
          continue;
        }
        ActorsOf(c, &targets);
        if (!targets.empty()) break;
      }
    }
    // "staged a show of force against Taiwan": force a noun names (15,
    // 18-20) with no target in its pattern faces whom a phrase of its
    // words is against or towards, however deep the pattern's words go.
    if (targets.empty() && kind == HeadKind::kNoun && force && best_match.target < 0) {
      for (int w : best_match.consumed) {
        for (int c : tree_.children(w)) {
          if (tree_.rel(c) == rel_.nmod && Contains({"against", "toward", "towards"}, tree_.case_of(c))) {
            ActorsOf(c, &targets);
          }
        }
        if (!targets.empty()) break;
      }
      targets.erase(std::remove_if(targets.begin(), targets.end(),
                                   [&](int t) {
                                     return std::find(sources.begin(), sources.end(), t) != sources.end() ||
                                            OfSourceState(t, sources);
                                   }),
                    targets.end());
    }
    // "offered its troops to Lebanon", "contribute troops to a force in
    // Liberia": an agent with no country says nothing about whom the act
    // is aimed at; an actor named further on does.
    if (kind == HeadKind::kVerb && !targets.empty() &&
        std::all_of(targets.begin(), targets.end(), [&](int t) { return IsBareAgent(t); })) {
      std::vector<int> better;
      PrepositionalTarget(head, sources, &better, mediation, demand, ground, force, statement);
      better.erase(std::remove_if(better.begin(), better.end(), [&](int t) { return IsBareAgent(t); }),
                   better.end());
      if (!better.empty()) targets = std::move(better);
    }
    // "withdrew its troops", "beefed up their forces", "mobilized troops
    // along the border": an agent with no country that the source owns
    // ("its", "their") or puts on show (a force posture, 15x, exhibits the
    // actor's own forces) is the source itself, never a party the act falls
    // on; the act then has the target named elsewhere, or none.
    if (kind == HeadKind::kVerb) {
      const bool posture = best->code.compare(0, 2, "15") == 0;
      // "The United States imposed sanctions on companies": sanctions,
      // expulsions and broken ties (16x) are between states; people the
      // sentence names with no country of their own, given the source's
      // as the sentence's one country, are not a second party.
      const bool reduces_relations = best->code.compare(0, 2, "16") == 0;
      targets.erase(std::remove_if(targets.begin(), targets.end(),
                                   [&](int t) {
                                     return reduces_relations && CountryOnlyInferred(t) &&
                                            SameCountryAsASource(t, sources);
                                   }),
                    targets.end());
      targets.erase(std::remove_if(targets.begin(), targets.end(),
                                   [&](int t) {
                                     // A state shows its force to others: its own forces ("deployed
                                     // warships", GBRMIL in a sentence naming only Britain) are not
                                     // whom a posture is aimed at.
                                     return OwnedBySubject(t, head) ||
                                            (posture && (IsBareAgent(t) || SameCountryAsASource(t, sources)));
                                   }),
                    targets.end());
    }
    // "demanded the release of the hostages held by Hamas": a demand or
    // appeal whose object names only people with no side of their own is
    // made of the one the object's passive clause says holds them ("called
    // for the release of prisoners detained by Israel": the "for" phrase
    // of an appeal is its object). Their own people ("Israeli hostages
    // held by Hamas") are not the ones asked either.
    if (kind == HeadKind::kVerb && intent_code_.empty() &&
        (best->code.compare(0, 2, "10") == 0 || best->code.compare(0, 2, "02") == 0) &&
        std::all_of(targets.begin(), targets.end(), [&](int t) {
          return IsBareAgent(t) || std::any_of(sources.begin(), sources.end(), [&](int s) {
                   return doc_.actors()[s].country == doc_.actors()[t].country;
                 });
        })) {
      int asked_for = tree_.child(head, rel_.obj);
      for (int c : tree_.children(head)) {
        if (asked_for < 0 && tree_.rel(c) == rel_.obl && tree_.case_of(c) == "for") asked_for = c;
      }
      std::vector<int> holders;
      AgentsOfPassiveModifier(asked_for, &holders);
      holders.erase(std::remove_if(holders.begin(), holders.end(),
                                   [&](int h) { return IsBareAgent(h) || OfSourceState(h, sources); }),
                    holders.end());
      if (!holders.empty()) targets = std::move(holders);
    }
    // "sent an aircraft carrier to the Gulf to deter Iran", "staged a
    // general strike to protest against Israeli raids": a show of force
    // (15x) or a protest (14x) that names no one it is aimed at is aimed at
    // the one its purpose clause acts on or protests against (not, for a
    // protest, at the protesters' own country, Emit).
    const bool protest = best->code.compare(0, 2, "14") == 0;
    // A nominal act done through a light verb ("staged a strike") has the
    // light verb's purpose clause.
    const int doer_verb = kind == HeadKind::kVerb ? head
                          : (kind == HeadKind::kNoun && tree_.rel(head) == rel_.obj && tree_.head(head) >= 0 &&
                             IsLightVerb(tree_.head(head)))
                              ? tree_.head(head)
                              : -1;
    if (targets.empty() && doer_verb >= 0 && intent_code_.empty() &&
        (protest || best->code.compare(0, 2, "15") == 0)) {
      // The purpose hangs on the verb, or on the noun naming the act ("a
      // strike to protest against ...").
      std::vector<int> clauses;
      for (int c : tree_.children(doer_verb)) {
        if (tree_.rel(c) == rel_.advcl) clauses.push_back(c);
      }
      const int act_noun = kind == HeadKind::kNoun ? head : tree_.child(head, rel_.obj);
      for (int c : act_noun >= 0 ? tree_.children(act_noun) : std::span<const int>{}) {
        if (tree_.rel(c) == rel_.acl) clauses.push_back(c);
      }
      for (int c : clauses) {
        if (tree_.upos(c) != Upos::VERB || !HasInfinitiveMark(c)) continue;
        ActorsOf(tree_.child(c, rel_.obj), &targets);
        if (protest) {
          for (int o : tree_.children(c)) {
            if (tree_.rel(o) == rel_.obl && tree_.case_of(o) == "against") ActorsOf(o, &targets);
          }
        }
        targets.erase(std::remove_if(targets.begin(), targets.end(),
                                     [&](int t) {
                                       // Protesters may protest against their own
                                       // government; a state shows force to others.
                                       return IsBareAgent(t) ||
                                              std::find(sources.begin(), sources.end(), t) != sources.end() ||
                                              (!protest && SameCountryAsASource(t, sources));
                                     }),
                      targets.end());
        if (!targets.empty()) break;
      }
    }
    // "threatened to stop talks if the United States goes ahead", "will
    // impose sanctions unless Iraq complies": a threat is aimed at the one
    // whose act its condition names.
    if (targets.empty() && kind == HeadKind::kVerb && IsThreat(*best, head, best_match)) {
      ConditionSubjects(head, &targets);
    }
    // Not the source's own mentions, nor its own code, nor its own state,
    // as targets ("Serbia promised to democratize Serbia" has no other
    // party; "Putin suspended Russia's participation in the treaty" is
    // no act of Russia's government on Russia: the state owns what the act
    // suspends). A state's act on its own territory is coded through its
    // place (Emit), not here.
    targets.erase(std::remove_if(targets.begin(), targets.end(),
                                 [&](int t) {
                                   if (std::find(sources.begin(), sources.end(), t) != sources.end()) return true;
                                   return std::all_of(sources.begin(), sources.end(), [&](int s) {
                                     return doc_.actors()[s].code == doc_.actors()[t].code || OfSourceState(t, {s});
                                   });
                                 }),
                  targets.end());
    // "Protesters in Hong Kong stormed the legislature", "demonstrators
    // clashed with police": a crowd of civilians or protesters fights no
    // war; its force against someone is a violent protest, a riot (145),
    // not military force (19) or mass violence (20).
    if (intent_code_.empty() && !targets.empty() &&
        (best->code.compare(0, 2, "19") == 0 || best->code.compare(0, 2, "20") == 0) &&
        std::all_of(sources.begin(), sources.end(), [&](int m) { return IsCrowd(m); }) &&
        codes_.Find("145") != nullptr) {
      intent_code_ = "145";
    }
    // "French and Egyptian warships launched war games": what the
    // dictionary codes as a cooperation when done "with" a partner ("launch
    // war games with TGT" 062, one side's "launch war games" 150) is, with
    // two states as its compound subject, that cooperation between them.
    if (targets.empty() && intent_code_.empty() && HasTwoSides(sources)) {
      if (const Pattern* joint = ReciprocalOf(*best, kind, head)) best = joint;
    }
    // "Ukraine and Russia exchanged prisoners", "swapped prisoners": an act
    // the dictionary also writes with a partner under the same code
    // ("exchange prisoner with TGT") is, with two states as its compound
    // subject and no party but people with no side as its object, done by
    // each side with the other (as a cooperation between them is, Emit).
    if (kind == HeadKind::kVerb && intent_code_.empty() && !IsCooperativeCode(best->code) && HasTwoSides(sources) &&
        std::all_of(targets.begin(), targets.end(), [&](int t) { return IsBareAgent(t); })) {
      if (const Pattern* with = WithPartnerOf(*best, kind, head); with && with->code == best->code) {
        targets.clear();
        mutual_ = true;
      }
    }
    Emit(*best, head, best_match, sources, targets);
    return true;
  }

  static bool IsCooperativeCode(const std::string& code) {
    return code.size() >= 2 && code[0] == '0' && code[1] >= '3' && code[1] <= '6';
  }

  // Whether the sources name at least two sides: two mentions that are not
  // one state (SameState) and do not share a code.
  bool HasTwoSides(const std::vector<int>& sources) const {
    for (size_t i = 0; i < sources.size(); ++i) {
      for (size_t j = i + 1; j < sources.size(); ++j) {
        const int a = sources[i], b = sources[j];
        if (!SameState(a, b) && doc_.actors()[a].code != doc_.actors()[b].code) return true;
      }
    }
    return false;
  }

  // The cooperative pattern that is `p` with a partner: the same head and
  // words followed by "with TGT" ("launch war game with TGT" for "launch
  // war game"); null when the dictionary has none, or `p` is cooperative
  // already.
  const Pattern* ReciprocalOf(const Pattern& p, HeadKind kind, int head) const {
    if (IsCooperativeCode(p.code) || p.code == "---") return nullptr;
    return WithPartnerOf(p, kind, head, /*cooperative=*/true);
  }

  // The pattern that is `p` followed by "with TGT" (of a cooperative code
  // if `cooperative`), or null.
  const Pattern* WithPartnerOf(const Pattern& p, HeadKind kind, int head, bool cooperative = false) const {
    if (p.code == "---") return nullptr;
    const auto* ids = patterns_.ForHead(kind, PatternLemma(head, kind));
    if (!ids) return nullptr;
    for (uint32_t id : *ids) {
      const Pattern& q = patterns_.pattern(id);
      if ((cooperative && !IsCooperativeCode(q.code)) || q.elements.size() != p.elements.size() + 1) continue;
      const PatternElement& last = q.elements.back();
      if (last.kind != PatternElement::kPrepTarget || last.word != "with") continue;
      bool same = true;
      for (size_t i = 0; i < p.elements.size() && same; ++i) {
        same = q.elements[i].kind == p.elements[i].kind && q.elements[i].word == p.elements[i].word;
      }
      if (same) return &q;
    }
    return nullptr;
  }

  // Whether Emit will code this match as a threat (13x): by its pattern,
  // as a pledge of force (intent_code_), or as a coercive act announced
  // for the future.
  bool IsThreat(const Pattern& p, int head, const Match& match) const {
    const std::string& code = intent_code_.empty() ? p.code : intent_code_;
    if (code.compare(0, 2, "13") == 0) return true;
    return AnnouncedForFuture(head) && !Negated(head, match.consumed) &&
           ThreatCode(IntentCode(code)).compare(0, 2, "13") == 0;
  }

  // The subjects of an "if" or "unless" clause below `head` (through its
  // controlled verbs, objects and their modifiers, where the parse often
  // hangs the condition), not of clauses reported or conjoined.
  void ConditionSubjects(int head, std::vector<int>* out) const {
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

  // "X said ..." is a statement (010) only when the sentence codes nothing
  // more specific.
  void DropBareStatements() {
    const bool other = std::any_of(found_.begin(), found_.end(),
                                   [](const Event& e) { return e.cameo != "010"; });
    if (!other) return;
    found_.erase(std::remove_if(found_.begin(), found_.end(),
                                [](const Event& e) { return e.cameo == "010"; }),
                 found_.end());
  }

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
    p.where = "built-in rule (src/events/event_coder.cc)";
    return p;
  }();
};

}  // namespace

EventCoder::EventCoder(const PatternSet& patterns, const CameoCodes& codes,
                       const PloverMap* plover, CoderOptions options)
    : patterns_(patterns), codes_(codes), plover_(plover), options_(options) {}

void EventCoder::Code(Document& doc) const { CodeSelected(doc, {}); }

void EventCoder::CodeSelected(Document& doc, std::span<const uint8_t> selected) const {
  doc.mutable_events().clear();
  for (uint32_t s = 0; s < doc.sentences().size(); ++s) {
    // A selection is made of sentences that passed MayCode already.
    const bool may = selected.empty() ? MayCode(doc, doc.sentences()[s]) : selected[s] != 0;
    if (may) CodeSentence(doc, s);
  }
}

bool EventCoder::MayCode(const Document& doc, const Sentence& sentence) const {
  const SentenceTree::VerbHeadTest is_verb_head = [this](std::string_view lemma) {
    return patterns_.ForHead(HeadKind::kVerb, lemma) != nullptr;
  };
  // Every event starts at a pattern head or a reporting verb (CodeHead,
  // CodeReportedDemand); a sentence with neither codes nothing whatever
  // its parse.
  for (const Token& t : doc.tokens(sentence)) {
    const std::string_view lemma = SentenceTree::LemmaOf(doc, t);
    if (patterns_.MayBeHead(HeadLemma(lemma)) || IsReportingLemma(lemma)) return true;
    // A participle read as an adjective head ("is opposed to").
    if (IsParticipleForm(doc, t) && patterns_.MayBeHead(doc.Norm(t))) return true;
    // An "-ed" word the tree may read as the verb a parse missed
    // (SentenceTree::RepairVerblessClause).
    if (!SentenceTree::VerbLemmaOfEdForm(doc.Norm(t), is_verb_head).empty()) return true;
  }
  return false;
}

bool EventCoder::MayReferBack(const Document& doc, const Sentence& sentence) const {
  for (const Token& t : doc.tokens(sentence)) {
    const std::string_view lemma = SentenceTree::LemmaOf(doc, t);
    if (IsPersonalPronounOf(t.upos, lemma)) return true;
    // A protest naming no target is aimed at the protesters' own country
    // (Emit): one name gives both actors. Heads are coded by their tag
    // (Run), which the tagger gives before any parse.
    const HeadKind kind = t.upos == Upos::VERB ? HeadKind::kVerb
                          : t.upos == Upos::NOUN ? HeadKind::kNoun
                                                 : HeadKind::kAdjective;
    if ((t.upos == Upos::VERB || t.upos == Upos::NOUN || t.upos == Upos::ADJ) &&
        patterns_.MayBeHead(HeadLemma(lemma)) && MayHeadProtest(kind, HeadLemma(lemma))) {
      return true;
    }
    if (IsParticipleForm(doc, t) && patterns_.MayBeHead(doc.Norm(t)) &&
        MayHeadProtest(HeadKind::kAdjective, doc.Norm(t))) {
      return true;
    }
  }
  return false;
}

bool EventCoder::MayHeadProtest(HeadKind kind, std::string_view head_lemma) const {
  if (const auto* ids = patterns_.ForHead(kind, head_lemma)) {
    for (uint32_t id : *ids) {
      if (patterns_.pattern(id).code.compare(0, 2, "14") == 0) return true;
    }
  }
  return false;
}

void EventCoder::CodeSentence(Document& doc, uint32_t sentence_index) const {
  SentenceCoder(doc, sentence_index, patterns_, codes_, plover_, options_).Run();
}

}  // namespace dyad
