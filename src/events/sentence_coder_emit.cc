// SentenceCoder's Emit: a matched pattern with its sources and targets
// becomes events (one per source and target, with flags, place, date and
// PLOVER mapping).

#include "events/sentence_coder.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad::events_internal {

EventActor SentenceCoder::MakeActor(int mention) const {
  const ActorMention& m = doc_.actors()[mention];
  return EventActor{m.code, m.country, m.first_token, m.end_token};
}

void SentenceCoder::Emit(const Pattern& p, int head, const Match& match, const std::vector<int>& sources,
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
  // The evidence says when the sentence's structure, not the pattern,
  // chose the code (an intent, a threat, a rejection, a riot read as
  // fighting...): otherwise "noun strike => 143" would explain a 190.
  if (code->code != p.code) base.rule += "; coded " + code->code + " by the coder's rules (src/events)";
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
  const bool force = IsForceCode(code->code);
  if (object_clause && place_targets) {
    place_targets = force && !ASourceOf(base.place->country, sources);
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

}  // namespace dyad::events_internal
