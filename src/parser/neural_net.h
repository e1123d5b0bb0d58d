// NeuralNet: the float feed-forward scorer of the neural parser, and
// NeuralLearner, which trains it (Chen & Manning 2014, with Weiss et al.
// 2015's ReLU and a dynamic-oracle loss).
//
//   hidden = ReLU(b1 + sum_word_slots E[w_f] W_f + sum_row_slots R[r_g])
//   scores = W2 hidden + b2          (one score per labelled move)
//
// Words have shared embeddings E (vocab x word_dim) and one projection W_f
// (word_dim x hidden) per slot, so a word seen at one position helps at the
// others. Every other slot (tags, relations, counts: at most 66 values each)
// has its own rows R (row x hidden) directly: that is the embedding times
// the slot's projection with nothing shared, cheaper to train and exactly
// what inference precomputes anyway (neural_scorer.h).
//
// Loss (dynamic oracle, several moves may be right): minus the log of the
// summed softmax probability, over the valid moves, of the zero-cost ones.
//
// Thread safety: NeuralNet is const once trained; NeuralLearner is not.
#ifndef DYAD_PARSER_NEURAL_NET_H_
#define DYAD_PARSER_NEURAL_NET_H_

#include <cstdint>
#include <vector>

#include "parser/neural_features.h"
#include "util/model_file.h"

namespace dyad::parser {

struct NeuralShape {
  int32_t vocab = 0;  // word ids (NeuralWordIds::size())
  int32_t word_dim = 64;
  int32_t hidden = 256;  // a multiple of 16 (the SIMD scorer's lanes)
  int32_t classes = 0;
};

class NeuralNet {
 public:
  NeuralNet() = default;
  // Small random weights (a fixed generator: the same for a seed everywhere).
  NeuralNet(const NeuralShape& shape, uint64_t seed);

  const NeuralShape& shape() const { return shape_; }
  // Scores of every class for one state (hidden: shape().hidden floats).
  void Forward(const NeuralFeatures& f, float* hidden, float* scores) const;

  // The training loss of one state without dropout (oracle costs as in
  // NeuralLearner::Learn): for gradient checks.
  double Loss(const NeuralFeatures& f, const int* cost, int least) const;

  // Moves every parameter `weight` of the way towards `other`'s (same
  // shape): with weight 1/k for the k-th net, the running mean of k nets
  // (parameter averaging while training).
  void MoveTowards(const NeuralNet& other, float weight);

  void Save(ModelWriter& out) const;
  // False when a field is missing or its size does not fit the shape.
  bool Load(ModelReader& in);

  const float* embedding(int32_t word) const { return &embeddings_[word * shape_.word_dim]; }
  const float* projection(int slot) const {
    return &projections_[static_cast<size_t>(slot) * shape_.word_dim * shape_.hidden];
  }
  const float* row(int32_t r) const { return &rows_[static_cast<size_t>(r) * shape_.hidden]; }
  const float* hidden_bias() const { return hidden_bias_.data(); }
  const float* output(int cls) const { return &output_[static_cast<size_t>(cls) * shape_.hidden]; }
  const float* output_bias() const { return output_bias_.data(); }
  // Writable parameters, for tests (gradient checks).
  float* mutable_embedding(int32_t word) { return &embeddings_[word * shape_.word_dim]; }
  float* mutable_projection(int slot) { return const_cast<float*>(projection(slot)); }
  float* mutable_row(int32_t r) { return const_cast<float*>(row(r)); }
  float* mutable_output(int cls) { return const_cast<float*>(output(cls)); }

 private:
  friend class NeuralLearner;
  NeuralShape shape_;
  std::vector<float> embeddings_;   // vocab x word_dim
  std::vector<float> projections_;  // word slots x word_dim x hidden
  std::vector<float> rows_;         // kNeuralRows x hidden
  std::vector<float> hidden_bias_;  // hidden
  std::vector<float> output_;       // classes x hidden
  std::vector<float> output_bias_;  // classes
};

struct NeuralLearnOptions {
  float learning_rate = 1e-3f;  // Adam
  float beta1 = 0.9f;
  float beta2 = 0.999f;
  float dropout = 0.3f;  // of hidden units, while training
  float l2 = 1e-8f;
};

// Minibatch Adam on a NeuralNet: Learn() accumulates the gradient of one
// state, Step() applies the batch. Rows of the sparse tables (embeddings,
// slot rows) are updated only when a state of the batch used them (lazy
// Adam), so a step costs the dense layers plus the rows touched.
class NeuralLearner {
 public:
  NeuralLearner(NeuralNet& net, const NeuralLearnOptions& options, uint64_t seed);

  // One state: `cost[c]` from the dynamic oracle (kInvalidMove for invalid
  // moves), `least` the smallest. Writes the training-mode scores to
  // `scores` (may be null) and returns the loss.
  double Learn(const NeuralFeatures& f, const int* cost, int least, float* scores);
  void Step();
  int pending() const { return pending_; }
  void set_learning_rate(float rate) { options_.learning_rate = rate; }
  // The gradient accumulated since the last Step (summed over states), for
  // tests: shaped as the parameter of the same name.
  const float* embedding_gradient(int32_t word) const {
    return &g_emb_[static_cast<size_t>(word) * net_.shape().word_dim];
  }
  const float* projection_gradient(int slot) const {
    return &g_proj_[static_cast<size_t>(slot) * net_.shape().word_dim * net_.shape().hidden];
  }
  const float* row_gradient(int32_t r) const {
    return &g_rows_[static_cast<size_t>(r) * net_.shape().hidden];
  }
  const float* output_gradient(int cls) const {
    return &g_out_[static_cast<size_t>(cls) * net_.shape().hidden];
  }

 private:
  NeuralNet& net_;
  NeuralLearnOptions options_;
  uint64_t random_;
  int pending_ = 0;
  int64_t steps_ = 0;
  // Gradients and Adam moments, shaped as the parameters.
  std::vector<float> g_emb_, m_emb_, v_emb_;
  std::vector<float> g_proj_, m_proj_, v_proj_;
  std::vector<float> g_rows_, m_rows_, v_rows_;
  std::vector<float> g_b1_, m_b1_, v_b1_;
  std::vector<float> g_out_, m_out_, v_out_;
  std::vector<float> g_b2_, m_b2_, v_b2_;
  std::vector<uint8_t> emb_touched_, row_touched_;
  std::vector<int32_t> emb_list_, row_list_;
  // Per-state scratch.
  std::vector<float> pre_, hidden_, mask_, dhidden_, scores_, dscores_;
};

}  // namespace dyad::parser

#endif  // DYAD_PARSER_NEURAL_NET_H_
