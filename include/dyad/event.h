// What the coder finds in a Document: actor mentions and CAMEO events.
//
// Both are stored in the Document (after tokens and the parse) and refer to
// tokens by index into Document::tokens(); byte offsets come from those
// tokens, so every span points into the original article text.
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>

#include "dyad/date.h"

namespace dyad {

enum class ActorKind : uint8_t {
  kCountry,    // "Japan", "Japanese"
  kGovSeat,    // a capital or seat standing for a country's agent: "Tokyo", "the Kremlin"
  kPerson,     // "Fumio Kishida", coded by the role held on the article date
  kOrganization,  // IGOs, NGOs, armed groups: "NATO", "Hamas"
  kAgent,      // a generic agent noun: "troops", "the embassy", "police"
  kComposite,  // an agent combined with a country ("Israeli troops" -> ISRMIL)
};

// One actor found in a sentence. Tokens [first_token, end_token) are the
// words of the mention; head_token is its syntactic head (the token other
// words attach through), which is what the event coder looks for.
struct ActorMention {
  uint32_t sentence = 0;
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  uint32_t head_token = 0;
  ActorKind kind = ActorKind::kCountry;
  std::string code;     // full CAMEO actor code: "JPN", "RUSGOV", "IGOUNO"
  std::string country;  // ISO 3166 alpha-3, or "" (IGOs, bare agents)
  std::string agent;    // "GOV", "MIL", ... or ""
  std::string entry;    // the dictionary entry that matched (evidence)
};

// A named place in a sentence: a city, region, disputed territory or site
// from data/actors/places/. A place is never an actor by itself ("in
// Kirkuk" says where, not who); the coder reads it for where an event
// happened and, for acts on the ground, whose territory it hit.
struct PlaceMention {
  uint32_t sentence = 0;
  uint32_t first_token = 0;
  uint32_t end_token = 0;
  uint32_t head_token = 0;
  std::string country;  // ISO 3166 alpha-3 of the country it lies in
  std::string name;     // the dictionary's first name for it (evidence)
};

// Where an event happened, as written out: a place, a capital or a country
// named in a locative phrase of the event ("in West Darfur", "at a jail in
// Dili", "in Montenegro").
struct EventPlace {
  std::string name;     // the dictionary's name ("West Darfur")
  std::string country;  // ISO 3166 alpha-3
  uint32_t first_token = 0;  // the words naming it (document indices)
  uint32_t end_token = 0;
};

// A participant of an event as written out: code plus where it stands.
struct EventActor {
  std::string code;
  std::string country;
  uint32_t first_token = 0;  // the mention's tokens (document indices)
  uint32_t end_token = 0;
};

struct Event {
  uint32_t sentence = 0;
  Date date;                    // event date (resolved from "on Friday" etc.) or article date
  std::optional<EventActor> source;
  std::optional<EventActor> target;
  std::optional<EventPlace> place;  // where it happened, when the sentence says
  std::string cameo;            // "130", "0231"
  std::string plover;           // PLOVER event type ("THREATEN"), "" if none
  uint8_t quad = 0;             // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  float goldstein = 0.0f;
  bool negated = false;         // "did not threaten"
  bool hypothetical = false;    // "could invade", "may strike", "if ... attacks"
  uint32_t verb_token = 0;      // the verb or noun that carries the event
  std::string rule;             // the dictionary pattern that fired, with file:line
  std::string verb_text;        // the words of the pattern found in the sentence
};

}  // namespace dyad

#endif  // DYAD_EVENT_H_
