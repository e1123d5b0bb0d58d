// KeyTable: a read-only map from 64-bit hash keys to 16-bit values.
//
// The tagger keeps three: the tag dictionary (word form -> class for
// frequent words that (almost) always take one class, so scoring is skipped
// for them), the word-class lexicon (lowercased word -> WordNet class bits)
// and the usual classes (lowercased word -> its most frequent class). Keys
// are WordInfo hashes, computed once per token anyway, so a lookup is one
// probe sequence in one contiguous array and no string work.
//
// Layout: open addressing with linear probing over uint64 slots, each the
// key's high 48 bits with value + 1 in the low 16 (0 = free slot); load
// factor <= 0.7. Matching 48 bits instead of 64 lets a random unknown key
// through with probability ~1e-9 for the 180,000-entry lexicon: harmless
// for features. The slot array is saved as it is, so loading is one copy
// (no rehashing): the 180,000-entry lexicon loads in about a millisecond.
//
// Const after Build/Load; share between threads.
#ifndef DYAD_TAGGER_KEY_TABLE_H_
#define DYAD_TAGGER_KEY_TABLE_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "util/model_file.h"

namespace dyad {

class KeyTable {
 public:
  static constexpr uint32_t kMaxValue = 0xFFFE;

  // `entries`: (key, value) pairs with distinct keys, values <= kMaxValue.
  static KeyTable Build(std::vector<std::pair<uint64_t, uint16_t>> entries);

  // The value stored for `key`, or -1.
  int Find(uint64_t key) const {
    if (slots_.empty()) return -1;
    const uint64_t high = key & kKeyMask;
    for (size_t i = (key >> 16) & mask_;; i = (i + 1) & mask_) {
      const uint64_t s = slots_[i];
      if (s == 0) return -1;
      if ((s & kKeyMask) == high) return static_cast<int>(s & 0xFFFF) - 1;
    }
  }
  size_t size() const { return size_; }

  void Save(ModelWriter& out) const;
  // False on a malformed table or a value >= `value_limit`.
  bool Load(ModelReader& in, uint32_t value_limit);

 private:
  static constexpr uint64_t kKeyMask = ~uint64_t{0xFFFF};

  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad

#endif  // DYAD_TAGGER_KEY_TABLE_H_
