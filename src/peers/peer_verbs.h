// PeerVerbDict: a TABARI / PETRARCH verb dictionary: synonym sets, verbs
// (with their forms and multi-word parts) and the patterns of each verb
// block, in the shape the peer coders match against a sentence.
//
// A pattern is split at the verb marker '*' into the tokens before and after
// the verb, in text order:
//
//   - SAID $ * SUSPEND CONTRIBUT  [102]
//     before = [word SAID, source $]   after = [word SUSPEND, word CONTRIBUT]
//
// Tokens are words (with their match kind, peer_phrase.h), synonym sets
// (&NAME), the source '$', target '+', compound '%' and skip '^' markers, and
// TABARI's "{ A | B }" choices. `glued` says the token must immediately
// follow the previous one ("_" in the file). Codes are kept as written:
// "064", "---" (null: the verb is known but codes nothing), "###" (discard
// the sentence), "+++" (TABARI: complex, do not code), "031:032" (a paired
// event: source->target 031 and target->source 032).
//
// Thread safety: const after loading.
#ifndef DYAD_PEERS_PEER_VERBS_H_
#define DYAD_PEERS_PEER_VERBS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "peers/peer_actors.h"
#include "peers/peer_phrase.h"

namespace dyad::peers {

struct PatternToken {
  enum Kind : uint8_t {
    kWord,
    kSynset,    // &NAME: one phrase of the set
    kSource,    // $: the source is the actor here
    kTarget,    // +: the target is the actor here
    kCompound,  // %: a compound actor is both source and target
    kSkip,      // ^: skip one actor phrase
    kChoice,    // TABARI { A | B }: one of several token sequences
  };
  Kind kind = kWord;
  bool glued = false;  // adjacent to the previous token (or the verb)
  PhraseWord word;     // kWord
  uint32_t ref = 0;    // kSynset: synset id; kChoice: choice id
};
using TokenSeq = std::vector<PatternToken>;

struct VerbPattern {
  TokenSeq before;  // tokens before the verb, in text order
  TokenSeq after;   // tokens after the verb
  bool before_glued = false;  // "X_*": the last `before` token is next to the verb
  std::string code;
  std::string text;   // the pattern as written (evidence)
  std::string where;  // "path:line"
  // Number of word and synset tokens: the more specific pattern wins.
  int Specificity() const;
};

struct VerbBlock {
  std::string name;   // PETRARCH "--- NAME [code] ---"; TABARI: the verb
  std::string code;   // code of the bare verb ("---" when none)
  std::string where;
  std::vector<VerbPattern> patterns;
};

// One way a verb appears in text: the verb word plus any fixed words of a
// multi-word verb ("CORDON_OFF", "WIRE_TAP", TABARI "BRUSH ASIDE REPORTS").
struct VerbEntry {
  PeerPhrase words;   // the whole phrase; words[verb_index] is the verb
  int verb_index = 0;
  uint32_t block = 0;
  std::string code;   // the verb's own code; "" means the block's
  std::string where;
  bool inflected = false;  // a listed or generated form, not the verb as written
};

struct Synset {
  std::string name;  // without '&' and without a trailing '_'
  std::vector<TokenSeq> phrases;
  bool plurals = true;  // PETRARCH: label without a trailing '_' 
  std::string where;
  // Built by PeerVerbDict::AddSynset: phrases by their first word, so a
  // text word is checked only against the phrases that can start there;
  // phrases opening with a marker or another set are always tried.
  PhraseIndex first_words;
  std::vector<uint32_t> other_phrases;
};

// TABARI <TIME> entries: a phrase that shifts the event date ("[-7]") or
// carries a code ("[###]").
struct TimeEntry {
  PeerPhrase words;
  std::string value;
  std::string where;
};

class PeerVerbDict {
 public:
  uint32_t AddBlock(VerbBlock block);
  uint32_t AddEntry(VerbEntry entry);
  // A set defined again under the same name gets a new id and the name
  // points to it; patterns read earlier keep the old one, so sets can never
  // refer to themselves.
  uint32_t AddSynset(Synset synset);
  uint32_t AddChoice(std::vector<TokenSeq> alternatives);
  void AddTime(TimeEntry t) { time_.push_back(std::move(t)); }
  VerbBlock& mutable_block(uint32_t id) { return blocks_[id]; }
  Synset& mutable_synset(uint32_t id) { return synsets_[id]; }

  // Synset id by name (without '&'), or -1.
  int FindSynset(std::string_view name) const;

  // Calls visit(entry_id) for every entry whose verb word may match `word`
  // (upper case); the caller checks WordMatches and the fixed words.
  template <typename Visit>
  void ForEachVerbCandidate(std::string_view word, Visit&& visit) const {
    ForEachPrefixCandidate(index_, word, visit);
  }

  const VerbBlock& block(uint32_t id) const { return blocks_[id]; }
  const VerbEntry& entry(uint32_t id) const { return entries_[id]; }
  const Synset& synset(uint32_t id) const { return synsets_[id]; }
  const std::vector<TokenSeq>& choice(uint32_t id) const { return choices_[id]; }
  const std::vector<TimeEntry>& time_entries() const { return time_; }
  size_t block_count() const { return blocks_.size(); }
  size_t entry_count() const { return entries_.size(); }
  size_t synset_count() const { return synsets_.size(); }
  size_t pattern_count() const;

 private:
  std::vector<VerbBlock> blocks_;
  std::vector<VerbEntry> entries_;
  std::vector<Synset> synsets_;
  std::vector<std::vector<TokenSeq>> choices_;
  std::vector<TimeEntry> time_;
  PhraseIndex index_;  // verb word -> entry ids
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> synset_by_name_;
};

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PEER_VERBS_H_
