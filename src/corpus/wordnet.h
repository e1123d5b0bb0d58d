// WordNet: what dyad's model builders take from Princeton WordNet 3.0's
// database files (Debian package wordnet-base, /usr/share/wordnet).
//
// Used at training time only, by the lemmatizer (which words exist, the
// irregular forms of the *.exc lists) and the tagger (which word classes a
// word can belong to). The tables derived from it are stored in the model
// files; nothing reads /usr/share/wordnet at run time.
//
// File formats: wndb(5WN) and morph(5WN) of the WordNet documentation.
// index.POS lines start "lemma pos ..." (lowercase, '_' between the words of
// a collocation); data.POS lines "offset lex_filenum ss_type w_cnt word
// lex_id ..." keep each word's case; POS.exc lines are "inflected base...".
#ifndef DYAD_CORPUS_WORDNET_H_
#define DYAD_CORPUS_WORDNET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad {

enum class WordNetPos : uint8_t { kNoun = 0, kVerb = 1, kAdj = 2, kAdv = 3 };
inline constexpr int kWordNetPosCount = 4;

struct WordNet {
  // Hashing by string_view, so lookups need no temporary std::string.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename V>
  using Map = std::unordered_map<std::string, V, Hash, std::equal_to<>>;

  // Single-word lemmas of index.POS (collocations skipped) -> bit 1 << pos.
  Map<uint8_t> lemmas;
  // Lowercased noun lemmas that data.noun spells with a capital ("Russia"),
  // -> true when the same word is also a common noun ("bush" / "Bush").
  // Filled only when asked for (data.noun is the largest file).
  Map<bool> capitalized_nouns;
  // The same for adjectives in data.adj ("American", "Iraqi").
  Map<bool> capitalized_adjectives;
  // The POS.exc lists: (inflected, base) pairs in file order, per POS.
  std::vector<std::pair<std::string, std::string>> exceptions[kWordNetPosCount];

  bool IsLemma(std::string_view word, WordNetPos pos) const {
    auto it = lemmas.find(word);
    return it != lemmas.end() && (it->second & (1u << static_cast<int>(pos)));
  }
};

// Reads index.{noun,verb,adj,adv} and {noun,verb,adj,adv}.exc from `dir`
// (and data.noun, data.adj when `with_case`). Errors name the file.
Result<WordNet> ReadWordNet(const std::string& dir, bool with_case);

}  // namespace dyad

#endif  // DYAD_CORPUS_WORDNET_H_
