#include "tagger/key_table.h"

#include <algorithm>
#include <bit>
#include <cassert>

namespace dyad {

KeyTable KeyTable::Build(std::vector<std::pair<uint64_t, uint16_t>> entries) {
  // Sorted insertion makes the slot array, and so the file, independent of
  // the caller's order.
  std::sort(entries.begin(), entries.end());
  KeyTable t;
  const size_t capacity = std::bit_ceil(std::max<size_t>(16, entries.size() * 10 / 7 + 1));
  t.slots_.assign(capacity, 0);
  t.mask_ = capacity - 1;
  for (const auto& [key, value] : entries) {
    assert(value <= kMaxValue);
    size_t i = (key >> 16) & t.mask_;
    // Two keys agreeing in 48 bits (never seen in practice): the first wins.
    bool duplicate = false;
    while (t.slots_[i] != 0) {
      duplicate |= (t.slots_[i] & kKeyMask) == (key & kKeyMask);
      i = (i + 1) & t.mask_;
    }
    if (duplicate) continue;
    t.slots_[i] = (key & kKeyMask) | (static_cast<uint64_t>(value) + 1);
    ++t.size_;
  }
  return t;
}

void KeyTable::Save(ModelWriter& out) const { out.PutArray<uint64_t>(slots_); }

bool KeyTable::Load(ModelReader& in, uint32_t value_limit) {
  if (!in.GetArray(&slots_, uint64_t{1} << 28)) return false;
  size_ = 0;
  if (slots_.empty()) {
    mask_ = 0;
    return true;
  }
  if (!std::has_single_bit(slots_.size())) return false;
  mask_ = slots_.size() - 1;
  // Values are checked so that a damaged table cannot hand out a class the
  // model does not have; a free slot must exist or a probe could not end.
  bool has_free = false;
  for (uint64_t s : slots_) {
    if (s == 0) {
      has_free = true;
      continue;
    }
    if ((s & 0xFFFF) - 1 >= value_limit) return false;
    ++size_;
  }
  return has_free;
}

}  // namespace dyad
