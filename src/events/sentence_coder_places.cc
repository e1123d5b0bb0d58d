// SentenceCoder's places: where an act happens (gazetteer places, seats,
// countries in a verb's phrases) and the targets a prepositional phrase
// names when the pattern and the object name none.

#include "events/sentence_coder.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "events/event_date.h"

namespace dyad::events_internal {

// Acts whose place can say whom they hit: material cooperation and
// conflict (quads 2 and 4), threats of such acts (13), and the intents to
// act on the ground (031 material cooperation, 033 aid, 035 yielding).
// Words alone (statements, meetings, accusations) are not aimed at the
// place where they are spoken: "said in Cairo" has no target.
bool SentenceCoder::ActsOnTheGround(const CameoCode& code) {
  if (code.quad == 2 || code.quad == 4) return true;
  for (const char* prefix : {"13", "031", "033", "035"}) {
    if (code.code.rfind(prefix, 0) == 0) return true;
  }
  return false;
}

// Prepositions that put an act somewhere: "in Kirkuk", "at a jail in
// Dili", "into Abidjan", "out of Gorazde", "fire at targets in Jericho".
bool SentenceCoder::IsPlacePreposition(std::string_view prep) {
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
std::optional<EventPlace> SentenceCoder::PlaceOf(int t, bool* owner) const {
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
std::optional<EventPlace> SentenceCoder::EventPlaceOf(int head, bool* predicate, bool* object_clause) const {
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
      // The phrase may hang on the clause or on the clause's own object
      // ("sheltering [civilians in Mariupol]"): either way it says where.
      std::vector<int> phrases;
      for (int c : tree_.children(clause)) {
        if (tree_.rel(c) == rel_.obl) phrases.push_back(c);
        if (tree_.rel(c) != rel_.obj) continue;
        for (int cc : tree_.children(c)) {
          if (tree_.rel(cc) == rel_.nmod) phrases.push_back(cc);
        }
      }
      for (int c : phrases) {
        if (!Contains({"in", "near", "at", "inside", "outside"}, tree_.case_of(c))) continue;
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
void SentenceCoder::PartyNamedThrough(int phrase, bool force, bool statement, std::vector<int>* out,
                                      int depth) const {
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
void SentenceCoder::PrepositionalTarget(int head, const std::vector<int>& sources, std::vector<int>* out,
                                        bool mediation, bool demand, bool ground, bool force,
                                        bool statement) const {
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

// "to war-torn Mozambique", "from neighboring Lebanon", parsed as a
// clause: the preposition a mark, the prenominal participle its verb and
// the name its object. Returns that name (and the preposition in *prep)
// when advcl c is such a phrase, else -1. Only a participle that cannot
// start a clause of its own after "to"/"from": a past participle, or
// "neighboring" and a hyphen-joined "-ing" form; "barred from entering
// Israel" is a gerund clause and stays one. The name must follow the
// participle directly, with nothing but the participle's own words
// ("war -") between the preposition and it.
int SentenceCoder::PhraseParsedAsClause(int c, std::string_view* prep) const {
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
void SentenceCoder::ActorsInPlacePhrases(int n, std::vector<int>* out) const {
  for (int c : tree_.children(n)) {
    if (tree_.rel(c) == rel_.nmod && Contains({"in", "inside", "against"}, tree_.case_of(c))) {
      ActorsOf(c, out);
    }
  }
  out->erase(std::remove_if(out->begin(), out->end(), [&](int m) { return IsBareAgent(m); }),
             out->end());
}

}  // namespace dyad::events_internal
