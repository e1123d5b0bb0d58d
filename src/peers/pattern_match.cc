#include "peers/pattern_match.h"

#include <algorithm>

namespace dyad::peers {
namespace {

// Steps one Match call may take: far above what real patterns need (tens),
// low enough that a hostile pattern or sentence cannot stall the coder.
constexpr int kStepBudget = 20000;
constexpr int kMaxSynsetDepth = 8;

}  // namespace

struct PatternMatcher::State {
  int steps = 0;
  PatternMatch match;
};

PatternMatcher::PatternMatcher(const PeerVerbDict& dict, std::span<const std::string> words,
                               const std::vector<SeqItem>& before, const std::vector<SeqItem>& after,
                               bool phrase_gaps)
    : dict_(dict), words_(words), before_(before), after_(after), phrase_gaps_(phrase_gaps) {}

bool PatternMatcher::IsTransparent(std::string_view w) {
  static constexpr std::string_view kWords[] = {"THE", "A", "AN", "SOME", "FEW"};
  for (const std::string_view k : kWords) {
    if (w == k) return true;
  }
  return !w.empty() && w[0] >= '0' && w[0] <= '9';
}

namespace {

// Index of the first word item at or after `pos` when only markers may be
// skipped; -1 when a word is missing.
int NextWordAdjacent(const std::vector<SeqItem>& items, int pos) {
  for (int i = pos; i < static_cast<int>(items.size()); ++i) {
    if (items[i].kind == SeqItem::kWord) return i;
  }
  return -1;
}

int WordsBetween(const std::vector<SeqItem>& items, int from, int to) {
  int n = 0;
  for (int i = from; i < to; ++i) n += items[i].kind == SeqItem::kWord ? 1 : 0;
  return n;
}

// Index of the end marker of the actor (or group) that starts at `start`.
int FindEnd(const std::vector<SeqItem>& items, int start) {
  const SeqItem::Kind end_kind =
      items[start].kind == SeqItem::kActorStart ? SeqItem::kActorEnd : SeqItem::kGroupEnd;
  for (int i = start + 1; i < static_cast<int>(items.size()); ++i) {
    if (items[i].kind == end_kind && items[i].index == items[start].index) return i;
  }
  return static_cast<int>(items.size()) - 1;
}

// The actor start whose phrase has a word at position `pos`, or -1:
// PETRARCH's markers refer to the phrase a match is in the middle of before
// looking further (at a phrase's start or end marker one is not inside it).
int EnclosingActor(const std::vector<SeqItem>& items, int pos) {
  const int n = static_cast<int>(items.size());
  if (pos < 0 || pos >= n || items[pos].kind != SeqItem::kWord) return -1;
  int open = -1;
  for (int i = 0; i < pos; ++i) {
    if (items[i].kind == SeqItem::kActorStart) open = i;
    if (items[i].kind == SeqItem::kActorEnd) open = -1;
  }
  return open;
}

int FindStart(const std::vector<SeqItem>& items, int end) {
  const SeqItem::Kind start_kind =
      items[end].kind == SeqItem::kActorEnd ? SeqItem::kActorStart : SeqItem::kGroupStart;
  for (int i = end - 1; i >= 0; --i) {
    if (items[i].kind == start_kind && items[i].index == items[end].index) return i;
  }
  return 0;
}

}  // namespace

void PatternMatcher::MatchSeqHere(const TokenSeq& seq, size_t t, const std::vector<SeqItem>& items,
                                  int pos, int depth, std::vector<int>* ends, State& st) const {
  // Consecutive matching inside a synonym-set phrase or choice alternative;
  // results are item indices after the match. A marker inside a phrase
  // (TABARI "PESO_$") only requires an adjacent actor phrase here: the
  // actor it names is not recorded.
  if (++st.steps > kStepBudget) return;
  if (t == seq.size()) {
    ends->push_back(pos);
    return;
  }
  const PatternToken& tok = seq[t];
  if (tok.kind == PatternToken::kSource || tok.kind == PatternToken::kTarget ||
      tok.kind == PatternToken::kSkip || tok.kind == PatternToken::kCompound) {
    const SeqItem::Kind want =
        tok.kind == PatternToken::kCompound ? SeqItem::kGroupStart : SeqItem::kActorStart;
    for (int i = pos; i < static_cast<int>(items.size()); ++i) {
      if (items[i].kind == want) {
        const int next = tok.kind == PatternToken::kSkip ? FindEnd(items, i) + 1 : i + 1;
        MatchSeqHere(seq, t + 1, items, next, depth, ends, st);
        break;
      }
      if (items[i].kind == SeqItem::kWord) break;  // must be adjacent
    }
    return;
  }
  if (t > 0 && phrase_gaps_ && !tok.glued) {
    // A blank between words of the phrase: later words may follow a gap.
    for (int at = pos; at < static_cast<int>(items.size()); ++at) {
      if (items[at].kind != SeqItem::kWord) continue;
      std::vector<int> here;
      MatchHere(tok, items, at, depth, &here, st);
      for (const int e : here) MatchSeqHere(seq, t + 1, items, e, depth, ends, st);
      if (st.steps > kStepBudget) return;
    }
    return;
  }
  const int at = t == 0 ? pos : NextWordAdjacent(items, pos);
  if (at < 0 || at >= static_cast<int>(items.size()) || items[at].kind != SeqItem::kWord) return;
  std::vector<int> here;
  MatchHere(tok, items, at, depth, &here, st);
  for (const int e : here) MatchSeqHere(seq, t + 1, items, e, depth, ends, st);
}

void PatternMatcher::MatchHere(const PatternToken& tok, const std::vector<SeqItem>& items, int pos,
                               int depth, std::vector<int>* ends, State& st) const {
  if (pos < 0 || pos >= static_cast<int>(items.size()) || items[pos].kind != SeqItem::kWord) return;
  switch (tok.kind) {
    case PatternToken::kWord:
      if (WordMatches(tok.word, words_[items[pos].index])) ends->push_back(pos + 1);
      return;
    case PatternToken::kSynset: {
      if (depth >= kMaxSynsetDepth) return;
      // Only the phrases that can start with this word, in set order.
      const Synset& set = dict_.synset(tok.ref);
      std::vector<uint32_t> candidates = set.other_phrases;
      set.first_words.ForEachCandidate(words_[items[pos].index],
                                       [&](uint32_t k) { candidates.push_back(k); });
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
      for (const uint32_t k : candidates) MatchSeqHere(set.phrases[k], 0, items, pos, depth + 1, ends, st);
      return;
    }
    case PatternToken::kChoice: {
      if (depth >= kMaxSynsetDepth) return;
      for (const TokenSeq& alt : dict_.choice(tok.ref)) {
        MatchSeqHere(alt, 0, items, pos, depth + 1, ends, st);
      }
      return;
    }
    default:
      return;
  }
}

bool PatternMatcher::Forward(const TokenSeq& toks, size_t t, int pos, bool /*adjacent*/,
                             State& st) const {
  if (t == toks.size()) return true;
  if (++st.steps > kStepBudget) return false;
  const PatternToken& tok = toks[t];
  const int n = static_cast<int>(after_.size());
  switch (tok.kind) {
    case PatternToken::kSource:
    case PatternToken::kTarget:
    case PatternToken::kSkip:
    case PatternToken::kCompound: {
      const bool compound = tok.kind == PatternToken::kCompound;
      const SeqItem::Kind want = compound ? SeqItem::kGroupStart : SeqItem::kActorStart;
      // Inside a phrase already: the marker means that phrase.
      const int inside = compound ? -1 : EnclosingActor(after_, pos);
      for (int i = inside >= 0 ? inside : pos; i < n; ++i) {
        if (after_[i].kind == SeqItem::kWord && tok.glued && inside < 0) return false;
        if (after_[i].kind != want) continue;
        const PatternMatch saved = st.match;
        int next = std::max(i + 1, pos);
        const int id = after_[i].index;
        if (tok.kind == PatternToken::kSource) st.match.source = id, st.match.source_is_group = false;
        if (tok.kind == PatternToken::kTarget) st.match.target = id, st.match.target_is_group = false;
        if (tok.kind == PatternToken::kSkip) next = FindEnd(after_, i) + 1;
        // After the verb a compound is the target (the source is found as
        // usual), as PETRARCH codes "X agrees with A and B".
        if (compound) st.match.target = id, st.match.target_is_group = true;
        if (Forward(toks, t + 1, next, false, st)) return true;
        st.match = saved;
        if (tok.glued || inside >= 0) return false;
      }
      return false;
    }
    default:
      break;
  }
  for (int i = pos; i < n; ++i) {
    if (after_[i].kind != SeqItem::kWord) continue;
    std::vector<int> ends;
    MatchHere(tok, after_, i, 0, &ends, st);
    for (const int e : ends) {
      const int covered = WordsBetween(after_, i, e);
      st.match.words += covered;
      if (Forward(toks, t + 1, e, false, st)) return true;
      st.match.words -= covered;
    }
    if (tok.glued) return false;  // only the next word may match
    if (st.steps > kStepBudget) return false;
  }
  return false;
}

bool PatternMatcher::Backward(const TokenSeq& toks, int t, int pos, bool adjacent,
                              State& st) const {
  if (t < 0) return true;
  if (++st.steps > kStepBudget) return false;
  const PatternToken& tok = toks[t];
  switch (tok.kind) {
    case PatternToken::kSource:
    case PatternToken::kTarget:
    case PatternToken::kSkip:
    case PatternToken::kCompound: {
      const bool compound = tok.kind == PatternToken::kCompound;
      const SeqItem::Kind want = compound ? SeqItem::kGroupEnd : SeqItem::kActorEnd;
      // Inside a phrase already (a word of it matched): that phrase.
      int inside = -1;
      if (!compound && pos >= 0) {
        const int s = EnclosingActor(before_, pos);
        if (s >= 0) inside = FindEnd(before_, s);
      }
      for (int i = inside >= 0 ? inside : pos; i >= 0; --i) {
        if (before_[i].kind == SeqItem::kWord && adjacent && inside < 0) return false;
        if (before_[i].kind != want) continue;
        const int start = FindStart(before_, i);
        const PatternMatch saved = st.match;
        const int id = before_[i].index;
        if (tok.kind == PatternToken::kSource) st.match.source = id, st.match.source_is_group = false;
        if (tok.kind == PatternToken::kTarget) st.match.target = id, st.match.target_is_group = false;
        if (compound) {
          st.match.source = st.match.target = id;
          st.match.source_is_group = st.match.target_is_group = true;
        }
        if (Backward(toks, t - 1, std::min(start - 1, pos), tok.glued, st)) return true;
        st.match = saved;
        if (adjacent || inside >= 0) return false;
      }
      return false;
    }
    default:
      break;
  }
  // The nearest word at or below pos, for adjacency.
  int nearest = -1;
  for (int i = pos; i >= 0; --i) {
    if (before_[i].kind == SeqItem::kWord) {
      nearest = i;
      break;
    }
  }
  if (nearest < 0) return false;
  for (int s = nearest; s >= 0; --s) {
    if (before_[s].kind != SeqItem::kWord) continue;
    std::vector<int> ends;
    MatchHere(tok, before_, s, 0, &ends, st);
    for (const int e : ends) {
      // The match must end at or before pos; when adjacent, on `nearest`.
      const int last_word = e - 1;
      int last = last_word;
      while (last >= 0 && before_[last].kind != SeqItem::kWord) --last;
      if (last > nearest) continue;
      if (adjacent && last != nearest) continue;
      const int covered = WordsBetween(before_, s, e);
      st.match.words += covered;
      if (Backward(toks, t - 1, s - 1, tok.glued, st)) return true;
      st.match.words -= covered;
    }
    if (st.steps > kStepBudget) return false;
    if (adjacent && s < nearest) {
      // A multi-word token could still end on `nearest` from further left;
      // keep looking, but a single word cannot.
      if (tok.kind == PatternToken::kWord) return false;
    }
  }
  return false;
}

bool PatternMatcher::HasWord(const std::vector<SeqItem>& items, std::string_view word) const {
  for (const SeqItem& it : items) {
    if (it.kind == SeqItem::kWord && words_[it.index] == word) return true;
  }
  return false;
}

bool PatternMatcher::Match(const VerbPattern& p, PatternMatch* out) const {
  // A pattern whose exact words are missing on their side of the verb
  // cannot match: skip the search (most patterns of a verb fail here).
  for (const PatternToken& t : p.after) {
    if (t.kind == PatternToken::kWord && t.word.match == WordMatch::kExact && !HasWord(after_, t.word.text)) {
      return false;
    }
  }
  for (const PatternToken& t : p.before) {
    if (t.kind == PatternToken::kWord && t.word.match == WordMatch::kExact && !HasWord(before_, t.word.text)) {
      return false;
    }
  }
  State st;
  if (!Forward(p.after, 0, 0, false, st)) return false;
  const PatternMatch after_match = st.match;
  st.match = PatternMatch{};
  if (!Backward(p.before, static_cast<int>(p.before.size()) - 1,
                static_cast<int>(before_.size()) - 1, p.before_glued, st)) {
    return false;
  }
  PatternMatch m = st.match;
  m.words += after_match.words;
  if (after_match.source >= 0) m.source = after_match.source, m.source_is_group = after_match.source_is_group;
  if (after_match.target >= 0) m.target = after_match.target, m.target_is_group = after_match.target_is_group;
  *out = m;
  return true;
}

}  // namespace dyad::peers
