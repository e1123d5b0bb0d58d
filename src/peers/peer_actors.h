// PeerActorDict: the actors and agents of a TABARI or PETRARCH dictionary
// set, indexed for phrase matching over a sentence's words.
//
// An actor is a code list (possibly date-restricted, peer_date.h) reached
// by one or more phrases (its name and "+" synonyms). An agent is a code
// such as "~GOV" (appended after the actor code: ARN + GOV -> ARNGOV) or
// "NGO~" (put before it). Phrases are indexed by their first word; a text
// word is looked up through each of its prefixes, which finds exact words,
// TABARI stems and roots with endings in one pass of at most a word's length
// hash probes.
//
// Thread safety: const after loading; share between threads.
#ifndef DYAD_PEERS_PEER_ACTORS_H_
#define DYAD_PEERS_PEER_ACTORS_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "peers/peer_date.h"
#include "peers/peer_phrase.h"

namespace dyad::peers {

struct PeerActor {
  std::vector<DatedCode> codes;  // in file order; see CodeOnDate
  std::string name;              // the primary phrase as written
  std::string where;             // "path:line"
};

struct PeerAgent {
  std::string code;     // "GOV", "GOVMED"
  bool prefix = false;  // "NGO~": goes before the actor code
  std::string name;
  std::string where;
};

// Transparent hashing so lookups take string_views without copying.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Phrases indexed by their first word. A text word is looked up whole, then
// through its prefixes only as far as first words that match by prefix
// (TABARI stems, "_" endings) reach: PETRARCH dictionaries, whose words are
// all exact, cost one hash probe per word.
//
// Most text words open no phrase at all; a flat open-addressing table of
// the keys' 64-bit hashes answers that in one or two cache lines before the
// string-keyed map is touched.
class PhraseIndex {
 public:
  void Add(const PhraseWord& first, uint32_t id) {
    all_[first.text].push_back(id);
    InsertHash(HashWord(first.text));
    if (first.match != WordMatch::kExact) {
      inexact_[first.text].push_back(id);
      min_inexact_ = std::min(min_inexact_, first.text.size());
      max_inexact_ = std::max(max_inexact_, first.text.size());
    }
  }

  // Calls visit(id) for every phrase whose first word may match `word`
  // (the caller verifies the match), longest key first.
  template <typename Visit>
  void ForEachCandidate(std::string_view word, Visit&& visit) const {
    if (MayBeKey(HashWord(word))) {
      if (auto it = all_.find(word); it != all_.end()) {
        for (const uint32_t id : it->second) visit(id);
      }
    }
    if (inexact_.empty() || word.size() < 2) return;
    // Hashes of every prefix in one pass (FNV-1a extends byte by byte).
    constexpr size_t kMaxPrefix = 64;
    const size_t top = std::min({word.size() - 1, max_inexact_, kMaxPrefix});
    uint64_t prefix_hash[kMaxPrefix + 1];
    uint64_t h = kFnvBasis;
    for (size_t i = 0; i < top; ++i) {
      h = (h ^ static_cast<unsigned char>(word[i])) * kFnvPrime;
      prefix_hash[i + 1] = h;
    }
    for (size_t len = top; len >= min_inexact_ && len >= 1; --len) {
      if (!MayBeKey(prefix_hash[len])) continue;
      auto it = inexact_.find(word.substr(0, len));
      if (it == inexact_.end()) continue;
      for (const uint32_t id : it->second) visit(id);
    }
  }

  // True when some phrase may start with `word`.
  bool MayStart(std::string_view word) const {
    bool any = false;
    ForEachCandidate(word, [&](uint32_t) { any = true; });
    return any;
  }

 private:
  static constexpr uint64_t kFnvBasis = 0xcbf29ce484222325ULL;
  static constexpr uint64_t kFnvPrime = 0x100000001b3ULL;
  static uint64_t HashWord(std::string_view w) {
    uint64_t h = kFnvBasis;
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
    return h;
  }
  // 0 marks an empty slot, so a hash of 0 is stored as 1 (a false
  // "maybe" at worst: the map decides).
  static uint64_t Slot(uint64_t h) { return h == 0 ? 1 : h; }
  bool MayBeKey(uint64_t h) const {
    if (slots_.empty()) return false;
    h = Slot(h);
    const size_t mask = slots_.size() - 1;
    for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == h) return true;
      if (slots_[i] == 0) return false;
    }
  }
  void InsertHash(uint64_t h) {
    if ((hash_count_ + 1) * 2 > slots_.size()) {
      std::vector<uint64_t> old = std::move(slots_);
      slots_.assign(old.empty() ? 64 : old.size() * 2, 0);
      hash_count_ = 0;
      for (const uint64_t o : old) {
        if (o != 0) Place(o);
      }
    }
    Place(Slot(h));
  }
  void Place(uint64_t h) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
      if (slots_[i] == h) return;
      if (slots_[i] == 0) {
        slots_[i] = h;
        ++hash_count_;
        return;
      }
    }
  }

  using Map = std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>>;
  std::vector<uint64_t> slots_;  // hashes of the keys of all_ (power-of-two size, half full at most)
  size_t hash_count_ = 0;
  Map all_;
  Map inexact_;  // first words matching by prefix or with endings
  size_t min_inexact_ = SIZE_MAX;
  size_t max_inexact_ = 0;
};

struct PhraseMatch {
  uint32_t owner = 0;  // actor or agent id
  int first = 0;       // first matched word
  int last = 0;        // last matched word (inclusive)
  int length = 0;      // words in the phrase
};

class PeerActorDict {
 public:
  uint32_t AddActor(PeerActor actor);
  uint32_t AddAgent(PeerAgent agent);
  void AddActorPhrase(uint32_t actor, PeerPhrase phrase);
  void AddActorCode(uint32_t actor, DatedCode code) { actors_[actor].codes.push_back(std::move(code)); }
  void AddAgentPhrase(uint32_t agent, PeerPhrase phrase);

  // The longest actor (agent) phrase whose first word matches words[start]
  // and whose remaining words are found in words[start+1 .. limit) (blank
  // connectors may skip words, "_" connectors may not). Words are upper case.
  std::optional<PhraseMatch> MatchActor(std::span<const std::string> words, int start,
                                        int limit) const;
  std::optional<PhraseMatch> MatchAgent(std::span<const std::string> words, int start,
                                        int limit) const;
  // Whether any actor (agent) phrase may start with `word`: a cheap test a
  // caller can cache per sentence word before calling MatchActor.
  bool MayStartActor(std::string_view word) const { return actor_index_.MayStart(word); }
  bool MayStartAgent(std::string_view word) const { return agent_index_.MayStart(word); }

  const PeerActor& actor(uint32_t id) const { return actors_[id]; }
  const PeerAgent& agent(uint32_t id) const { return agents_[id]; }
  size_t actor_count() const { return actors_.size(); }
  size_t agent_count() const { return agents_.size(); }
  size_t actor_phrase_count() const { return actor_phrases_.size(); }
  size_t agent_phrase_count() const { return agent_phrases_.size(); }
  // Phrases of an actor / agent, for conversion and tests.
  std::vector<const PeerPhrase*> ActorPhrases(uint32_t actor) const;
  std::vector<const PeerPhrase*> AgentPhrases(uint32_t agent) const;

  // The actor's code on `date` (YYYYMMDD); "" when none applies.
  std::string_view ActorCode(uint32_t actor, int32_t date) const {
    return CodeOnDate(actors_[actor].codes, date);
  }

 private:
  struct OwnedPhrase {
    PeerPhrase words;
    uint32_t owner = 0;
  };
  std::optional<PhraseMatch> Match(const std::vector<OwnedPhrase>& phrases,
                                   const PhraseIndex& index, std::span<const std::string> words,
                                   int start, int limit) const;

  std::vector<PeerActor> actors_;
  std::vector<PeerAgent> agents_;
  std::vector<OwnedPhrase> actor_phrases_;
  std::vector<OwnedPhrase> agent_phrases_;
  PhraseIndex actor_index_;  // first word -> actor_phrases_ ids
  PhraseIndex agent_index_;
  std::vector<std::vector<uint32_t>> phrases_of_actor_;  // actor id -> actor_phrases_ ids
  std::vector<std::vector<uint32_t>> phrases_of_agent_;
};

// Matches `phrase` starting at words[start] (whose first word must match)
// within [start, limit); the index of the last matched word, or -1.
int MatchPhraseAt(const PeerPhrase& phrase, std::span<const std::string> words, int start,
                  int limit);

// Calls visit(id) for every phrase of `index` whose first word may match
// `word` (the caller verifies the match).
template <typename Visit>
void ForEachPrefixCandidate(const PhraseIndex& index, std::string_view word, Visit&& visit) {
  index.ForEachCandidate(word, visit);
}

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PEER_ACTORS_H_
