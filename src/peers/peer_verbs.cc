#include "peers/peer_verbs.h"

namespace dyad::peers {

int VerbPattern::Specificity() const {
  int n = 0;
  for (const TokenSeq* side : {&before, &after}) {
    for (const PatternToken& t : *side) {
      if (t.kind == PatternToken::kWord || t.kind == PatternToken::kSynset ||
          t.kind == PatternToken::kChoice) {
        ++n;
      }
    }
  }
  return n;
}

uint32_t PeerVerbDict::AddBlock(VerbBlock block) {
  blocks_.push_back(std::move(block));
  return static_cast<uint32_t>(blocks_.size() - 1);
}

uint32_t PeerVerbDict::AddEntry(VerbEntry entry) {
  const uint32_t id = static_cast<uint32_t>(entries_.size());
  index_.Add(entry.words[entry.verb_index], id);
  entries_.push_back(std::move(entry));
  return id;
}

uint32_t PeerVerbDict::AddSynset(Synset synset) {
  const uint32_t id = static_cast<uint32_t>(synsets_.size());
  for (uint32_t k = 0; k < synset.phrases.size(); ++k) {
    const TokenSeq& phrase = synset.phrases[k];
    if (!phrase.empty() && phrase[0].kind == PatternToken::kWord) synset.first_words.Add(phrase[0].word, k);
    else synset.other_phrases.push_back(k);
  }
  synset_by_name_[synset.name] = id;
  synsets_.push_back(std::move(synset));
  return id;
}

uint32_t PeerVerbDict::AddChoice(std::vector<TokenSeq> alternatives) {
  choices_.push_back(std::move(alternatives));
  return static_cast<uint32_t>(choices_.size() - 1);
}

int PeerVerbDict::FindSynset(std::string_view name) const {
  auto it = synset_by_name_.find(name);
  return it == synset_by_name_.end() ? -1 : static_cast<int>(it->second);
}

size_t PeerVerbDict::pattern_count() const {
  size_t n = 0;
  for (const VerbBlock& b : blocks_) n += b.patterns.size();
  return n;
}

}  // namespace dyad::peers
