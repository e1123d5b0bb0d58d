#include "learn/linear_model.h"

#include <algorithm>
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
  // Load factor 0.6: a miss (an unknown feature, frequent) probes ~3.6
  // slots on average with linear probing, a hit ~1.8.
  const size_t capacity = std::max<size_t>(16, keys_.size() * 5 / 3 + 1);
  slots_.assign(capacity, Slot{0, 0, 0});
  for (size_t r = 0; r < keys_.size(); ++r) {
    if (row_begin_[r] == row_begin_[r + 1]) continue;  // nothing to add; would read as empty
    size_t i = Home(keys_[r]);
    while (slots_[i].begin != slots_[i].end) {
      if (++i == capacity) i = 0;
    }
    slots_[i] = Slot{keys_[r], row_begin_[r], row_begin_[r + 1]};
  }
}

void LinearModel::AddScores(std::span<const uint64_t> features, int32_t* scores) const {
  if (slots_.empty()) return;
  // Three passes per batch: prefetch the slots, find the rows (prefetching
  // their entries), add the weights. Each pass issues independent loads.
  constexpr size_t kBatch = 32;
  size_t home[kBatch];
  const Slot* found[kBatch];
  for (size_t start = 0; start < features.size(); start += kBatch) {
    const size_t m = std::min(kBatch, features.size() - start);
    const uint64_t* keys = features.data() + start;
    for (size_t i = 0; i < m; ++i) {
      home[i] = Home(keys[i]);
      __builtin_prefetch(&slots_[home[i]]);
    }
    for (size_t i = 0; i < m; ++i) {
      found[i] = Find(keys[i], home[i]);
      if (found[i] != nullptr) __builtin_prefetch(&entries_[found[i]->begin]);
    }
    for (size_t i = 0; i < m; ++i) {
      if (found[i] == nullptr) continue;
      for (uint32_t e = found[i]->begin; e < found[i]->end; ++e) {
        scores[entries_[e].cls] += entries_[e].weight;
      }
    }
  }
}

void LinearModel::Save(ModelWriter& out) const {
  out.Put<uint32_t>(static_cast<uint32_t>(num_classes_));
  out.Put<float>(scale_);
  out.PutArray<uint64_t>(keys_);
  out.PutArray<uint32_t>(row_begin_);
  out.PutArray<WeightEntry>(entries_);
}

bool LinearModel::Load(ModelReader& in, bool build_index) {
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
  if (build_index) BuildSlots();
  return true;
}

}  // namespace dyad
