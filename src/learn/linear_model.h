// LinearModel: the read-only scorer behind the tagger and the parser.
//
// A feature is a 64-bit hash; the model maps it to a short sparse row of
// (class, weight) pairs, so features that only ever voted for two of fifty
// classes cost two entries, not fifty. Weights are quantised to int16 with
// one scale for the whole model (argmax does not need the scale; Scale()
// converts to the trained units when a probability-like score is wanted).
//
// Layout (contiguous arrays, built once at load):
//   keys_[r]                 feature hash of row r
//   row_begin_[r]..[r+1]     its entries in entries_
//   slots_                   open-addressing table: hash -> row + 1 (0 = empty)
//
// Thread safety: const after construction; share freely between threads.
#ifndef DYAD_LEARN_LINEAR_MODEL_H_
#define DYAD_LEARN_LINEAR_MODEL_H_

#include <cstdint>
#include <span>
#include <vector>

#include "dyad/status.h"
#include "util/model_file.h"

namespace dyad {

struct WeightEntry {
  uint16_t cls;
  int16_t weight;
};

class LinearModel {
 public:
  LinearModel() = default;

  // `rows` holds, per feature, its entries with weights in trained units.
  // Weights whose quantised value is 0 are dropped.
  struct Row {
    uint64_t key;
    std::vector<std::pair<uint16_t, float>> weights;
  };
  static LinearModel Build(int num_classes, const std::vector<Row>& rows);

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_entries() const { return entries_.size(); }
  float scale() const { return scale_; }

  // Adds each feature's weights into scores[0..num_classes) (quantised units;
  // multiply by scale() for trained units). Unknown features are ignored.
  void AddScores(std::span<const uint64_t> features, int32_t* scores) const {
    for (uint64_t f : features) {
      const int32_t row = Find(f);
      if (row < 0) continue;
      for (uint32_t e = row_begin_[row]; e < row_begin_[row + 1]; ++e) {
        scores[entries_[e].cls] += entries_[e].weight;
      }
    }
  }

  void Save(ModelWriter& out) const;
  // Reads a model saved by Save; false (with the reader marked failed) on a
  // malformed payload.
  bool Load(ModelReader& in);

 private:
  int32_t Find(uint64_t key) const {
    if (slots_.empty()) return -1;
    size_t i = key & mask_;
    while (true) {
      const uint32_t r = slots_[i];
      if (r == 0) return -1;
      if (keys_[r - 1] == key) return static_cast<int32_t>(r - 1);
      i = (i + 1) & mask_;
    }
  }
  void BuildSlots();

  int num_classes_ = 0;
  float scale_ = 1.0f;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> row_begin_;  // size = keys_.size() + 1
  std::vector<WeightEntry> entries_;
  std::vector<uint32_t> slots_;
  size_t mask_ = 0;
};

}  // namespace dyad

#endif  // DYAD_LEARN_LINEAR_MODEL_H_
