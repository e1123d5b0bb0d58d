#include "tagger/tagger_weights.h"

#include <algorithm>
#include <bit>
#include <cstdlib>

#include "learn/int8_weights.h"

namespace dyad {

TaggerWeights TaggerWeights::Build(const LinearModel& model) {
  TaggerWeights w;
  w.stride_ = Stride(model.num_classes());
  const size_t n = model.num_features();
  int max_dense = 1;
  for (size_t r = 0; r < n; ++r) {
    if (model.row(r).size() < kDenseMinEntries) continue;
    for (const WeightEntry& e : model.row(r)) max_dense = std::max(max_dense, std::abs(int{e.weight}));
  }
  w.dense_shift_ = Int8Shift(max_dense);
  // Load factor <= 1/2: an unknown feature (the common case for rare word
  // pairs) ends its probe after ~2.5 slots on average.
  const size_t capacity = std::bit_ceil(std::max<size_t>(16, n * 2));
  w.slots_.assign(capacity, Slot{0, 0, 0});
  w.mask_ = capacity - 1;
  for (size_t r = 0; r < n; ++r) {
    const auto entries = model.row(r);
    if (entries.empty()) continue;
    Slot slot{model.row_key(r), 0, 0};
    if (entries.size() >= kDenseMinEntries) {
      slot.ref = static_cast<uint32_t>(w.dense_count_++);
      slot.count = kDense;
      w.dense_.resize(w.dense_count_ * w.stride_, 0);
      int8_t* row = w.dense_.data() + slot.ref * w.stride_;
      for (const WeightEntry& e : entries) row[e.cls] = ToInt8(e.weight, w.dense_shift_);
    } else {
      slot.ref = static_cast<uint32_t>(w.sparse_.size());
      slot.count = static_cast<uint32_t>(entries.size());
      w.sparse_.insert(w.sparse_.end(), entries.begin(), entries.end());
    }
    size_t i = (slot.key >> 20) & w.mask_;
    while (w.slots_[i].count != 0) i = (i + 1) & w.mask_;
    w.slots_[i] = slot;
  }
  return w;
}

void TaggerWeights::Score(std::span<const uint64_t> features, int32_t* scores) const {
  std::fill(scores, scores + stride_, 0);
  if (slots_.empty()) return;
  // Three passes, each issuing independent loads so that cache misses
  // overlap: prefetch every feature's slot; find the rows and prefetch
  // them; add them.
  for (uint64_t f : features) __builtin_prefetch(&slots_[(f >> 20) & mask_]);
  const Slot* found[64];
  size_t m = 0;
  for (uint64_t f : features) {
    const Slot* s = Find(f);
    if (s == nullptr) continue;
    if (s->count == kDense) {
      const int8_t* row = dense_.data() + static_cast<size_t>(s->ref) * stride_;
      for (int b = 0; b < stride_; b += 64) __builtin_prefetch(row + b);
    } else {
      __builtin_prefetch(sparse_.data() + s->ref);
    }
    found[m++] = s;
  }
  // Dense rows are summed in 16-bit lanes (64 rows of |w| <= 127 cannot
  // overflow them) and widened once; tag sets too large for the buffer
  // (none trained so far) add them straight into the scores.
  int16_t dense_sum[kMaxStride];
  const bool narrow = stride_ <= kMaxStride;
  if (narrow) std::fill(dense_sum, dense_sum + stride_, int16_t{0});
  for (size_t k = 0; k < m; ++k) {
    const Slot& s = *found[k];
    if (s.count == kDense) {
      const int8_t* row = dense_.data() + static_cast<size_t>(s.ref) * stride_;
      if (narrow) {
        // Fixed-size inner loop: the compiler turns it into SIMD adds.
        for (int base = 0; base < stride_; base += 16) {
          for (int c = 0; c < 16; ++c) dense_sum[base + c] += row[base + c];
        }
      } else {
        for (int c = 0; c < stride_; ++c) scores[c] += int32_t{row[c]} << dense_shift_;
      }
    } else {
      const WeightEntry* e = sparse_.data() + s.ref;
      for (uint32_t j = 0; j < s.count; ++j) scores[e[j].cls] += e[j].weight;
    }
  }
  if (narrow) {
    for (int c = 0; c < stride_; ++c) scores[c] += int32_t{dense_sum[c]} << dense_shift_;
  }
}
}  // namespace dyad
