#include "learn/linear_model.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace dyad {

LinearModel LinearModel::Build(int num_classes, const std::vector<Row>& rows) {
  LinearModel m;
  m.num_classes_ = num_classes;
  float max_abs = 0.0f;
  for (const Row& row : rows) {
    for (const auto& [cls, w] : row.weights) max_abs = std::max(max_abs, std::fabs(w));
  }
  // int16 range; keep headroom so sums of a few hundred features never
  // overflow int32 (they cannot: 32767 * 65535 < 2^31).
  m.scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  m.row_begin_.push_back(0);
  for (const Row& row : rows) {
    const size_t before = m.entries_.size();
    for (const auto& [cls, w] : row.weights) {
      const long q = std::lround(w / m.scale_);
      if (q != 0) m.entries_.push_back({cls, static_cast<int16_t>(q)});
    }
    if (m.entries_.size() == before) continue;  // nothing left after quantising
    m.keys_.push_back(row.key);
    m.row_begin_.push_back(static_cast<uint32_t>(m.entries_.size()));
  }
  m.BuildSlots();
  return m;
}

void LinearModel::BuildSlots() {
  const size_t capacity = std::bit_ceil(std::max<size_t>(16, keys_.size() * 2));
  slots_.assign(capacity, 0);
  mask_ = capacity - 1;
  for (size_t r = 0; r < keys_.size(); ++r) {
    size_t i = keys_[r] & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = static_cast<uint32_t>(r + 1);
  }
}

void LinearModel::Save(ModelWriter& out) const {
  out.Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  out.Put<float>(scale_);
  out.PutArray<uint64_t>(keys_);
  out.PutArray<uint32_t>(row_begin_);
  out.PutArray<WeightEntry>(entries_);
}

bool LinearModel::Load(ModelReader& in) {
  uint32_t classes = 0;
  if (!in.Get(&classes) || !in.Get(&scale_) || !in.GetArray(&keys_) ||
      !in.GetArray(&row_begin_) || !in.GetArray(&entries_)) {
    return false;
  }
  num_classes_ = static_cast<int>(classes);
  // Validate the structure so a corrupt-but-checksummed file cannot make
  // AddScores read out of bounds.
  if (classes == 0 || classes > 65535 || row_begin_.size() != keys_.size() + 1 ||
      row_begin_.front() != 0 || row_begin_.back() != entries_.size()) {
    return false;
  }
  for (size_t r = 0; r + 1 < row_begin_.size(); ++r) {
    if (row_begin_[r] > row_begin_[r + 1]) return false;
  }
  for (const WeightEntry& e : entries_) {
    if (e.cls >= classes) return false;
  }
  BuildSlots();
  return true;
}

}  // namespace dyad
