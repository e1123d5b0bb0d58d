// StringTable: a read-only map from 64-bit hash keys to short strings.
//
// The lemmatizer's tables (treebank exceptions keyed by form + tag,
// WordNet's irregular forms keyed by form + word class) are this: one probe
// sequence over contiguous 16-byte slots, then the value's bytes in one
// shared pool. Built at training time, stored in the model, const after
// Build/Load; share between threads.
#ifndef DYAD_LEMMA_STRING_TABLE_H_
#define DYAD_LEMMA_STRING_TABLE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/model_file.h"

namespace dyad {

class StringTable {
 public:
  // `entries`: (key, value) pairs with distinct keys.
  static StringTable Build(std::vector<std::pair<uint64_t, std::string>> entries);

  // The value of `key`; a view into the table, valid while it lives.
  std::optional<std::string_view> Find(uint64_t key) const {
    if (slots_.empty()) return std::nullopt;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.size == kEmpty) return std::nullopt;
      if (s.key == key) return std::string_view(pool_).substr(s.offset, s.size);
    }
  }
  size_t size() const { return size_; }

  void Save(ModelWriter& out) const;
  bool Load(ModelReader& in);

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFF;
  struct Slot {
    uint64_t key;
    uint32_t offset;
    uint32_t size;  // kEmpty: free slot
  };
  void Index(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& offsets);

  std::string pool_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad

#endif  // DYAD_LEMMA_STRING_TABLE_H_
