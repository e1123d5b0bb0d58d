#include "learn/averaged_perceptron.h"

#include <algorithm>
#include <cmath>

namespace dyad {

void AveragedPerceptron::AddScores(std::span<const uint64_t> features, float* scores) const {
  for (uint64_t f : features) {
    auto it = rows_.find(f);
    if (it == rows_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.weight;
  }
}

void AveragedPerceptron::Bump(std::vector<Entry>& row, int cls, float delta) {
  for (Entry& e : row) {
    if (e.cls == cls) {
      e.total += static_cast<double>(e.weight) * static_cast<double>(clock_ - e.stamp);
      e.stamp = clock_;
      e.weight += delta;
      return;
    }
  }
  row.push_back({static_cast<uint16_t>(cls), delta, 0.0, clock_});
}

void AveragedPerceptron::Update(std::span<const uint64_t> features, int truth, int guess,
                                float step) {
  if (truth == guess) return;
  for (uint64_t f : features) {
    auto& row = rows_[f];
    Bump(row, truth, step);
    if (guess >= 0) Bump(row, guess, -step);
  }
}

void AveragedPerceptron::Observe(std::span<const uint64_t> features) {
  for (uint64_t f : features) ++counts_[f];
}

LinearModel AveragedPerceptron::Finalize(uint32_t min_count, float min_abs_weight) const {
  std::vector<LinearModel::Row> rows;
  rows.reserve(rows_.size());
  for (const auto& [key, entries] : rows_) {
    if (min_count > 0) {
      auto it = counts_.find(key);
      if (it == counts_.end() || it->second < min_count) continue;
    }
    LinearModel::Row row{key, {}};
    for (const Entry& e : entries) {
      const double total =
          e.total + static_cast<double>(e.weight) * static_cast<double>(clock_ - e.stamp);
      const auto avg = static_cast<float>(total / static_cast<double>(clock_));
      if (std::fabs(avg) > min_abs_weight) row.weights.emplace_back(e.cls, avg);
    }
    if (!row.weights.empty()) rows.push_back(std::move(row));
  }
  // Deterministic file bytes whatever the hash map's iteration order.
  std::sort(rows.begin(), rows.end(),
            [](const LinearModel::Row& a, const LinearModel::Row& b) { return a.key < b.key; });
  return LinearModel::Build(num_classes_, rows);
}

}  // namespace dyad
