#include "parser/score_table.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdlib>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "learn/int8_weights.h"

namespace dyad::parser {
namespace {

// GCC vector extensions: one source, compiled for SSE2 (the x86-64
// baseline) and for AVX2 where the CPU has it (chosen once, at Build).
using V16b = int8_t __attribute__((vector_size(16)));
using V16s = int16_t __attribute__((vector_size(32)));
using V16i = int32_t __attribute__((vector_size(64)));

// The most int8 rows that can be summed in 16-bit lanes without overflow.
constexpr size_t kRowsPerPass = 256;

// Adds rows[0..count) (each `N` blocks of 32 int8 weights) times 2^shift
// to scores[0 .. 32N). With N known the accumulators (2N vectors of 16
// lanes) stay in registers; each row's bytes are sign-extended to 16 bits
// as they are loaded, and the sums are widened once into the 32-bit scores.
template <size_t N>
__attribute__((always_inline)) inline void SumRows(const int8_t* const* rows, size_t count,
                                                   int shift, int32_t* scores) {
  for (size_t start = 0; start < count; start += kRowsPerPass) {
    const size_t m = std::min(kRowsPerPass, count - start);
    V16s acc[2 * N] = {};
    for (size_t r = 0; r < m; ++r) {
      const int8_t* row = rows[start + r];
#pragma GCC unroll 8
      for (size_t j = 0; j < 2 * N; ++j) {
        V16b v;
        std::memcpy(&v, row + 16 * j, sizeof v);
        acc[j] += __builtin_convertvector(v, V16s);
      }
    }
    for (size_t j = 0; j < 2 * N; ++j) {
      V16i sum;
      std::memcpy(&sum, scores + 16 * j, sizeof sum);
      sum += __builtin_convertvector(acc[j], V16i) << shift;
      std::memcpy(scores + 16 * j, &sum, sizeof sum);
    }
  }
}

// Dispatches on the row width so SumRows can keep its accumulators in
// registers. Inlined into each ISA variant below, so each is compiled for
// that ISA.
__attribute__((always_inline)) inline void SumDense(const int8_t* const* rows, size_t count,
                                                    size_t blocks, int shift, int32_t* scores) {
  switch (blocks) {
    case 1: return SumRows<1>(rows, count, shift, scores);
    case 2: return SumRows<2>(rows, count, shift, scores);
    case 3: return SumRows<3>(rows, count, shift, scores);
    case 4: return SumRows<4>(rows, count, shift, scores);
    default:  // wider models: one block at a time
      for (size_t b = 0; b < blocks; ++b) {
        const int8_t* block_rows[kRowsPerPass];
        for (size_t i = 0; i < count; i += kRowsPerPass) {
          const size_t m = std::min(kRowsPerPass, count - i);
          for (size_t r = 0; r < m; ++r) block_rows[r] = rows[i + r] + 32 * b;
          SumRows<1>(block_rows, m, shift, scores + 32 * b);
        }
      }
  }
}

void SumDenseDefault(const int8_t* const* rows, size_t count, size_t blocks, int shift,
                     int32_t* scores) {
  SumDense(rows, count, blocks, shift, scores);
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("avx2"))) void SumDenseAvx2(const int8_t* const* rows, size_t count,
                                                  size_t blocks, int shift, int32_t* scores) {
  SumDense(rows, count, blocks, shift, scores);
}
#endif

}  // namespace

ScoreTable ScoreTable::Build(const LinearModel& model, float min_weight) {
  assert(model.num_classes() <= 256);
  // Rows as indexed: the model's, less the weights at or under min_weight.
  // In quantised units (at most 32767), clamped so any min_weight converts.
  const auto kept_above = static_cast<int32_t>(
      std::clamp(std::floor(static_cast<double>(min_weight) / model.scale()), 0.0, 65536.0));
  std::vector<WeightEntry> kept;
  const auto kept_row = [&](size_t r) {
    const std::span<const WeightEntry> all = model.row(r);
    if (kept_above <= 0) return all;
    kept.clear();
    for (const WeightEntry& e : all) {
      if (std::abs(int32_t{e.weight}) > kept_above) kept.push_back(e);
    }
    return std::span<const WeightEntry>(kept);
  };
  ScoreTable t;
  t.sum_dense_ = SumDenseDefault;
#if defined(__x86_64__) && defined(__GNUC__)
  if (__builtin_cpu_supports("avx2")) t.sum_dense_ = SumDenseAvx2;
#endif
  t.num_classes_ = model.num_classes();
  t.blocks_ = (static_cast<size_t>(model.num_classes()) + kBlock - 1) / kBlock;
  const size_t rows = model.num_features();
  size_t kept_rows = 0, dense_rows = 0;
  int max_dense = 1;
  for (size_t r = 0; r < rows; ++r) {
    const std::span<const WeightEntry> entries = kept_row(r);
    kept_rows += !entries.empty();
    if (entries.size() < kDenseMin) continue;
    ++dense_rows;
    for (const WeightEntry& e : entries) max_dense = std::max(max_dense, std::abs(int{e.weight}));
  }
  t.dense_shift_ = Int8Shift(max_dense);
  t.dense_.reserve(dense_rows * t.blocks_);
  // About 45% of slots used: a bucket of four then overflows rarely (~4%),
  // so nearly every lookup, hit or miss, reads exactly one cache line.
  t.buckets_.assign(std::max<size_t>(1, kept_rows * 100 / 180 + 1), Bucket{});
  for (size_t r = 0; r < rows; ++r) {
    const std::span<const WeightEntry> entries = kept_row(r);
    if (entries.empty()) continue;
    const uint64_t key = model.row_key(r);
    size_t b = t.Home(key);
    int slot = -1;
    while (true) {
      const Bucket& bucket = t.buckets_[b];
      for (int i = 0; i < 4 && slot < 0; ++i) {
        if (bucket.check[i] == 0) slot = i;
      }
      if (slot >= 0) break;
      if (++b == t.buckets_.size()) b = 0;
    }
    Bucket& bucket = t.buckets_[b];
    bucket.check[slot] = Check(key);
    Row& row = bucket.rows[slot];
    if (entries.size() <= kInline) {
      row.shape = static_cast<uint8_t>(entries.size());
      for (size_t i = 0; i < entries.size(); ++i) {
        row.cls[i] = static_cast<uint8_t>(entries[i].cls);
        row.weight[i] = entries[i].weight;
      }
    } else if (entries.size() < kDenseMin) {
      row.shape = kSpilled;
      const auto offset = static_cast<uint32_t>(t.spill_.size());
      std::memcpy(&row.weight[0], &offset, sizeof offset);
      row.weight[2] = static_cast<int16_t>(entries.size());
      t.spill_.insert(t.spill_.end(), entries.begin(), entries.end());
    } else {
      row.shape = kDense;
      const auto first = static_cast<uint32_t>(t.dense_.size());
      std::memcpy(&row.weight[0], &first, sizeof first);
      t.dense_.resize(t.dense_.size() + t.blocks_, Block{});
      auto* w = reinterpret_cast<int8_t*>(t.dense_.data() + first);
      for (const WeightEntry& e : entries) w[e.cls] = ToInt8(e.weight, t.dense_shift_);
    }
  }
  return t;
}

int ScoreTable::Match(const Bucket& b, uint32_t check, bool* has_empty) {
#if defined(__SSE2__)
  const __m128i checks = _mm_load_si128(reinterpret_cast<const __m128i*>(b.check));
  const int hit = _mm_movemask_ps(
      _mm_castsi128_ps(_mm_cmpeq_epi32(checks, _mm_set1_epi32(static_cast<int>(check)))));
  *has_empty =
      _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(checks, _mm_setzero_si128()))) != 0;
  return hit != 0 ? __builtin_ctz(static_cast<unsigned>(hit)) : -1;
#else
  int found = -1;
  *has_empty = false;
  for (int i = 0; i < 4; ++i) {
    if (b.check[i] == check && found < 0) found = i;
    *has_empty |= b.check[i] == 0;
  }
  return found;
#endif
}

const ScoreTable::Block* ScoreTable::AddSparse(const Row& row, int32_t* scores) const {
  if (row.shape <= kInline) {
    // Always three adds: unused entries add 0 to class 0. No branch on the
    // row length, which the predictor could not guess.
    scores[row.cls[0]] += row.weight[0];
    scores[row.cls[1]] += row.weight[1];
    scores[row.cls[2]] += row.weight[2];
    return nullptr;
  }
  uint32_t offset;
  std::memcpy(&offset, &row.weight[0], sizeof offset);
  if (row.shape == kDense) return dense_.data() + offset;
  for (int i = 0; i < row.weight[2]; ++i) {
    const WeightEntry& e = spill_[offset + i];
    scores[e.cls] += e.weight;
  }
  return nullptr;
}

void ScoreTable::AddScores(std::span<const uint64_t> features, int32_t* scores) const {
  if (buckets_.empty()) return;
  size_t home[kMaxBatch];
  const int8_t* dense[kMaxBatch];
  for (size_t start = 0; start < features.size(); start += kMaxBatch) {
    const size_t m = std::min(kMaxBatch, features.size() - start);
    const uint64_t* keys = features.data() + start;
    for (size_t i = 0; i < m; ++i) {
      home[i] = Home(keys[i]);
      __builtin_prefetch(&buckets_[home[i]]);
    }
    size_t dense_count = 0;
    for (size_t i = 0; i < m; ++i) {
      const uint32_t check = Check(keys[i]);
      size_t b = home[i];
      while (true) {
        bool has_empty;
        const int slot = Match(buckets_[b], check, &has_empty);
        if (slot >= 0) {
          if (const Block* d = AddSparse(buckets_[b].rows[slot], scores)) {
            __builtin_prefetch(d);
            dense[dense_count++] = d->w;
          }
          break;
        }
        if (has_empty) break;
        if (++b == buckets_.size()) b = 0;
      }
    }
    sum_dense_(dense, dense_count, blocks_, dense_shift_, scores);
  }
}

}  // namespace dyad::parser
