// ScoreTable: the parser's read-only, cache-conscious index over the
// weights of a LinearModel (the model file keeps LinearModel's format; the
// table is rebuilt at load).
//
// Why a second index: parsing looks up ~100 features per move, two moves
// per word, and scores ~100 labelled moves. Two costs dominate:
//
//  * Memory. A lookup that leaves the CPU caches costs hundreds of
//    nanoseconds. One lookup touches one 64-byte bucket holding four rows:
//    four 32-bit fingerprints (checked with one SSE2 compare) and each row's
//    data. The buckets of a whole state are prefetched before any is read,
//    so their misses overlap.
//  * Arithmetic. Frequent features (tag conjunctions) vote for most of the
//    labelled moves: adding their weights one (class, weight) pair at a time
//    is thousands of scattered adds per move. So rows come in three shapes:
//      - up to three pairs, inline in the bucket, added branch-free;
//      - a few more pairs, spilled to a side array;
//      - long rows (kDenseMin pairs or more), stored dense as int8 vectors
//        over all classes and summed with SIMD in 16-bit lanes, then
//        widened into the 32-bit scores.
//    Dense weights keep 8 bits: the model's weights scaled by a power of
//    two so that the largest dense weight fits in an int8. A dense row of
//    103 classes is then two cache lines instead of four: these rows are
//    read for most features of every move, and loading them was the single
//    largest cost of scoring. Rounding moves a score by at most half a
//    step per dense row; parse accuracy is unchanged within 0.05 points
//    (docs/PARSER.md).
//
// A fingerprint is 32 bits of the feature hash not used to pick the bucket:
// an unknown feature is taken for a stored one with probability about
// 4 / 2^32 per bucket read, the same kind of harmless collision the hashed
// features themselves accept.
//
// Thread safety: const after Build; share freely.
#ifndef DYAD_PARSER_SCORE_TABLE_H_
#define DYAD_PARSER_SCORE_TABLE_H_

#include <cstdint>
#include <span>
#include <vector>

#include "learn/linear_model.h"
#include "util/huge_page_allocator.h"

namespace dyad::parser {

class ScoreTable {
 public:
  // Rows with at least this many (class, weight) pairs are stored dense.
  static constexpr size_t kDenseMin = 8;

  ScoreTable() = default;
  // Needs model.num_classes() <= 256 (class ids are stored in a byte).
  // Weights of magnitude <= `min_weight` (in the model's trained units) are
  // left out: a cascade's perceptron scores only the states the neural
  // scorer is unsure of, where its smallest weights rarely matter and cost
  // as much memory traffic as the others (docs/PARSER.md "Cascade").
  static ScoreTable Build(const LinearModel& model, float min_weight = 0.0f);

  int num_classes() const { return num_classes_; }
  // The scores array AddScores writes must hold this many entries (the
  // classes rounded up to whole SIMD blocks; the extra ones stay 0).
  size_t scores_size() const { return blocks_ * kBlock; }
  size_t memory_bytes() const {
    return buckets_.size() * sizeof(Bucket) + spill_.size() * sizeof(WeightEntry) +
           dense_.size() * sizeof(Block);
  }

  // scores[c] += weight of (feature, c) for every known feature, in the
  // model's quantised units (as LinearModel::AddScores, up to the dense
  // rounding). `scores` holds scores_size() entries.
  void AddScores(std::span<const uint64_t> features, int32_t* scores) const;

 private:
  static constexpr size_t kBlock = 32;  // int8 weights per SIMD block (one AVX2 register)
  static constexpr size_t kMaxBatch = 128;
  static constexpr int kInline = 3;
  static constexpr uint8_t kSpilled = 0xFE;  // weight[0..1] = offset, weight[2] = size
  static constexpr uint8_t kDense = 0xFF;    // weight[0..1] = first block in dense_
  struct Row {
    uint8_t cls[kInline];  // unused entries: class 0, weight 0
    uint8_t shape;         // 0..kInline pairs inline, or kSpilled / kDense
    int16_t weight[kInline];
    uint16_t unused;
  };
  struct alignas(64) Bucket {
    uint32_t check[4];  // 0 = empty slot
    Row rows[4];
  };
  static_assert(sizeof(Bucket) == 64, "one bucket per cache line");
  struct alignas(32) Block {
    int8_t w[kBlock];
  };

  size_t Home(uint64_t key) const {
    return static_cast<size_t>((static_cast<unsigned __int128>(key) * buckets_.size()) >> 64);
  }
  static uint32_t Check(uint64_t key) {
    const auto c = static_cast<uint32_t>(key);
    return c != 0 ? c : 1;
  }
  // The slot of `check` in bucket b (-1: none) and whether b has an empty
  // slot (then the probe sequence ends there).
  static int Match(const Bucket& b, uint32_t check, bool* has_empty);
  // Adds a sparse row; returns its dense rows' first block, or nullptr.
  const Block* AddSparse(const Row& row, int32_t* scores) const;

  // Sums dense rows into scores; the best variant this CPU runs.
  using SumDense = void (*)(const int8_t* const* rows, size_t count, size_t blocks, int shift,
                            int32_t* scores);
  SumDense sum_dense_ = nullptr;
  int num_classes_ = 0;
  size_t blocks_ = 0;      // SIMD blocks per dense row
  int dense_shift_ = 0;    // dense weight = round(model weight / 2^dense_shift_)
  // Huge pages: the buckets and dense rows are read at random (see
  // util/huge_page_allocator.h).
  std::vector<Bucket, HugePageAllocator<Bucket>> buckets_;
  std::vector<WeightEntry> spill_;
  std::vector<Block, HugePageAllocator<Block>> dense_;
};

}  // namespace dyad::parser

#endif  // DYAD_PARSER_SCORE_TABLE_H_
