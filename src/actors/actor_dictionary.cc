#include "actors/actor_dictionary.h"

#include <algorithm>
#include <filesystem>
#include <unordered_set>

#include "actors/phrase_key.h"
#include "util/hash.h"
#include "util/text_file.h"

namespace dyad {
namespace {

std::string Where(const std::string& path, int line) { return path + ":" + std::to_string(line); }

// "2021-10-04..2024-10-01", "2021-10-04..", "..2000-05-07" or "..".
bool ParseRange(std::string_view text, Date* from, Date* to) {
  const size_t dots = text.find("..");
  if (dots == std::string_view::npos) return false;
  const std::string_view a = text.substr(0, dots);
  const std::string_view b = text.substr(dots + 2);
  if (!a.empty()) {
    auto d = Date::Parse(a);
    if (!d) return false;
    *from = *d;
  }
  if (!b.empty()) {
    auto d = Date::Parse(b);
    if (!d) return false;
    *to = *d;
  }
  return true;
}

struct AgentKey {
  const char* key;
  const char* agent;
};
// seat-AGT keys of a country block and the agent they stand for.
constexpr AgentKey kSeatKeys[] = {
    {"capital", "GOV"}, {"seat", "GOV"},     {"seat-gov", "GOV"}, {"seat-mil", "MIL"},
    {"seat-leg", "LEG"}, {"seat-spy", "SPY"}, {"seat-cop", "COP"}, {"seat-jud", "JUD"},
};

class Loader {
 public:
  Loader(ActorDictionary* dict, std::vector<std::string>* problems)
      : dict_(dict), problems_(problems) {}

  void LoadFile(const std::string& path) {
    auto lines = ReadDictionaryLines(path, problems_);
    if (!lines.ok()) {
      problems_->push_back(lines.status().message());
      return;
    }
    for (const DictBlock& block : ParseBlocks(path, *lines, problems_)) {
      if (block.kind == "country") Country(path, block);
      else if (block.kind == "person") Person(path, block);
      else if (block.kind == "org") Organization(path, block);
      else if (block.kind == "agent") Agent(path, block);
      else if (block.kind == "places" || block.kind == "waters") pending_places_.emplace_back(path, block);
      else Problem(path, block.line, "unknown block kind '" + block.kind + "'");
    }
  }

  // Places last: their checks need every country and actor name.
  void Finish() {
    for (const auto& [path, block] : pending_places_) Places(path, block);
    pending_places_.clear();
  }

 private:
  void Problem(const std::string& path, int line, const std::string& message) {
    problems_->push_back(Where(path, line) + ": " + message);
  }

  void Unknown(const std::string& path, const DictField& f, const char* kind) {
    Problem(path, f.line, "unknown field '" + f.key + "' in a " + kind + " block");
  }

  void Country(const std::string& path, const DictBlock& block) {
    if (block.id.size() != 3 || !IsActorCode(block.id)) {
      Problem(path, block.line, "country code must be 3 capital letters, found '" + block.id + "'");
      return;
    }
    const std::string where = Where(path, block.line);
    std::string display = block.id;
    for (const DictField& f : block.fields) {
      if (f.key == "name") {
        display = f.values.front();
        countries_.insert(block.id);
        Add({ActorKind::kCountry, block.id, display, {}, false, where}, f.values);
      } else if (f.key == "adj") {
        Add({ActorKind::kCountry, block.id, display, {}, true, where}, f.values);
      } else if (f.key == "code-alias") {
        // Old codes: informational only.
      } else {
        const auto* seat = std::find_if(std::begin(kSeatKeys), std::end(kSeatKeys),
                                        [&](const AgentKey& k) { return f.key == k.key; });
        if (seat == std::end(kSeatKeys)) {
          Unknown(path, f, "country");
          continue;
        }
        Add({ActorKind::kGovSeat, block.id + seat->agent, display, {}, false, where,
             f.key == "capital"},
            f.values);
      }
    }
  }

  void Person(const std::string& path, const DictBlock& block) {
    ActorEntry entry{ActorKind::kPerson, "", block.id, {}, false, Where(path, block.line)};
    std::vector<std::string> names = {block.id};
    std::vector<std::string> in_office_names;
    for (const DictField& f : block.fields) {
      if (f.key == "alias") {
        names.insert(names.end(), f.values.begin(), f.values.end());
      } else if (f.key == "alias-in-office") {
        in_office_names.insert(in_office_names.end(), f.values.begin(), f.values.end());
      } else if (f.key == "role") {
        for (const std::string& value : f.values) Role(path, f.line, value, &entry);
      } else {
        Unknown(path, f, "person");
      }
    }
    if (entry.roles.empty()) {
      Problem(path, block.line, "person '" + block.id + "' has no valid role");
      return;
    }
    // Overlapping spans of the same code are a data error (a copy-paste slip
    // or a wrong date); adjacent spans sharing a day are fine.
    for (size_t i = 0; i < entry.roles.size(); ++i) {
      for (size_t j = i + 1; j < entry.roles.size(); ++j) {
        const RoleSpan& a = entry.roles[i];
        const RoleSpan& b = entry.roles[j];
        if (a.code != b.code) continue;
        const bool a_before_b = a.to.known() && b.from.known() && a.to <= b.from;
        const bool b_before_a = b.to.known() && a.from.known() && b.to <= a.from;
        if (!a_before_b && !b_before_a) {
          Problem(path, b.line, "role " + b.code + " overlaps the one at line " +
                                    std::to_string(a.line) + " for '" + block.id + "'");
        }
      }
    }
    Add(std::move(entry), names, in_office_names);
  }

  void Role(const std::string& path, int line, const std::string& value, ActorEntry* entry) {
    const std::string_view text = value;
    const size_t space = text.find(' ');
    RoleSpan role;
    role.line = line;
    role.code = std::string(text.substr(0, space));
    if (!IsActorCode(role.code)) {
      Problem(path, line, "bad actor code '" + role.code + "' in role");
      return;
    }
    if (space != std::string_view::npos) {
      const std::string_view range = Trim(text.substr(space + 1));
      if (!ParseRange(range, &role.from, &role.to)) {
        Problem(path, line, "bad date range '" + std::string(range) +
                                "' (expected YYYY-MM-DD..YYYY-MM-DD, either end may be empty)");
        return;
      }
      if (role.from.known() && role.to.known() && role.to < role.from) {
        Problem(path, line, "inverted date range '" + std::string(range) + "'");
        return;
      }
    }
    entry->roles.push_back(std::move(role));
  }

  void Organization(const std::string& path, const DictBlock& block) {
    if (!IsActorCode(block.id)) {
      Problem(path, block.line, "bad organisation code '" + block.id + "'");
      return;
    }
    const std::string where = Where(path, block.line);
    for (const DictField& f : block.fields) {
      if (f.key != "name") {
        Unknown(path, f, "org");
        continue;
      }
      Add({ActorKind::kOrganization, block.id, f.values.front(), {}, false, where}, f.values);
    }
  }

  void Agent(const std::string& path, const DictBlock& block) {
    if (block.id.size() != 3 || !IsActorCode(block.id)) {
      Problem(path, block.line, "agent code must be 3 capital letters, found '" + block.id + "'");
      return;
    }
    const std::string where = Where(path, block.line);
    for (const DictField& f : block.fields) {
      if (f.key != "noun") {
        Unknown(path, f, "agent");
        continue;
      }
      Add({ActorKind::kAgent, block.id, f.values.front(), {}, false, where}, f.values);
    }
  }

  // [places SDN]: one place per `city:`, `region:` or `area:` line, its
  // alternatives separated by '|'.
  // [waters] Name: one sea, gulf or strait of no one country per `sea:`
  // line; the block's name only titles it.
  void Places(const std::string& path, const DictBlock& block) {
    const bool waters = block.kind == "waters";
    if (!waters && (block.id.size() != 3 || !IsActorCode(block.id))) {
      Problem(path, block.line, "places: country code must be 3 capital letters, found '" +
                                    block.id + "'");
      return;
    }
    if (!waters && !countries_.count(block.id)) {
      Problem(path, block.line, "places: unknown country code '" + block.id +
                                    "' (no [country " + block.id + "] block)");
      return;
    }
    for (const DictField& f : block.fields) {
      if (waters ? f.key != "sea" : (f.key != "city" && f.key != "region" && f.key != "area")) {
        Unknown(path, f, waters ? "waters" : "places");
        continue;
      }
      const std::string where = Where(path, f.line);
      for (const std::string& name : f.values) {
        const uint64_t key = KeyOf(name);
        // Any actor name wins over a place in the matcher (and a capital
        // is already a place): listing it here would only mislead.
        for (int kind = 0; kind <= static_cast<int>(ActorKind::kComposite); ++kind) {
          const auto it = seen_.find(std::to_string(kind) + "\t" + std::to_string(key));
          if (it != seen_.end()) {
            Problem(path, f.line, "place '" + name + "' is also the actor " + it->second.first +
                                      " at " + it->second.second + " (the actor wins)");
          }
        }
        auto [it, inserted] = seen_places_.emplace(key, std::make_pair(block.id, where));
        // Spellings of one line may share a key ("Deir ez-Zor | Deir ez
        // Zor"): only another line is a duplicate.
        if (!inserted && it->second.second != where) {
          Problem(path, f.line, "place '" + name + "' is listed again (" + it->second.first +
                                    " at " + it->second.second + ")");
        }
      }
      dict_->AddPlace({waters ? std::string() : block.id, f.values.front(), where}, f.values);
    }
  }

  void Add(ActorEntry entry, const std::vector<std::string>& names,
           const std::vector<std::string>& in_office_names = {}) {
    // Report a name given two different codes of the same kind: the matcher
    // would have to guess. An in-office name is checked too: one shared
    // surname may stand for one person only.
    std::vector<std::string> all = names;
    all.insert(all.end(), in_office_names.begin(), in_office_names.end());
    for (const std::string& name : all) {
      const std::string key = std::to_string(static_cast<int>(entry.kind)) + "\t" +
                              std::to_string(KeyOf(name));
      const std::string code = entry.kind == ActorKind::kPerson ? entry.name : entry.code;
      auto [it, inserted] = seen_.emplace(key, std::make_pair(code, entry.where));
      if (!inserted && it->second.first != code) {
        problems_->push_back(entry.where + ": name '" + name + "' is also " + it->second.first +
                             " at " + it->second.second);
      }
    }
    dict_->Add(std::move(entry), names, in_office_names);
  }

  ActorDictionary* dict_;
  std::vector<std::string>* problems_;
  std::unordered_map<std::string, std::pair<std::string, std::string>> seen_;
  std::unordered_map<uint64_t, std::pair<std::string, std::string>> seen_places_;
  std::unordered_set<std::string> countries_;  // codes with a [country] block
  std::vector<std::pair<std::string, DictBlock>> pending_places_;
};

}  // namespace

bool IsActorCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 15) return false;
  return std::all_of(code.begin(), code.end(),
                     [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

std::string ActorEntry::CodeOn(const Date& date) const {
  if (kind != ActorKind::kPerson) return code;
  const RoleSpan* latest_before = nullptr;
  const RoleSpan* earliest = nullptr;
  for (const RoleSpan& r : roles) {
    const bool started = !r.from.known() || !date.known() || r.from <= date;
    const bool not_ended = !r.to.known() || !date.known() || date < r.to;
    if (started && not_ended) return r.code;
    if (r.to.known() && date.known() && r.to <= date &&
        (!latest_before || latest_before->to < r.to)) {
      latest_before = &r;
    }
    if (!earliest || (r.from.known() && earliest->from.known() && r.from < earliest->from)) earliest = &r;
  }
  // Outside every role a known person still stands for their country (a
  // former leader, or a future one in an old story); not for an agency.
  const RoleSpan* nearest = latest_before ? latest_before : earliest;
  return nearest ? nearest->code.substr(0, 3) : "";
}

bool ActorEntry::InOfficeOn(const Date& date) const {
  if (!date.known()) return false;  // a shared surname needs a date to be read
  return std::any_of(roles.begin(), roles.end(), [&](const RoleSpan& r) {
    return (!r.from.known() || r.from <= date) && (!r.to.known() || date < r.to);
  });
}

void ActorDictionary::Add(ActorEntry entry, const std::vector<std::string>& names,
                         const std::vector<std::string>& in_office_names) {
  const auto id = static_cast<uint32_t>(entries_.size());
  entries_.push_back(std::move(entry));
  AddNames(id, false, false, names);
  AddNames(id, false, true, in_office_names);
}

void ActorDictionary::AddPlace(PlaceEntry place, const std::vector<std::string>& names) {
  const auto id = static_cast<uint32_t>(places_.size());
  places_.push_back(std::move(place));
  AddNames(id, true, false, names);
}

uint8_t ActorDictionary::KeyFlags(uint64_t key) const {
  if (key_slots_.empty()) return 0;
  const size_t mask = key_slots_.size() - 1;
  for (size_t i = Mix64(key) & mask;; i = (i + 1) & mask) {
    const KeySlot& slot = key_slots_[i];
    if (slot.flags == 0) return 0;
    if (slot.key == key) return slot.flags;
  }
}

void ActorDictionary::AddKeyFlags(uint64_t key, uint8_t flags) {
  if ((key_count_ + 1) * 2 > key_slots_.size()) {
    // Grow to keep the table at most half full; reinsert everything.
    std::vector<KeySlot> old = std::move(key_slots_);
    key_slots_.assign(std::max<size_t>(1024, old.size() * 2), KeySlot{});
    key_count_ = 0;
    for (const KeySlot& slot : old) {
      if (slot.flags != 0) AddKeyFlags(slot.key, slot.flags);
    }
  }
  const size_t mask = key_slots_.size() - 1;
  for (size_t i = Mix64(key) & mask;; i = (i + 1) & mask) {
    KeySlot& slot = key_slots_[i];
    if (slot.flags == 0) {
      slot = {key, flags};
      ++key_count_;
      return;
    }
    if (slot.key == key) {
      slot.flags |= flags;
      return;
    }
  }
}

void ActorDictionary::AddNames(uint32_t id, bool place, bool in_office,
                              const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    PhraseKey key;
    if (key.Extend(name) == 0) continue;
    auto& bucket = names_[key.hash()];
    const bool caps = IsCapsOnlyName(name);
    const bool duplicate = std::any_of(bucket.begin(), bucket.end(), [&](const ActorName& n) {
      return n.entry == id && n.place == place && n.caps_only == caps && n.in_office == in_office;
    });
    if (duplicate) continue;
    bucket.push_back({id, caps, place, in_office});
    ++name_count_;
    PhraseKey prefix;
    for (const char c : name) {
      if (prefix.Extend(std::string_view(&c, 1)) > 0) AddKeyFlags(prefix.hash(), kPrefix);
    }
    AddKeyFlags(key.hash(), kWholeName);
    max_key_length_ = std::max(max_key_length_, key.length());
  }
}

Result<ActorDictionary> ActorDictionary::Load(const std::string& dir,
                                              std::vector<std::string>* problems) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return Status::NotFound(dir + ": actor dictionary folder not found");
  }
  std::vector<std::string> files;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path().string());
  }
  if (files.empty()) return Status::NotFound(dir + ": no actor dictionary files (*.txt)");
  std::sort(files.begin(), files.end());  // deterministic entry ids
  ActorDictionary dict;
  Loader loader(&dict, problems);
  for (const std::string& file : files) loader.LoadFile(file);
  loader.Finish();
  return dict;
}

}  // namespace dyad
