// ActorDictionary: dyad's actor dictionaries (data/actors/, format in
// docs/DICTIONARIES.md) loaded into one lookup table from phrase keys to
// actor entries, and the gazetteer (data/actors/places/: cities, regions,
// disputed territories, sites) into the same table, so the matcher hashes
// each run of words once for both. A place is not an actor: it names where,
// and the matcher keeps it apart (Document::places()). Seas and other
// international waters (`[waters]` blocks) are places of no country: their
// names only keep the country inside them ("the South China Sea") from
// being read as that country.
//
// Loading never stops at the first problem: every bad line is reported as
// "path:line: message" in the problems list (what `dyad dict check` prints)
// and skipped. Thread safety: const after Load.
#ifndef DYAD_ACTORS_ACTOR_DICTIONARY_H_
#define DYAD_ACTORS_ACTOR_DICTIONARY_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/date.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct RoleSpan {
  std::string code;  // "JPNGOV"
  Date from;         // unknown = open start
  Date to;           // unknown = open end
  int line = 0;
};

struct ActorEntry {
  ActorKind kind = ActorKind::kCountry;
  // Country: "JPN". Seat: "JPNGOV". Organisation: its code. Agent: "GOV".
  // Person: empty (see roles).
  std::string code;
  std::string name;        // the block's name, for evidence
  std::vector<RoleSpan> roles;
  bool adjective = false;  // a country's adj: form ("Japanese")
  std::string where;       // "data/actors/countries.txt:629"
  bool capital = false;    // a country's capital: a seat of government and a place

  // Person: the role code in force on `date`; with no role then, the country
  // of the latest role before it (a former leader is still of his country),
  // or of the earliest one when the date precedes them all.
  std::string CodeOn(const Date& date) const;
  // Person: whether one of the roles' ranges holds `date` (false when the
  // date is unknown). An `alias-in-office:` name stands for the person only
  // then.
  bool InOfficeOn(const Date& date) const;
};

// A place of the gazetteer: one `city:`, `region:` or `area:` line, or
// one `sea:` line of international waters.
struct PlaceEntry {
  std::string country;  // ISO 3166 alpha-3: "SDN"; empty for international waters
  std::string name;     // its first name: "West Darfur"
  std::string where;    // "data/actors/places/africa.txt:12"
};

// One name of an entry, as matched in text.
struct ActorName {
  uint32_t entry = 0;      // index of an ActorEntry, or of a PlaceEntry if `place`
  bool caps_only = false;  // written in capitals: never matches lowercase text
  bool place = false;      // a gazetteer name, not an actor's
  // A person's `alias-in-office:` name ("Yoon"): a surname shared with
  // others, read as this person only on dates inside one of their roles.
  bool in_office = false;
};

class ActorDictionary {
 public:
  // Loads every *.txt under `dir` (countries.txt, organizations.txt,
  // agents.txt, people/*.txt, places/*.txt). Fails only when nothing can be
  // read. Places are checked after every actor file is read: their country
  // must have a `[country]` block, and a place name that is also an
  // actor's name or another place's is reported (the actor would win).
  static Result<ActorDictionary> Load(const std::string& dir, std::vector<std::string>* problems);

  // The names whose phrase key is `key` (see phrase_key.h), or nullptr.
  const std::vector<ActorName>* Find(uint64_t key) const {
    auto it = names_.find(key);
    return it == names_.end() ? nullptr : &it->second;
  }
  const ActorEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }
  const PlaceEntry& place(uint32_t id) const { return places_[id]; }
  size_t place_count() const { return places_.size(); }
  size_t name_count() const { return name_count_; }
  // Longest name, in key characters: the matcher stops extending there.
  int max_key_length() const { return max_key_length_; }
  // False when no name's key starts with the key whose hash is `key` (a
  // whole name counts): extending a token run further cannot match, so the
  // matcher stops. Checked per token extended, before any name lookup.
  bool MayStartName(uint64_t key) const { return KeyFlags(key) != 0; }
  // False when no name has exactly this key: Find would return nullptr.
  // Cheaper than Find (one probe of a compact table), so the matcher asks
  // first.
  bool MayBeName(uint64_t key) const { return (KeyFlags(key) & kWholeName) != 0; }

  // Adds one entry with its names (used by the loader and by tests);
  // `in_office_names` are a person's names that hold only while in office.
  void Add(ActorEntry entry, const std::vector<std::string>& names,
           const std::vector<std::string>& in_office_names = {});
  // Adds one place with its names.
  void AddPlace(PlaceEntry place, const std::vector<std::string>& names);

 private:
  void AddNames(uint32_t id, bool place, bool in_office, const std::vector<std::string>& names);

  std::vector<ActorEntry> entries_;
  std::vector<PlaceEntry> places_;
  // Every name's key after each of its characters, flagged kPrefix, and
  // whole names' keys flagged kWholeName: open addressing, linear probing,
  // at most half full. The matcher probes it for every token it extends a
  // run with, so it is kept compact (key and flags side by side).
  static constexpr uint8_t kPrefix = 1, kWholeName = 2;
  struct KeySlot {
    uint64_t key = 0;
    uint8_t flags = 0;  // 0: empty
  };
  uint8_t KeyFlags(uint64_t key) const;
  void AddKeyFlags(uint64_t key, uint8_t flags);

  std::unordered_map<uint64_t, std::vector<ActorName>> names_;
  std::vector<KeySlot> key_slots_;
  size_t key_count_ = 0;
  size_t name_count_ = 0;
  int max_key_length_ = 0;
};

// True for a well-formed CAMEO actor code: 3 to 15 capital letters or digits.
bool IsActorCode(std::string_view code);

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTOR_DICTIONARY_H_
