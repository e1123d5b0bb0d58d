// SentenceCoder's driver and pattern matching: Run orders the heads,
// TryPattern and BestPattern match a head's patterns against its
// dependents, and CodeHead turns the best match into events (choosing
// sources and targets, then calling Emit). Reported demands and the
// complements a head consumes are decided here too, as they change which
// heads are coded.

#include "events/sentence_coder.h"

#include <algorithm>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "events/event_date.h"

namespace dyad::events_internal {

void SentenceCoder::Run() {
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

// The lemma patterns of `kind` index `head` by: an adjective read from a
// participle is written as its form ("opposed", not "oppose").
std::string_view SentenceCoder::PatternLemma(int head, HeadKind kind) const {
  if (kind == HeadKind::kAdjective && tree_.upos(head) == Upos::VERB) return tree_.norm(head);
  return HeadLemma(tree_.lemma(head));
}

// A passive participle with no agent ("is opposed to", "are prepared
// to") whose form heads adjective patterns.
bool SentenceCoder::IsStativeParticiple(int v) const {
  if (!IsPassive(v) || !IsParticipleForm(doc_, tree_.token(v))) return false;
  for (int c : tree_.children(v)) {
    if (IsAgentPhrase(c)) {
      return false;
    }
  }
  return patterns_.ForHead(HeadKind::kAdjective, tree_.norm(v)) != nullptr;
}

// Words within kMaxWordDepth below `head` whose lemma is `word` (a
// hyphenated pattern word matches its last part).
int SentenceCoder::FindWord(int head, std::string_view word, const std::vector<int>& used, int target) const {
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
    if (!SameLemma(tree_.lemma(t), word) || std::find(used.begin(), used.end(), t) != used.end()) return;
    // "A gunman killed 51 worshippers" is no "kill gunman": the words
    // after the head are among what it governs, never in its subject.
    if (InSubjectOf(t, head)) return;
    // "approved the sale of jets": a preposition the pattern writes
    // ("approve of") is the head's own, or a word's the pattern already
    // matched, not one inside another noun's phrase.
    if (tree_.rel(t) == rel_.case_ && tree_.head(t) >= 0 && !HangsOnPattern(tree_.head(t), head, used, target)) return;
    found = t;
  });
  return found;
}

// Whether `t` lies in the active subject of `head` ("gunman" in "a
// gunman killed"). A passive subject stays the head's object: "sanctions
// were imposed on Iran" is "impose sanction on TGT".
bool SentenceCoder::InSubjectOf(int t, int head) const {
  for (int depth = 0; t >= 0 && depth <= kMaxWordDepth; ++depth) {
    const int up = tree_.head(t);
    if (up == head) return tree_.rel(t) == rel_.nsubj;
    t = up;
  }
  return false;
}

// Whether the nominal `n` of a prepositional phrase hangs on the head, on
// a word the pattern has matched ("impose sanction on TGT": on the verb or
// on "sanction") or on its target ("force TGT from home": "refugees from
// their homes"), itself or as a further conjunct of one
// ("sanctions and a ban on Iran"). A phrase nested in some other noun
// ("approved the sale of jets to Egypt": "of jets" on "sale") is that
// noun's, not the pattern's; a pattern for it names the noun.
bool SentenceCoder::HangsOnPattern(int n, int head, const std::vector<int>& used, int target) const {
  const auto anchor = [&](int t) {
    return t == head || t == target || std::find(used.begin(), used.end(), t) != used.end();
  };
  int on = tree_.head(n);
  while (on >= 0 && !anchor(on) && tree_.rel(on) == rel_.conj && IsNoun(on)) on = tree_.head(on);
  return on >= 0 && anchor(on);
}

// A pattern word against a lemma; a plural the lemmatizer left whole
// ("troops" as its own lemma) still matches its singular ("troop").
bool SentenceCoder::SameLemma(std::string_view lemma, std::string_view word) {
  if (lemma == word) return true;
  return lemma.size() == word.size() + 1 && lemma.back() == 's' && lemma.compare(0, word.size(), word) == 0;
}

// The nominal introduced by preposition `prep` below `head`. A time
// phrase ("on Sunday", "in March") says when, not whom: a correct parse
// hangs "fired missiles toward Japan on Sunday"'s date on the verb, where
// it must not fill "fire on TGT".
int SentenceCoder::FindPrepObject(int head, std::string_view prep, const std::vector<int>& used,
                                  int target) const {
  int found = -1;
  Visit(head, 0, [&](int t) {
    if (found >= 0 || t == head) return;
    if (tree_.rel(t) == rel_.case_ && tree_.lemma(t) == prep && tree_.head(t) >= 0 &&
        !IsTimeWord(tree_.lemma(tree_.head(t))) && HangsOnPattern(tree_.head(t), head, used, target) &&
        std::find(used.begin(), used.end(), t) == used.end()) {
      found = tree_.head(t);
    }
  });
  // Particles written as prepositions: "call on X" parses "on" as a
  // case marker of X, but "X was called on" keeps it as compound:prt.
  return found;
}

// Whether `clause` is introduced by one of `words` ("to", "if", "of").
bool SentenceCoder::HasMark(int clause, std::initializer_list<std::string_view> words) const {
  for (int c : tree_.children(clause)) {
    if (tree_.rel(c) == rel_.mark && Contains(words, tree_.lemma(c))) return true;
  }
  return false;
}

bool SentenceCoder::IsPrepositionalGerund(int clause) const {
  return HasMark(clause, {"of", "for", "about", "from", "with", "against", "by", "on", "in"});
}

int SentenceCoder::DirectObject(int head) const {
  int o = tree_.child(head, rel_.obj);
  if (o < 0) o = tree_.child(head, rel_.iobj);
  return o;
}

Match SentenceCoder::TryPattern(const Pattern& p, int head) const {
  Match m;
  m.consumed.push_back(head);
  int current = head;
  for (const PatternElement& e : p.elements) {
    switch (e.kind) {
      case PatternElement::kAny:
        break;
      case PatternElement::kWord: {
        const int w = FindWord(current, e.word, m.consumed, m.target);
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
        const int o = FindPrepObject(current, e.word, m.consumed, m.target);
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
        const int w = FindPrepObject(current, "to", m.consumed, m.target);
        if (w < 0 || tree_.lemma(w) != e.word) return Match{};
        m.consumed.push_back(w);
        break;
      }
    }
  }
  m.ok = true;
  return m;
}

// The most specific pattern of `head` that matches, or null.
const Pattern* SentenceCoder::BestPattern(int head, HeadKind kind, Match* best_match) const {
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

// The force pattern "LEMMA TGT" of the head's lemma as a verb ("strike
// TGT" 190 for the noun "strike"), or null.
const Pattern* SentenceCoder::ForceVerbOf(int head) const {
  const auto* ids = patterns_.ForHead(HeadKind::kVerb, HeadLemma(tree_.lemma(head)));
  if (!ids) return nullptr;
  for (uint32_t id : *ids) {
    const Pattern& p = patterns_.pattern(id);
    if (p.elements.size() == 1 && p.elements[0].kind == PatternElement::kTarget && IsForceCode(p.code)) return &p;
  }
  return nullptr;
}

bool SentenceCoder::IsCooperativeAct(const std::string& code) {
  return code.size() >= 2 && code[0] == '0' && code[1] >= '4' && code[1] <= '8';
}

// Codes the best pattern of `head`; false when none matches.
bool SentenceCoder::CodeHead(int head, HeadKind kind) {
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
  const bool force = best_code != nullptr && IsForceCode(best_code->code);
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
    // The parse may hang that participle on the verb instead: a bare past
    // participle after the object, with no subject or marker of its own,
    // still says who holds them ("demanded the release of hostages held
    // by Hamas" with "held" an advcl of "demanded").
    if (asked_for >= 0) {
      for (int c : tree_.children(head)) {
        if (!holders.empty()) break;
        if (tree_.rel(c) == rel_.advcl && c > asked_for && tree_.child(c, rel_.nsubj) < 0 &&
            tree_.child(c, rel_.nsubj_pass) < 0 && tree_.child(c, rel_.mark) < 0) {
          AgentsOfParticiple(c, &holders);
        }
      }
    }
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
  // "Turkish soldiers clashed with police": armed forces or police never
  // riot (145, "clash with police"); their violence is fighting (19), the
  // converse of the crowd rule above. A people named by its country
  // ("Palestinian riots") still riots.
  if (intent_code_.empty() && best->code.compare(0, 3, "145") == 0 && !sources.empty() &&
      std::all_of(sources.begin(), sources.end(),
                  [&](int m) { return Contains({"MIL", "COP"}, doc_.actors()[m].agent); }) &&
      codes_.Find("190") != nullptr) {
    intent_code_ = "190";
  }
  // "U.S. strikes on Iraq", "Israel carried out strikes against
  // Hezbollah": a protest noun the dictionary also writes as force done to
  // a target ("noun strike" 143, "strike TGT" 190) names that force when
  // armed forces do it, or states do it to another country; a strike by
  // workers, unions or a crowd, or against one's own government or
  // reform, stays a protest. Only the bare noun is read so: a pattern's
  // own words ("general strike", "hunger strike") settle what it is.
  if (intent_code_.empty() && kind == HeadKind::kNoun && best->code.compare(0, 2, "14") == 0 &&
      !sources.empty() &&
      std::none_of(best->elements.begin(), best->elements.end(),
                   [](const PatternElement& e) { return e.kind == PatternElement::kWord; })) {
    const bool armed = std::any_of(sources.begin(), sources.end(),
                                   [&](int m) { return doc_.actors()[m].agent == "MIL"; });
    // Whom it is done to: the pattern's target, or else what a phrase
    // "on" or "against" the noun names (a place, which Emit reads as
    // where it happened: "strikes on Iraq").
    std::vector<int> faced = targets;
    for (std::string_view prep : {"on", "against"}) {
      if (const int o = faced.empty() ? FindPrepObject(head, prep, {}) : -1; o >= 0) ActorsOf(o, &faced);
    }
    const bool between_states =
        std::all_of(sources.begin(), sources.end(), [&](int m) { return IsStateActor(m); }) &&
        std::any_of(faced.begin(), faced.end(), [&](int t) {
          return !doc_.actors()[t].country.empty() && !SameCountryAsASource(t, sources);
        });
    if (armed || between_states) {
      if (const Pattern* force = ForceVerbOf(head)) intent_code_ = force->code;
    }
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

// Whether Emit will code this match as a threat (13x): by its pattern,
// as a pledge of force (intent_code_), or as a coercive act announced
// for the future.
bool SentenceCoder::IsThreat(const Pattern& p, int head, const Match& match) const {
  const std::string& code = intent_code_.empty() ? p.code : intent_code_;
  if (code.compare(0, 2, "13") == 0) return true;
  return AnnouncedForFuture(head) && !Negated(head, match.consumed) &&
         ThreatCode(IntentCode(code)).compare(0, 2, "13") == 0;
}

// "Britain said Libya must hand over the suspects": a reported
// obligation is a demand (100) from the speaker to the one obliged; the
// obliged act itself has not happened and is not coded.
bool SentenceCoder::CodeReportedDemand(int v) {
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

// Marks the clauses that complement verb v as coded: its clausal
// complements ("that Russia withdraw"), their conjuncts, and with
// `infinitive` an infinitive the parse hangs on v as an adverbial clause
// ("urged Israel to allow", a complement parsed as a purpose).
void SentenceCoder::ConsumeComplements(int v, bool infinitive) {
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

// "X said ..." is a statement (010) only when the sentence codes nothing
// more specific.
void SentenceCoder::DropBareStatements() {
  const bool other = std::any_of(found_.begin(), found_.end(),
                                 [](const Event& e) { return e.cameo != "010"; });
  if (!other) return;
  found_.erase(std::remove_if(found_.begin(), found_.end(),
                              [](const Event& e) { return e.cameo == "010"; }),
               found_.end());
}

}  // namespace dyad::events_internal
