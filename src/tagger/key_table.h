// KeyTable: a read-only map from 64-bit hash keys to 16-bit values.
//
// The tagger keeps two: the tag dictionary (word form -> class for frequent
// words that (almost) always take one class, so scoring is skipped for them)
// and the word-class lexicon (lowercased word -> WordNet class bits). Keys
// are WordInfo hashes, computed once per token anyway, so a lookup costs one
// probe sequence in one contiguous array and no string work.
//
// Layout: open addressing, linear probing, load factor <= 1/2; 16-byte
// slots, so a lookup usually touches one cache line. Const after
// Build/Load; share between threads.
#ifndef DYAD_TAGGER_KEY_TABLE_H_
#define DYAD_TAGGER_KEY_TABLE_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "util/model_file.h"

namespace dyad {

class KeyTable {
 public:
  // `entries`: (key, value) pairs with distinct keys; values < 0xFFFF.
  static KeyTable Build(std::vector<std::pair<uint64_t, uint16_t>> entries);

  // The value stored for `key`, or -1.
  int Find(uint64_t key) const {
    if (slots_.empty()) return -1;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == kEmpty) return -1;
      if (s.key == key) return s.value;
    }
  }
  size_t size() const { return size_; }

  // Stored as two sorted arrays (keys, values): compact and deterministic.
  void Save(ModelWriter& out) const;
  // False on a malformed table or a value >= `value_limit`.
  bool Load(ModelReader& in, uint32_t value_limit);

 private:
  static constexpr uint16_t kEmpty = 0xFFFF;
  struct Slot {
    uint64_t key;
    uint16_t value;
  };
  void Insert(const std::vector<std::pair<uint64_t, uint16_t>>& sorted);

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad

#endif  // DYAD_TAGGER_KEY_TABLE_H_
