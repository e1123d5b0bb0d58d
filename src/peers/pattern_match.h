// Matching TABARI / PETRARCH verb patterns against the words around a verb.
//
// The coder lays out the sentence near a verb as items: words, and the
// start and end of each actor phrase ("NE" in PETRARCH) and of each compound
// of actors. `before` holds the items preceding the verb (text order, up to
// the clause boundary the coder chose) and `after` those following it.
//
// A pattern's tokens after '*' are matched left to right in `after`, those
// before '*' right to left in `before` starting next to the verb; words may
// lie between two tokens unless the second is glued ("_") to the first.
// '+' / '$' take the next actor phrase (in `before`: the nearest one) as
// target / source, '^' skips one actor phrase, '%' takes a compound as both
// source and target. Synonym sets and TABARI choices match any of their
// phrases (consecutive words). The search backtracks, preferring matches
// nearest the verb, under a step budget so that no pattern or sentence can
// make it run away.
#ifndef DYAD_PEERS_PATTERN_MATCH_H_
#define DYAD_PEERS_PATTERN_MATCH_H_

#include <span>
#include <string>
#include <vector>

#include "peers/peer_verbs.h"

namespace dyad::peers {

struct SeqItem {
  enum Kind : uint8_t { kWord, kActorStart, kActorEnd, kGroupStart, kGroupEnd };
  Kind kind = kWord;
  int index = 0;  // word index (kWord), actor id or group id
};

struct PatternMatch {
  int source = -1;  // actor id, or group id when source_is_group
  int target = -1;
  bool source_is_group = false;
  bool target_is_group = false;
  int words = 0;  // words the pattern's words, sets and choices covered
};

class PatternMatcher {
 public:
  // `words` (upper case) are indexed by SeqItem::index of kWord items.
  // All arguments must outlive the matcher.
  // `phrase_gaps`: the words of a synonym-set phrase or a choice joined by
  // a blank may have other words between them (TABARI); otherwise such
  // phrases are consecutive (PETRARCH).
  PatternMatcher(const PeerVerbDict& dict, std::span<const std::string> words,
                 const std::vector<SeqItem>& before, const std::vector<SeqItem>& after,
                 bool phrase_gaps = false);

  // True when `p` matches; fills the actors its markers chose.
  bool Match(const VerbPattern& p, PatternMatch* out) const;

  // Words that count as absent when checking adjacency and gaps (PETRARCH
  // lets articles and numbers sit anywhere): "THE", "A", digits...
  static bool IsTransparent(std::string_view word);

 private:
  struct State;
  bool HasWord(const std::vector<SeqItem>& items, std::string_view word) const;
  bool Forward(const TokenSeq& toks, size_t t, int pos, bool adjacent, State& st) const;
  bool Backward(const TokenSeq& toks, int t, int pos, bool adjacent, State& st) const;
  // End positions (item index after the last word) of `tok` matched
  // starting exactly at word item `pos` of `items` (consecutive words).
  void MatchHere(const PatternToken& tok, const std::vector<SeqItem>& items, int pos, int depth,
                 std::vector<int>* ends, State& st) const;
  void MatchSeqHere(const TokenSeq& seq, size_t t, const std::vector<SeqItem>& items, int pos,
                    int depth, std::vector<int>* ends, State& st) const;

  const PeerVerbDict& dict_;
  std::span<const std::string> words_;
  const std::vector<SeqItem>& before_;
  const std::vector<SeqItem>& after_;
  bool phrase_gaps_;
};

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PATTERN_MATCH_H_
