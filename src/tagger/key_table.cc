#include "tagger/key_table.h"

#include <algorithm>
#include <bit>

namespace dyad {

KeyTable KeyTable::Build(std::vector<std::pair<uint64_t, uint16_t>> entries) {
  std::sort(entries.begin(), entries.end());
  KeyTable t;
  t.Insert(entries);
  return t;
}

void KeyTable::Insert(const std::vector<std::pair<uint64_t, uint16_t>>& sorted) {
  const size_t capacity = std::bit_ceil(std::max<size_t>(16, sorted.size() * 2));
  slots_.assign(capacity, Slot{0, kEmpty});
  mask_ = capacity - 1;
  size_ = sorted.size();
  for (const auto& [key, value] : sorted) {
    size_t i = key & mask_;
    while (slots_[i].value != kEmpty) i = (i + 1) & mask_;
    slots_[i] = Slot{key, value};
  }
}

void KeyTable::Save(ModelWriter& out) const {
  std::vector<std::pair<uint64_t, uint16_t>> entries;
  entries.reserve(size_);
  for (const Slot& s : slots_) {
    if (s.value != kEmpty) entries.emplace_back(s.key, s.value);
  }
  std::sort(entries.begin(), entries.end());
  std::vector<uint64_t> keys;
  std::vector<uint16_t> values;
  keys.reserve(entries.size());
  values.reserve(entries.size());
  for (const auto& [key, value] : entries) {
    keys.push_back(key);
    values.push_back(value);
  }
  out.PutArray<uint64_t>(keys);
  out.PutArray<uint16_t>(values);
}

bool KeyTable::Load(ModelReader& in, uint32_t value_limit) {
  std::vector<uint64_t> keys;
  std::vector<uint16_t> values;
  if (!in.GetArray(&keys) || !in.GetArray(&values) || keys.size() != values.size()) {
    return false;
  }
  std::vector<std::pair<uint64_t, uint16_t>> entries;
  entries.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    if (values[i] >= value_limit || values[i] == kEmpty) return false;
    if (i > 0 && keys[i] <= keys[i - 1]) return false;  // written sorted and distinct
    entries.emplace_back(keys[i], values[i]);
  }
  Insert(entries);
  return true;
}

}  // namespace dyad
