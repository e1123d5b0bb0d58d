// WordSet: which words WordNet lists, and as which word classes.
//
// The suffix rules (suffix_rules.h) propose candidate lemmas ("hoped" ->
// "hope" or "hop"); a candidate that WordNet lists in the right class wins.
// This is that list, built from WordNet's index files at training time and
// stored in the lemmatizer model, so the runtime needs no WordNet.
//
// Layout: open addressing over uint64 words, each a word's hash with its low
// 8 bits replaced by the class bits (a 56-bit hash leaves collisions at
// ~1e-12 for 150,000 words); 0 marks a free slot. Const after Build/Load.
#ifndef DYAD_LEMMA_WORD_SET_H_
#define DYAD_LEMMA_WORD_SET_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "util/hash.h"
#include "util/model_file.h"

namespace dyad {

// Bits of a word's classes (WordNet's four).
enum WordClassBit : uint8_t {
  kWordNoun = 1,
  kWordVerb = 2,
  kWordAdj = 4,
  kWordAdv = 8,
  // WordNet spells it with a capital, as a noun or an adjective, and never
  // in lowercase ("American", "Iraqi"; not "bush").
  kWordCapitalized = 16,
};

class WordSet {
 public:
  static uint64_t Key(std::string_view word) { return HashString(word, 0x6c656d6d61776f72ULL); }

  // `entries`: (Key(word), class bits) pairs.
  static WordSet Build(const std::vector<std::pair<uint64_t, uint8_t>>& entries);

  // The class bits of `word` (lowercase), 0 when WordNet does not list it.
  uint8_t Classes(std::string_view word) const {
    if (slots_.empty()) return 0;
    const uint64_t key = Key(word) | 0xFF;
    for (size_t i = (key >> 8) & mask_;; i = (i + 1) & mask_) {
      const uint64_t s = slots_[i];
      if (s == 0) return 0;
      if ((s | 0xFF) == key) return static_cast<uint8_t>(s & 0xFF);
    }
  }
  bool Has(std::string_view word, uint8_t classes) const { return (Classes(word) & classes) != 0; }
  size_t size() const { return size_; }

  void Save(ModelWriter& out) const;
  bool Load(ModelReader& in);

 private:
  void Index(std::vector<uint64_t> packed);

  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad

#endif  // DYAD_LEMMA_WORD_SET_H_
