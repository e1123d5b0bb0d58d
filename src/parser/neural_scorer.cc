#include "parser/neural_scorer.h"

#include <immintrin.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include "parser/neural_math.h"

namespace dyad::parser {
namespace {

constexpr int kSlots = kNeuralWordSlots + kNeuralRowSlots;
// Output weights are scaled to at most this: with int16 hidden values,
// 2 x 32767 x 1023 x hidden/2 stays far inside int32 for any real state
// (hidden values sit well below the bound the first-layer scale assumes).
constexpr float kOutputRange = 1023.0f;

int16_t Quantize(float x, float scale) {
  return static_cast<int16_t>(std::clamp(std::lround(x * scale), -32767L, 32767L));
}

// acc = bias + sum of the vectors, saturating; then ReLU.
void SumScalar(const int16_t* bias, const int16_t* const* vectors, int count, int hidden,
               int16_t* out) {
  for (int h = 0; h < hidden; ++h) {
    int sum = bias[h];
    for (int i = 0; i < count; ++i) sum = std::clamp(sum + vectors[i][h], -32768, 32767);
    out[h] = static_cast<int16_t>(std::max(sum, 0));
  }
}

__attribute__((target("avx2"))) void SumAvx2(const int16_t* bias, const int16_t* const* vectors,
                                              int count, int hidden, int16_t* out) {
  // 128 lanes (8 registers) at a time, every vector added into registers.
  int h = 0;
  for (; h + 128 <= hidden; h += 128) {
    __m256i a[8];
    for (int k = 0; k < 8; ++k) {
      a[k] = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bias + h + 16 * k));
    }
    for (int i = 0; i < count; ++i) {
      const int16_t* v = vectors[i] + h;
      // Unrolled, or a[] lives on the stack: a load, an add and a store per
      // register per vector (what -O2 compiled, ~15% of the front end).
#pragma GCC unroll 8
      for (int k = 0; k < 8; ++k) {
        a[k] = _mm256_adds_epi16(
            a[k], _mm256_loadu_si256(reinterpret_cast<const __m256i*>(v + 16 * k)));
      }
    }
    const __m256i zero = _mm256_setzero_si256();
    for (int k = 0; k < 8; ++k) {
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + h + 16 * k),
                          _mm256_max_epi16(a[k], zero));
    }
  }
  for (; h < hidden; h += 16) {
    __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(bias + h));
    for (int i = 0; i < count; ++i) {
      a = _mm256_adds_epi16(a, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(vectors[i] + h)));
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + h),
                        _mm256_max_epi16(a, _mm256_setzero_si256()));
  }
}

void OutputScalar(const int16_t* hidden, const int16_t* weights, const int32_t* bias, int size,
                  int end, int32_t* scores) {
  for (int c = 0; c < end; ++c) {
    int32_t sum = bias[c];
    const int16_t* w = weights + static_cast<size_t>(c) * size;
    for (int h = 0; h < size; ++h) sum += static_cast<int32_t>(hidden[h]) * w[h];
    scores[c] = sum;
  }
}

// The output layer by hidden pairs, skipping pairs the ReLU zeroed (about
// half of them): weights laid out [pair][class block of 8][class][2], the
// pair's two values broadcast and multiplied with vpmaddwd into int32
// sums, four class blocks (32 classes) per pass over the non-zero pairs.
__attribute__((target("avx2"))) void OutputPairsAvx2(const int16_t* hidden, const int16_t* pairs,
                                                      const int32_t* bias, int size, int blocks,
                                                      int end, int32_t* pair_index,
                                                      int32_t* pair_value, int32_t* scores) {
  int count = 0;
  for (int p = 0; p < size / 2; ++p) {
    int32_t v;
    std::memcpy(&v, hidden + 2 * p, sizeof v);
    pair_index[count] = p;
    pair_value[count] = v;
    count += v != 0;
  }
  const int used = (end + 7) / 8;  // class blocks holding classes below `end`
  const size_t pair_stride = static_cast<size_t>(blocks) * 16;  // int16 per pair
  alignas(32) int32_t sums[32];
  for (int g = 0; g < used; g += 4) {
    const int k_end = std::min(4, used - g);
    __m256i a0 = _mm256_setzero_si256(), a1 = a0, a2 = a0, a3 = a0;
    const int16_t* base = pairs + static_cast<size_t>(g) * 16;
    for (int i = 0; i < count; ++i) {
      const __m256i v = _mm256_set1_epi32(pair_value[i]);
      const int16_t* w = base + pair_index[i] * pair_stride;
      a0 = _mm256_add_epi32(a0, _mm256_madd_epi16(v, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w))));
      if (k_end > 1) a1 = _mm256_add_epi32(a1, _mm256_madd_epi16(v, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + 16))));
      if (k_end > 2) a2 = _mm256_add_epi32(a2, _mm256_madd_epi16(v, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + 32))));
      if (k_end > 3) a3 = _mm256_add_epi32(a3, _mm256_madd_epi16(v, _mm256_loadu_si256(reinterpret_cast<const __m256i*>(w + 48))));
    }
    _mm256_store_si256(reinterpret_cast<__m256i*>(sums), a0);
    _mm256_store_si256(reinterpret_cast<__m256i*>(sums + 8), a1);
    _mm256_store_si256(reinterpret_cast<__m256i*>(sums + 16), a2);
    _mm256_store_si256(reinterpret_cast<__m256i*>(sums + 24), a3);
    const int c_begin = g * 8, c_end = std::min(end, (g + k_end) * 8);
    for (int c = c_begin; c < c_end; ++c) scores[c] = bias[c] + sums[c - c_begin];
  }
}

// out = round(in * scale), saturated; `n` a multiple of 8.
__attribute__((target("avx2"))) void QuantizeAvx2(const float* in, float scale, int n,
                                                   int16_t* out) {
  const __m256 s = _mm256_set1_ps(scale);
  for (int i = 0; i < n; i += 16) {
    const __m256i a = _mm256_cvtps_epi32(_mm256_mul_ps(_mm256_loadu_ps(in + i), s));
    const __m256i b = _mm256_cvtps_epi32(_mm256_mul_ps(_mm256_loadu_ps(in + i + 8), s));
    // packs interleaves 128-bit lanes; permute puts them back in order.
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out + i),
                        _mm256_permute4x64_epi64(_mm256_packs_epi32(a, b), 0xd8));
  }
}

// E[word] W_slot in floats (hidden values).
void Project(const NeuralNet& net, int32_t word, int slot, float* out) {
  const int H = net.shape().hidden, D = net.shape().word_dim;
  VecMat(net.embedding(word), net.projection(slot), D, H, out);
}

}  // namespace

NeuralScorer NeuralScorer::Build(const NeuralNet& net, Simd widest) {
  const NeuralShape& shape = net.shape();
  const int H = shape.hidden;
  NeuralScorer s;
  s.net_ = &net;
  s.hidden_ = H;
  s.classes_ = shape.classes;
  s.vocab_ = shape.vocab;
  s.avx2_ = widest >= Simd::kAvx2 && __builtin_cpu_supports("avx2");
  // The first-layer scale, from a bound on every hidden unit: |bias| + per
  // slot the largest |contribution| any value can make. For a word slot that
  // is bounded from the embeddings' largest magnitudes per dimension, so no
  // word needs projecting here (an exact maximum over the words would need
  // them all, and would be the same for any vocabulary the table is filled
  // from lazily).
  const int D = shape.word_dim;
  std::vector<float> emb_max(D, 0.0f);
  for (int32_t w = 0; w < shape.vocab; ++w) {
    for (int d = 0; d < D; ++d) emb_max[d] = std::max(emb_max[d], std::fabs(net.embedding(w)[d]));
  }
  float bound = 0.0f;
  for (int h = 0; h < H; ++h) {
    float b = std::fabs(net.hidden_bias()[h]);
    for (int slot = 0; slot < kNeuralWordSlots; ++slot) {
      float word_max = 0.0f;
      for (int d = 0; d < D; ++d) word_max += emb_max[d] * std::fabs(net.projection(slot)[d * H + h]);
      b += word_max;
    }
    // Row slots: the largest value of each slot's block of rows.
    int32_t r = 0;
    auto block = [&](int slots, int values) {
      for (int i = 0; i < slots; ++i, r += values) {
        float m = 0.0f;
        for (int v = 0; v < values; ++v) m = std::max(m, std::fabs(net.row(r + v)[h]));
        b += m;
      }
    };
    block(kNeuralTagSlots, kNeuralTagValues);
    block(kNeuralUposSlots, kNeuralUposValues);
    block(kNeuralLabelSlots, kNeuralLabelValues);
    block(kNeuralCountSlots, kNeuralCountValues);
    bound = std::max(bound, b);
  }
  s.scale_ = bound > 0 ? 32000.0f / bound : 1.0f;
  const size_t entries = static_cast<size_t>(s.vocab_) * kNeuralWordSlots;
  // Uninitialised on purpose: filled on first read.
  s.words_.reset(static_cast<int16_t*>(AllocateHugePageMemory(entries * H * sizeof(int16_t))));
  s.word_state_.reset(new std::atomic<uint8_t>[entries]);
  for (size_t e = 0; e < entries; ++e) s.word_state_[e].store(kEmpty, std::memory_order_relaxed);
  s.rows_.resize(static_cast<size_t>(kNeuralRows) * H);
  for (int32_t r = 0; r < kNeuralRows; ++r) {
    for (int h = 0; h < H; ++h) s.rows_[static_cast<size_t>(r) * H + h] = Quantize(net.row(r)[h], s.scale_);
  }
  s.bias_.resize(H);
  for (int h = 0; h < H; ++h) s.bias_[h] = Quantize(net.hidden_bias()[h], s.scale_);
  float out_max = 0.0f;
  for (int c = 0; c < shape.classes; ++c) {
    for (int h = 0; h < H; ++h) out_max = std::max(out_max, std::fabs(net.output(c)[h]));
  }
  const float out_scale = out_max > 0 ? kOutputRange / out_max : 1.0f;
  s.logit_scale_ = s.scale_ * out_scale;
  s.output_.resize(static_cast<size_t>(shape.classes) * H);
  s.output_bias_.resize(shape.classes);
  for (int c = 0; c < shape.classes; ++c) {
    for (int h = 0; h < H; ++h) s.output_[static_cast<size_t>(c) * H + h] = Quantize(net.output(c)[h], out_scale);
    s.output_bias_[c] = static_cast<int32_t>(
        std::lround(static_cast<double>(net.output_bias()[c]) * s.scale_ * out_scale));
  }
  // The same output weights by hidden pairs (OutputPairsAvx2).
  s.blocks_ = (shape.classes + 7) / 8;
  s.output_pairs_.assign(static_cast<size_t>(H / 2) * s.blocks_ * 16, 0);
  for (int p = 0; p < H / 2; ++p) {
    for (int c = 0; c < shape.classes; ++c) {
      int16_t* w = &s.output_pairs_[static_cast<size_t>(p) * s.blocks_ * 16 + 2 * c];
      w[0] = s.output_[static_cast<size_t>(c) * H + 2 * p];
      w[1] = s.output_[static_cast<size_t>(c) * H + 2 * p + 1];
    }
  }
  return s;
}

size_t NeuralScorer::memory_bytes() const {
  return (filled_words() * hidden_ + rows_.size() + bias_.size() + output_.size() + output_pairs_.size()) *
             sizeof(int16_t) +
         output_bias_.size() * sizeof(int32_t);
}

void NeuralScorer::Prepare(const NeuralTokens& tokens, Workspace& ws) const {
  const size_t nodes = static_cast<size_t>(tokens.n()) + 2;
  ws.slots_.assign(nodes * kNeuralWordSlots, nullptr);
  // Sized for the worst case up front: pointers into it stay valid.
  if (ws.scratch_.size() < nodes * kNeuralWordSlots * hidden_) {
    ws.scratch_.resize(nodes * kNeuralWordSlots * hidden_);
  }
  ws.used_ = 0;
  ws.hidden_.resize(hidden_);
  ws.staging_.resize(hidden_);
  ws.pair_index_.resize(hidden_ / 2);
  ws.pair_value_.resize(hidden_ / 2);
}

void NeuralScorer::ProjectQuantized(int32_t word, int slot, float* staging, int16_t* out) const {
  Project(*net_, word, slot, staging);
  if (avx2_) {
    QuantizeAvx2(staging, scale_, hidden_, out);
  } else {
    for (int h = 0; h < hidden_; ++h) out[h] = Quantize(staging[h], scale_);
  }
}

const int16_t* NeuralScorer::WordVector(int32_t word, int32_t node, int slot,
                                        Workspace& ws) const {
  const size_t entry = static_cast<size_t>(word) * kNeuralWordSlots + slot;
  int16_t* shared = &words_[entry * hidden_];
  std::atomic<uint8_t>& state = word_state_[entry];
  uint8_t seen = state.load(std::memory_order_acquire);
  if (seen == kReady) return shared;
  if (seen == kEmpty &&
      state.compare_exchange_strong(seen, kFilling, std::memory_order_acquire)) {
    ProjectQuantized(word, slot, ws.staging_.data(), shared);
    state.store(kReady, std::memory_order_release);
    return shared;
  }
  if (seen == kReady) return shared;  // published between the load and the exchange
  // Another thread is writing this entry: project a private copy, once per
  // token and slot of this sentence.
  const int16_t*& cached = ws.slots_[static_cast<size_t>(node) * kNeuralWordSlots + slot];
  if (cached == nullptr) {
    int16_t* out = &ws.scratch_[ws.used_];
    ws.used_ += hidden_;
    ProjectQuantized(word, slot, ws.staging_.data(), out);
    cached = out;
  }
  return cached;
}

size_t NeuralScorer::filled_words() const {
  const size_t entries = static_cast<size_t>(vocab_) * kNeuralWordSlots;
  size_t filled = 0;
  for (size_t e = 0; e < entries; ++e) {
    filled += word_state_[e].load(std::memory_order_relaxed) == kReady;
  }
  return filled;
}

void NeuralScorer::Score(const NeuralFeatures& f, Workspace& ws, int end, int32_t* scores) const {
  const int16_t* vectors[kSlots];
  for (int slot = 0; slot < kNeuralWordSlots; ++slot) {
    vectors[slot] = WordVector(f.words[slot], f.word_nodes[slot], slot, ws);
  }
  for (int i = 0; i < kNeuralRowSlots; ++i) {
    vectors[kNeuralWordSlots + i] = &rows_[static_cast<size_t>(f.rows[i]) * hidden_];
  }
  int16_t* hidden = ws.hidden_.data();
  if (avx2_) {
    SumAvx2(bias_.data(), vectors, kSlots, hidden_, hidden);
    OutputPairsAvx2(hidden, output_pairs_.data(), output_bias_.data(), hidden_, blocks_, end,
                    ws.pair_index_.data(), ws.pair_value_.data(), scores);
  } else {
    SumScalar(bias_.data(), vectors, kSlots, hidden_, hidden);
    OutputScalar(hidden, output_.data(), output_bias_.data(), hidden_, end, scores);
  }
}

}  // namespace dyad::parser
