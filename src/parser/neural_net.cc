#include "parser/neural_net.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "parser/neural_math.h"
#include "parser/oracle.h"

namespace dyad::parser {
namespace {

uint64_t SplitMix(uint64_t& state) {
  uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}
// Uniform in [0, 1).
float Uniform(uint64_t& state) { return static_cast<float>(SplitMix(state) >> 40) * 0x1.0p-24f; }

void Fill(std::vector<float>& v, size_t n, float range, uint64_t& random) {
  v.resize(n);
  for (float& x : v) x = (2.0f * Uniform(random) - 1.0f) * range;
}

size_t Count(const NeuralShape& s, int what) {
  switch (what) {
    case 0: return static_cast<size_t>(s.vocab) * s.word_dim;
    case 1: return static_cast<size_t>(kNeuralWordSlots) * s.word_dim * s.hidden;
    case 2: return static_cast<size_t>(kNeuralRows) * s.hidden;
    case 3: return s.hidden;
    case 4: return static_cast<size_t>(s.classes) * s.hidden;
    default: return s.classes;
  }
}

// Adam on one parameter range; the gradient is consumed (zeroed).
struct Adam {
  float lr, beta1, beta2, c1, c2, l2, scale;
  void Apply(float* w, float* g, float* m, float* v, size_t n) const {
    for (size_t i = 0; i < n; ++i) {
      const float grad = g[i] * scale + l2 * w[i];
      m[i] = beta1 * m[i] + (1 - beta1) * grad;
      v[i] = beta2 * v[i] + (1 - beta2) * grad * grad;
      w[i] -= lr * (m[i] * c1) / (std::sqrt(v[i] * c2) + 1e-8f);
      g[i] = 0;
    }
  }
};

}  // namespace

NeuralNet::NeuralNet(const NeuralShape& shape, uint64_t seed) : shape_(shape) {
  uint64_t random = seed ^ 0x6e657572616cULL;
  // He-style ranges for the ReLU layer: the hidden layer sums ~64 slots.
  const int slots = kNeuralWordSlots + kNeuralRowSlots;
  Fill(embeddings_, Count(shape, 0), 0.5f, random);
  Fill(projections_, Count(shape, 1), std::sqrt(6.0f / (slots * shape.word_dim)) * 2.0f, random);
  Fill(rows_, Count(shape, 2), std::sqrt(6.0f / slots), random);
  hidden_bias_.assign(shape.hidden, 0.05f);
  Fill(output_, Count(shape, 4), std::sqrt(6.0f / (shape.hidden + shape.classes)), random);
  output_bias_.assign(shape.classes, 0.0f);
}

void NeuralNet::Forward(const NeuralFeatures& f, float* hidden, float* scores) const {
  const int H = shape_.hidden, D = shape_.word_dim;
  std::copy(hidden_bias_.begin(), hidden_bias_.end(), hidden);
  for (int r : f.rows) Add(row(r), hidden, H);
  for (int s = 0; s < kNeuralWordSlots; ++s) {
    const float* e = embedding(f.words[s]);
    const float* w = projection(s);
    for (int d = 0; d < D; ++d) Axpy(e[d], w + static_cast<size_t>(d) * H, hidden, H);
  }
  for (int h = 0; h < H; ++h) hidden[h] = std::max(hidden[h], 0.0f);
  for (int c = 0; c < shape_.classes; ++c) scores[c] = output_bias_[c] + Dot(output(c), hidden, H);
}

double NeuralNet::Loss(const NeuralFeatures& f, const int* cost, int least) const {
  std::vector<float> hidden(shape_.hidden), scores(shape_.classes);
  Forward(f, hidden.data(), scores.data());
  double top = -std::numeric_limits<double>::infinity();
  for (int c = 0; c < shape_.classes; ++c) {
    if (cost[c] != kInvalidMove) top = std::max(top, static_cast<double>(scores[c]));
  }
  double all = 0, right = 0;
  for (int c = 0; c < shape_.classes; ++c) {
    if (cost[c] == kInvalidMove) continue;
    const double e = std::exp(scores[c] - top);
    all += e;
    if (cost[c] == least) right += e;
  }
  return -std::log(right / all);
}

void NeuralNet::Save(ModelWriter& out) const {
  out.Put<int32_t>(shape_.vocab);
  out.Put<int32_t>(shape_.word_dim);
  out.Put<int32_t>(shape_.hidden);
  out.Put<int32_t>(shape_.classes);
  out.PutArray<float>(embeddings_);
  out.PutArray<float>(projections_);
  out.PutArray<float>(rows_);
  out.PutArray<float>(hidden_bias_);
  out.PutArray<float>(output_);
  out.PutArray<float>(output_bias_);
}

bool NeuralNet::Load(ModelReader& in) {
  NeuralShape s;
  if (!in.Get(&s.vocab) || !in.Get(&s.word_dim) || !in.Get(&s.hidden) || !in.Get(&s.classes)) {
    return false;
  }
  if (s.vocab < kNeuralFirstWord || s.word_dim <= 0 || s.word_dim % 16 != 0 || s.hidden <= 0 ||
      s.hidden % 16 != 0 || s.hidden > 4096 || s.word_dim > 1024 || s.classes <= 0) {
    return false;
  }
  shape_ = s;
  std::vector<float>* fields[] = {&embeddings_,  &projections_, &rows_,
                                  &hidden_bias_, &output_,      &output_bias_};
  for (int i = 0; i < 6; ++i) {
    if (!in.GetArray(fields[i]) || fields[i]->size() != Count(s, i)) return false;
  }
  return true;
}

NeuralLearner::NeuralLearner(NeuralNet& net, const NeuralLearnOptions& options, uint64_t seed)
    : net_(net), options_(options), random_(seed ^ 0x6c6561726eULL) {
  const NeuralShape& s = net.shape();
  auto zero = [](std::vector<float>& a, std::vector<float>& b, std::vector<float>& c, size_t n) {
    a.assign(n, 0.0f);
    b.assign(n, 0.0f);
    c.assign(n, 0.0f);
  };
  zero(g_emb_, m_emb_, v_emb_, Count(s, 0));
  zero(g_proj_, m_proj_, v_proj_, Count(s, 1));
  zero(g_rows_, m_rows_, v_rows_, Count(s, 2));
  zero(g_b1_, m_b1_, v_b1_, Count(s, 3));
  zero(g_out_, m_out_, v_out_, Count(s, 4));
  zero(g_b2_, m_b2_, v_b2_, Count(s, 5));
  emb_touched_.assign(s.vocab, 0);
  row_touched_.assign(kNeuralRows, 0);
  pre_.resize(s.hidden);
  hidden_.resize(s.hidden);
  mask_.resize(s.hidden);
  dhidden_.resize(s.hidden);
  scores_.resize(s.classes);
  dscores_.resize(s.classes);
}

double NeuralLearner::Learn(const NeuralFeatures& f, const int* cost, int least, float* scores) {
  const NeuralShape& s = net_.shape();
  const int H = s.hidden, D = s.word_dim, C = s.classes;
  // Forward, keeping what backward needs.
  std::copy(net_.hidden_bias_.begin(), net_.hidden_bias_.end(), pre_.begin());
  for (int r : f.rows) Add(net_.row(r), pre_.data(), H);
  for (int slot = 0; slot < kNeuralWordSlots; ++slot) {
    const float* e = net_.embedding(f.words[slot]);
    const float* w = net_.projection(slot);
    for (int d = 0; d < D; ++d) Axpy(e[d], w + static_cast<size_t>(d) * H, pre_.data(), H);
  }
  const float keep = 1.0f - options_.dropout;
  for (int h = 0; h < H; ++h) {
    mask_[h] = Uniform(random_) < keep ? 1.0f / keep : 0.0f;
    hidden_[h] = pre_[h] > 0 ? pre_[h] * mask_[h] : 0.0f;
  }
  float top = -std::numeric_limits<float>::infinity();
  for (int c = 0; c < C; ++c) {
    scores_[c] = net_.output_bias_[c] + Dot(net_.output(c), hidden_.data(), H);
    if (cost[c] != kInvalidMove) top = std::max(top, scores_[c]);
  }
  if (scores != nullptr) std::copy(scores_.begin(), scores_.end(), scores);
  // Softmax over the valid moves; the target spreads over the cheapest ones
  // in proportion to the model's own probabilities.
  double all = 0, right = 0;
  for (int c = 0; c < C; ++c) {
    dscores_[c] = cost[c] != kInvalidMove ? std::exp(scores_[c] - top) : 0.0f;
    all += dscores_[c];
    if (cost[c] == least) right += dscores_[c];
  }
  for (int c = 0; c < C; ++c) {
    const float p = static_cast<float>(dscores_[c] / all);
    const float q = cost[c] == least ? static_cast<float>(dscores_[c] / right) : 0.0f;
    dscores_[c] = p - q;
  }
  // Backward.
  std::fill(dhidden_.begin(), dhidden_.end(), 0.0f);
  for (int c = 0; c < C; ++c) {
    const float g = dscores_[c];
    if (g == 0.0f) continue;
    g_b2_[c] += g;
    Axpy(g, hidden_.data(), &g_out_[static_cast<size_t>(c) * H], H);
    Axpy(g, net_.output(c), dhidden_.data(), H);
  }
  for (int h = 0; h < H; ++h) dhidden_[h] = pre_[h] > 0 ? dhidden_[h] * mask_[h] : 0.0f;
  Add(dhidden_.data(), g_b1_.data(), H);
  for (int r : f.rows) {
    Add(dhidden_.data(), &g_rows_[static_cast<size_t>(r) * H], H);
    if (!row_touched_[r]) {
      row_touched_[r] = 1;
      row_list_.push_back(r);
    }
  }
  for (int slot = 0; slot < kNeuralWordSlots; ++slot) {
    const int32_t word = f.words[slot];
    const float* e = net_.embedding(word);
    const float* w = net_.projection(slot);
    float* gw = &g_proj_[static_cast<size_t>(slot) * D * H];
    float* ge = &g_emb_[static_cast<size_t>(word) * D];
    for (int d = 0; d < D; ++d) {
      Axpy(e[d], dhidden_.data(), gw + static_cast<size_t>(d) * H, H);
      ge[d] += Dot(w + static_cast<size_t>(d) * H, dhidden_.data(), H);
    }
    if (!emb_touched_[word]) {
      emb_touched_[word] = 1;
      emb_list_.push_back(word);
    }
  }
  ++pending_;
  return -std::log(std::max(right / all, 1e-30));
}

void NeuralNet::MoveTowards(const NeuralNet& other, float weight) {
  auto move = [weight](std::vector<float>& to, const std::vector<float>& from) {
    for (size_t i = 0; i < to.size(); ++i) to[i] += weight * (from[i] - to[i]);
  };
  move(embeddings_, other.embeddings_);
  move(projections_, other.projections_);
  move(rows_, other.rows_);
  move(hidden_bias_, other.hidden_bias_);
  move(output_, other.output_);
  move(output_bias_, other.output_bias_);
}

void NeuralLearner::Step() {
  if (pending_ == 0) return;
  ++steps_;
  const NeuralShape& s = net_.shape();
  const float b1 = options_.beta1, b2 = options_.beta2;
  const Adam adam{options_.learning_rate,
                  b1,
                  b2,
                  1.0f / (1.0f - std::pow(b1, static_cast<float>(steps_))),
                  1.0f / (1.0f - std::pow(b2, static_cast<float>(steps_))),
                  options_.l2,
                  1.0f / static_cast<float>(pending_)};
  adam.Apply(net_.projections_.data(), g_proj_.data(), m_proj_.data(), v_proj_.data(),
             g_proj_.size());
  adam.Apply(net_.hidden_bias_.data(), g_b1_.data(), m_b1_.data(), v_b1_.data(), g_b1_.size());
  adam.Apply(net_.output_.data(), g_out_.data(), m_out_.data(), v_out_.data(), g_out_.size());
  adam.Apply(net_.output_bias_.data(), g_b2_.data(), m_b2_.data(), v_b2_.data(), g_b2_.size());
  const size_t H = s.hidden, D = s.word_dim;
  for (int32_t r : row_list_) {
    adam.Apply(&net_.rows_[r * H], &g_rows_[r * H], &m_rows_[r * H], &v_rows_[r * H], H);
    row_touched_[r] = 0;
  }
  for (int32_t w : emb_list_) {
    adam.Apply(&net_.embeddings_[w * D], &g_emb_[w * D], &m_emb_[w * D], &v_emb_[w * D], D);
    emb_touched_[w] = 0;
  }
  row_list_.clear();
  emb_list_.clear();
  pending_ = 0;
}

}  // namespace dyad::parser
