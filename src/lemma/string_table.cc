#include "lemma/string_table.h"

#include <algorithm>
#include <bit>

namespace dyad {

StringTable StringTable::Build(std::vector<std::pair<uint64_t, std::string>> entries) {
  std::sort(entries.begin(), entries.end());  // file bytes independent of input order
  StringTable t;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets;  // size = keys + 1
  offsets.push_back(0);
  for (const auto& [key, value] : entries) {
    keys.push_back(key);
    t.pool_ += value;
    offsets.push_back(static_cast<uint32_t>(t.pool_.size()));
  }
  t.Index(keys, offsets);
  return t;
}

void StringTable::Index(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& offsets) {
  const size_t capacity = std::bit_ceil(std::max<size_t>(16, keys.size() * 2));
  slots_.assign(capacity, Slot{0, 0, kEmpty});
  mask_ = capacity - 1;
  size_ = keys.size();
  for (size_t r = 0; r < keys.size(); ++r) {
    size_t i = keys[r] & mask_;
    while (slots_[i].size != kEmpty) i = (i + 1) & mask_;
    slots_[i] = Slot{keys[r], offsets[r], offsets[r + 1] - offsets[r]};
  }
}

void StringTable::Save(ModelWriter& out) const {
  std::vector<std::pair<uint64_t, std::string_view>> entries;
  for (const Slot& s : slots_) {
    if (s.size != kEmpty) entries.emplace_back(s.key, std::string_view(pool_).substr(s.offset, s.size));
  }
  std::sort(entries.begin(), entries.end());
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::string pool;
  for (const auto& [key, value] : entries) {
    keys.push_back(key);
    pool += value;
    offsets.push_back(static_cast<uint32_t>(pool.size()));
  }
  out.PutArray<uint64_t>(keys);
  out.PutArray<uint32_t>(offsets);
  out.PutArray<char>(pool);
}

bool StringTable::Load(ModelReader& in) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets;
  std::vector<char> pool;
  if (!in.GetArray(&keys) || !in.GetArray(&offsets) || !in.GetArray(&pool)) return false;
  if (offsets.size() != keys.size() + 1 || offsets.front() != 0 || offsets.back() != pool.size()) {
    return false;
  }
  for (size_t i = 0; i < keys.size(); ++i) {
    if (offsets[i] > offsets[i + 1]) return false;
    if (i > 0 && keys[i] <= keys[i - 1]) return false;  // written sorted and distinct
  }
  pool_.assign(pool.begin(), pool.end());
  Index(keys, offsets);
  return true;
}

}  // namespace dyad
