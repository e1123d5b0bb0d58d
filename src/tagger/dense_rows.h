// DenseRows: dense int16 copies of the model's widest weight rows.
//
// Why: with ~60 joint classes, the features every token has (the previous
// tag, the suffix, the shape, the WordNet class) vote for most classes; on
// EWT dev a scored token hits ~33 known features carrying ~1,400 (class,
// weight) entries in all. Added one sparse entry at a time that is most of
// the tagger's time. Stored densely (one int16 per class, classes padded to
// a multiple of 16) the same rows are added with a few SIMD instructions
// each. Narrow rows stay in the sparse LinearModel, where they are cheaper.
//
// The model file stores only which keys are dense; the weights are copied
// out of the LinearModel at load, so both always agree.
//
// Const after Build/Load; share between threads.
#ifndef DYAD_TAGGER_DENSE_ROWS_H_
#define DYAD_TAGGER_DENSE_ROWS_H_

#include <cstdint>
#include <span>
#include <vector>

#include "learn/linear_model.h"
#include "tagger/key_table.h"
#include "util/model_file.h"

namespace dyad {

class DenseRows {
 public:
  // Scores arrays given to Add must have room for this many entries.
  static int Stride(int num_classes) { return (num_classes + 15) / 16 * 16; }
  // At most this many rows (KeyTable values are 16-bit).
  static constexpr size_t kMaxRows = 65000;

  // Copies the rows of `keys` (sorted, distinct, at most kMaxRows) out of
  // `model`.
  static DenseRows Build(const LinearModel& model, std::vector<uint64_t> keys);

  // Row index of `key`, or -1 when the key is not dense.
  int Find(uint64_t key) const { return index_.Find(key); }
  // scores[0 .. Stride) += row `row`.
  void Add(int row, int32_t* scores) const {
    const int16_t* w = weights_.data() + static_cast<size_t>(row) * stride_;
    // Fixed-size inner loop: the compiler turns it into SIMD adds.
    for (int base = 0; base < stride_; base += 16) {
      for (int k = 0; k < 16; ++k) scores[base + k] += w[base + k];
    }
  }
  size_t size() const { return keys_.size(); }

  void Save(ModelWriter& out) const;
  // Reads the key list and copies the rows out of `model`.
  bool Load(ModelReader& in, const LinearModel& model);

 private:
  std::vector<uint64_t> keys_;
  KeyTable index_;
  std::vector<int16_t> weights_;
  int stride_ = 16;
};

}  // namespace dyad

#endif  // DYAD_TAGGER_DENSE_ROWS_H_
