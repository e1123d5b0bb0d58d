// NeuralScorer: the NeuralNet (neural_net.h) quantized for parsing, with
// its first layer precomputed so that a state costs ~64 additions of
// hidden-sized int16 vectors, a ReLU and one int16 matrix-vector product
// (AVX2 when the CPU has it, checked at run time; plain loops otherwise;
// both give the same integers).
//
// Precomputation (Chen & Manning 2014): the contribution of a tag, relation
// or count to the hidden layer does not depend on anything else, so every
// row slot is one int16 row. A word's contribution at slot f is E[w] W_f,
// one hidden-sized vector per (word, slot), kept in a table the first time
// any sentence reads it (not at load: projecting every word there took
// most of the parser's load time, and a news stream reads the frequent
// words within its first articles). The table is reserved for the whole
// vocabulary (12 slots x hidden x 2 bytes a word, ~27 MB at hidden 128) but
// only the (2 MiB) pages of words read are ever touched.
//
// Quantization: first-layer values scaled by one factor chosen so that no
// sum can overflow int16 (the bound is computed from the weights); output
// weights scaled to at most kOutputRange; sums in int32. Scores are only
// compared, so the scales never need undoing.
//
// Thread safety: share freely after Build; the Workspace is per thread.
// Filling the word table is the one write after Build: each (word, slot)
// entry has an atomic state, the thread that claims an empty entry writes
// it and publishes it (release), readers use an entry only once they see
// it published (acquire); a thread that finds an entry being written
// projects its own copy into its Workspace. Every copy is bit-identical, so
// results never depend on which thread filled what.
#ifndef DYAD_PARSER_NEURAL_SCORER_H_
#define DYAD_PARSER_NEURAL_SCORER_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include "parser/neural_features.h"
#include "parser/neural_net.h"
#include "util/huge_page_allocator.h"

namespace dyad::parser {

class NeuralScorer {
 public:
  // Per-sentence buffers: the word vectors of the sentence's tokens.
  class Workspace {
   private:
    friend class NeuralScorer;
    std::vector<const int16_t*> slots_;  // (n + 2) x word slots; null = not yet computed
    std::vector<int16_t> scratch_;       // vectors projected in this sentence (races only)
    size_t used_ = 0;
    std::vector<int16_t> hidden_;
    std::vector<float> staging_;
    std::vector<int32_t> pair_index_, pair_value_;  // non-zero hidden pairs
  };

  // The widest instructions the scorer may use (it uses no more than the
  // CPU has); every level gives the same scores.
  enum class Simd { kScalar, kAvx2 };

  NeuralScorer() = default;
  // `net` must outlive the scorer (word vectors are projected from it).
  static NeuralScorer Build(const NeuralNet& net, Simd widest = Simd::kAvx2);

  // Starts a sentence: forgets the previous sentence's vectors.
  void Prepare(const NeuralTokens& tokens, Workspace& ws) const;
  // Scores of classes [0, end) for the state whose features are `f`.
  void Score(const NeuralFeatures& f, Workspace& ws, int end, int32_t* scores) const;

  // Word-table entries filled so far (for tests and diagnostics).
  size_t filled_words() const;
  // Score units per unit of the float network's logits: a score difference
  // divided by this is a difference of logits (the cascade's margin).
  float logit_scale() const { return logit_scale_; }
  // Bytes in use: the fixed tables plus the word-table entries filled.
  size_t memory_bytes() const;

 private:
  enum : uint8_t { kEmpty = 0, kFilling = 1, kReady = 2 };
  const int16_t* WordVector(int32_t word, int32_t node, int slot, Workspace& ws) const;
  void ProjectQuantized(int32_t word, int slot, float* staging, int16_t* out) const;

  const NeuralNet* net_ = nullptr;
  int hidden_ = 0;
  int classes_ = 0;
  int vocab_ = 0;
  float scale_ = 1.0f;  // first layer
  float logit_scale_ = 1.0f;
  // vocab x word slots x hidden, allocated uninitialised: untouched pages
  // cost no memory. Written only through the protocol above. On 2 MiB pages
  // (util/huge_page_allocator.h), as it is read at random, word by word:
  // with 4 KiB pages most reads also missed the TLB. Costs ~9 MB more peak
  // memory (docs/PARSER.md "Load and size").
  struct FreeTable {
    void operator()(int16_t* p) const { FreeHugePageMemory(p); }
  };
  std::unique_ptr<int16_t[], FreeTable> words_;
  std::unique_ptr<std::atomic<uint8_t>[]> word_state_;  // vocab x word slots
  // 64-byte aligned, as the word table: a row never straddles more cache
  // lines than it must.
  template <typename T>
  using Aligned = std::vector<T, HugePageAllocator<T>>;
  Aligned<int16_t> rows_;  // kNeuralRows x hidden
  Aligned<int16_t> bias_;  // hidden
  std::vector<int16_t> output_;  // classes x hidden
  Aligned<int16_t> output_pairs_;  // hidden/2 x blocks_ x 8 classes x 2
  int blocks_ = 0;                     // classes rounded up to blocks of 8
  std::vector<int32_t> output_bias_;
  bool avx2_ = false;
};

}  // namespace dyad::parser

#endif  // DYAD_PARSER_NEURAL_SCORER_H_
