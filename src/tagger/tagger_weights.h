// TaggerWeights: the tagger's run-time view of its LinearModel, laid out
// for scoring speed. Built at load from the model's rows; the model file
// itself holds the plain LinearModel.
//
// Why a view of its own: with ~70 joint classes the features every token
// has (the previous tag, the suffix, the shape, the WordNet class) vote for
// most classes, and on EWT dev a scored token hits ~33 known features
// carrying ~1,400 (class, weight) entries. So:
//   - rows with at least kDenseMinEntries entries are stored dense (one
//     int8 per class, padded to a multiple of 16) and added with SIMD in
//     16-bit lanes (learn/int8_weights.h, as the parser's score table). A
//     token reads ~25 dense rows, and at two bytes a weight they were most
//     of the cache lines the tagger touched (accuracy in docs/TAGGER.md);
//   - the other rows keep their sparse entries, copied next to each other;
//   - one open-addressing table maps a feature to either, so a feature
//     costs one probe, and Score() prefetches every row of a token before
//     adding any, so their cache misses overlap.
//
// Const after Build; share between threads.
#ifndef DYAD_TAGGER_TAGGER_WEIGHTS_H_
#define DYAD_TAGGER_TAGGER_WEIGHTS_H_

#include <cstdint>
#include <span>
#include <vector>

#include "learn/linear_model.h"

namespace dyad {

class TaggerWeights {
 public:
  // Rows with this many classes or more are kept dense.
  static constexpr uint32_t kDenseMinEntries = 12;
  // Scores arrays must have room for this many entries.
  static int Stride(int num_classes) { return (num_classes + 15) / 16 * 16; }

  static TaggerWeights Build(const LinearModel& model);

  // scores[0 .. Stride(num_classes)) = the sum of the rows of `features`
  // (padding entries end up 0). At most 64 features.
  void Score(std::span<const uint64_t> features, int32_t* scores) const;

  size_t dense_rows() const { return dense_count_; }

 private:
  struct Slot {
    uint64_t key;
    uint32_t ref;    // dense: row index; sparse: offset into sparse_
    uint32_t count;  // sparse: entry count; kDense: a dense row; 0: free slot
  };
  static constexpr uint32_t kDense = 0xFFFFFFFF;
  static constexpr int kMaxStride = 256;  // dense sums in 16-bit lanes up to this many classes

  const Slot* Find(uint64_t key) const {
    for (size_t i = (key >> 20) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.count == 0) return nullptr;
      if (s.key == key) return &s;
    }
  }

  int stride_ = 16;
  size_t dense_count_ = 0;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  int dense_shift_ = 0;               // dense weight = round(model weight / 2^dense_shift_)
  std::vector<int8_t> dense_;         // dense_count_ x stride_
  std::vector<WeightEntry> sparse_;  // the narrow rows' entries
};

}  // namespace dyad

#endif  // DYAD_TAGGER_TAGGER_WEIGHTS_H_
