// LinearModel: the read-only scorer behind the tagger and the parser.
//
// A feature is a 64-bit hash; the model maps it to a short sparse row of
// (class, weight) pairs, so features that only ever voted for two of fifty
// classes cost two entries, not fifty. Weights are quantised to int16 with
// one scale for the whole model (argmax does not need the scale; Scale()
// converts to the trained units when a probability-like score is wanted).
//
// Layout (contiguous arrays, built once at load):
//   keys_[r]                 feature hash of row r (file order, for Save)
//   row_begin_[r]..[r+1]     its entries in entries_
//   slots_                   open-addressing table, linear probing, load
//                            <= 0.6: {key, begin, end} in 16 bytes, so a
//                            lookup reads one slot (usually one cache line)
//                            and then the row's entries: two memory
//                            accesses, not four.
// AddScores looks features up in batches and prefetches every slot, then
// every row, before using them, so the cache misses of one batch overlap
// instead of queueing: with models of tens of MB, memory latency and not
// arithmetic is what scoring costs.
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
  void AddScores(std::span<const uint64_t> features, int32_t* scores) const;

  // Row r (0 <= r < num_features()): its feature hash and quantised
  // entries, for callers that build their own index over the weights.
  uint64_t row_key(size_t r) const { return keys_[r]; }
  std::span<const WeightEntry> row(size_t r) const {
    return std::span<const WeightEntry>(entries_).subspan(row_begin_[r],
                                                          row_begin_[r + 1] - row_begin_[r]);
  }

  void Save(ModelWriter& out) const;
  // Reads a model saved by Save; false (with the reader marked failed) on a
  // malformed payload. Without `build_index` the lookup table is not built
  // (AddScores then scores nothing): for callers that only read rows() to
  // build their own index, saving its memory and load time.
  bool Load(ModelReader& in, bool build_index = true);

 private:
  struct Slot {
    uint64_t key;
    uint32_t begin;  // the row's entries: entries_[begin, end)
    uint32_t end;    // begin == end: empty slot (stored rows are never empty)
  };
  // The slot a key's probe sequence starts at: the key's high bits scaled
  // to the table size (keys are hashes; no power-of-two size needed).
  size_t Home(uint64_t key) const {
    return static_cast<size_t>((static_cast<unsigned __int128>(key) * slots_.size()) >> 64);
  }
  // The slot holding `key`, or nullptr.
  const Slot* Find(uint64_t key, size_t i) const {
    while (true) {
      const Slot& s = slots_[i];
      if (s.begin == s.end) return nullptr;
      if (s.key == key) return &s;
      if (++i == slots_.size()) i = 0;
    }
  }
  void BuildSlots();

  int num_classes_ = 0;
  float scale_ = 1.0f;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> row_begin_;  // size = keys_.size() + 1
  std::vector<WeightEntry> entries_;
  std::vector<Slot> slots_;
};

}  // namespace dyad

#endif  // DYAD_LEARN_LINEAR_MODEL_H_
