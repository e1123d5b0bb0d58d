#include "lemma/word_set.h"

#include <algorithm>
#include <bit>

namespace dyad {

WordSet WordSet::Build(const std::vector<std::pair<uint64_t, uint8_t>>& entries) {
  std::vector<uint64_t> packed;
  packed.reserve(entries.size());
  for (const auto& [key, bits] : entries) {
    if (bits != 0) packed.push_back((key & ~uint64_t{0xFF}) | bits);
  }
  std::sort(packed.begin(), packed.end());
  // Merge words whose 56-bit hashes agree (the same word listed twice).
  size_t w = 0;
  for (size_t r = 0; r < packed.size(); ++r) {
    if (w > 0 && (packed[w - 1] | 0xFF) == (packed[r] | 0xFF)) {
      packed[w - 1] |= packed[r] & 0xFF;
    } else {
      packed[w++] = packed[r];
    }
  }
  packed.resize(w);
  WordSet s;
  s.Index(std::move(packed));
  return s;
}

void WordSet::Index(std::vector<uint64_t> packed) {
  const size_t capacity = std::bit_ceil(std::max<size_t>(16, packed.size() * 2));
  slots_.assign(capacity, 0);
  mask_ = capacity - 1;
  size_ = packed.size();
  for (uint64_t p : packed) {
    size_t i = (p >> 8) & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = p;
  }
}

void WordSet::Save(ModelWriter& out) const {
  std::vector<uint64_t> packed;
  packed.reserve(size_);
  for (uint64_t s : slots_) {
    if (s != 0) packed.push_back(s);
  }
  std::sort(packed.begin(), packed.end());
  out.PutArray<uint64_t>(packed);
}

bool WordSet::Load(ModelReader& in) {
  std::vector<uint64_t> packed;
  if (!in.GetArray(&packed)) return false;
  for (size_t i = 0; i < packed.size(); ++i) {
    if ((packed[i] & 0xFF) == 0) return false;
    if (i > 0 && (packed[i] | 0xFF) <= (packed[i - 1] | 0xFF)) return false;
  }
  Index(std::move(packed));
  return true;
}

}  // namespace dyad
