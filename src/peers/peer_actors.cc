#include "peers/peer_actors.h"

namespace dyad::peers {

int MatchPhraseAt(const PeerPhrase& phrase, std::span<const std::string> words, int start,
                  int limit) {
  if (phrase.empty() || start >= limit || !WordMatches(phrase[0], words[start])) return -1;
  int pos = start;
  for (size_t k = 1; k < phrase.size(); ++k) {
    const PhraseWord& pw = phrase[k];
    int next = pos + 1;
    if (pw.glued) {
      if (next >= limit || !WordMatches(pw, words[next])) return -1;
    } else {
      while (next < limit && !WordMatches(pw, words[next])) ++next;
      if (next >= limit) return -1;
    }
    pos = next;
  }
  return pos;
}

uint32_t PeerActorDict::AddActor(PeerActor actor) {
  actors_.push_back(std::move(actor));
  phrases_of_actor_.emplace_back();
  return static_cast<uint32_t>(actors_.size() - 1);
}

uint32_t PeerActorDict::AddAgent(PeerAgent agent) {
  agents_.push_back(std::move(agent));
  phrases_of_agent_.emplace_back();
  return static_cast<uint32_t>(agents_.size() - 1);
}

void PeerActorDict::AddActorPhrase(uint32_t actor, PeerPhrase phrase) {
  if (phrase.empty()) return;
  actor_index_.Add(phrase[0], static_cast<uint32_t>(actor_phrases_.size()));
  phrases_of_actor_[actor].push_back(static_cast<uint32_t>(actor_phrases_.size()));
  actor_phrases_.push_back({std::move(phrase), actor});
}

void PeerActorDict::AddAgentPhrase(uint32_t agent, PeerPhrase phrase) {
  if (phrase.empty()) return;
  agent_index_.Add(phrase[0], static_cast<uint32_t>(agent_phrases_.size()));
  phrases_of_agent_[agent].push_back(static_cast<uint32_t>(agent_phrases_.size()));
  agent_phrases_.push_back({std::move(phrase), agent});
}

std::optional<PhraseMatch> PeerActorDict::Match(const std::vector<OwnedPhrase>& phrases,
                                                const PhraseIndex& index,
                                                std::span<const std::string> words, int start,
                                                int limit) const {
  std::optional<PhraseMatch> best;
  uint32_t best_id = 0;
  ForEachPrefixCandidate(index, words[start], [&](uint32_t id) {
    const OwnedPhrase& p = phrases[id];
    const int last = MatchPhraseAt(p.words, words, start, limit);
    if (last < 0) return;
    const int len = static_cast<int>(p.words.size());
    // Longest phrase wins; among equals the tighter match, then the one
    // loaded first.
    const bool better = !best || len > best->length ||
                        (len == best->length && last < best->last) ||
                        (len == best->length && last == best->last && id < best_id);
    if (better) {
      best = PhraseMatch{p.owner, start, last, len};
      best_id = id;
    }
  });
  return best;
}

std::optional<PhraseMatch> PeerActorDict::MatchActor(std::span<const std::string> words, int start,
                                                     int limit) const {
  return Match(actor_phrases_, actor_index_, words, start, limit);
}

std::optional<PhraseMatch> PeerActorDict::MatchAgent(std::span<const std::string> words, int start,
                                                     int limit) const {
  return Match(agent_phrases_, agent_index_, words, start, limit);
}

std::vector<const PeerPhrase*> PeerActorDict::ActorPhrases(uint32_t actor) const {
  std::vector<const PeerPhrase*> out;
  for (const uint32_t id : phrases_of_actor_[actor]) out.push_back(&actor_phrases_[id].words);
  return out;
}

std::vector<const PeerPhrase*> PeerActorDict::AgentPhrases(uint32_t agent) const {
  std::vector<const PeerPhrase*> out;
  for (const uint32_t id : phrases_of_agent_[agent]) out.push_back(&agent_phrases_[id].words);
  return out;
}

}  // namespace dyad::peers
