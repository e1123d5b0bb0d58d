// AveragedPerceptron: the trainer that produces a LinearModel.
//
// Standard averaged perceptron with lazy averaging: every (feature, class)
// weight keeps its running total and the time of its last change, so an
// update costs O(features) and the average is exact. Rows are sparse, as in
// LinearModel. Training-time only; never used while coding text.
#ifndef DYAD_LEARN_AVERAGED_PERCEPTRON_H_
#define DYAD_LEARN_AVERAGED_PERCEPTRON_H_

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "learn/linear_model.h"

namespace dyad {

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(int num_classes) : num_classes_(num_classes) {}

  int num_classes() const { return num_classes_; }

  // scores[c] += current (not averaged) weight of c for each feature.
  void AddScores(std::span<const uint64_t> features, float* scores) const;

  // Moves weight from `guess` to `truth` for every feature (by `step`).
  void Update(std::span<const uint64_t> features, int truth, int guess, float step = 1.0f);

  // One training instance has been seen (advances the averaging clock).
  void Tick() { ++clock_; }

  // Counts how often a feature was seen, for frequency pruning.
  void Observe(std::span<const uint64_t> features);

  // The averaged weights as a compact model. Features seen fewer than
  // `min_count` times (when Observe was used) and weights whose average is
  // below `min_abs_weight` are dropped.
  LinearModel Finalize(uint32_t min_count = 0, float min_abs_weight = 0.0f) const;

  size_t num_features() const { return rows_.size(); }

 private:
  struct Entry {
    uint16_t cls;
    float weight;
    double total;
    uint64_t stamp;
  };
  void Bump(std::vector<Entry>& row, int cls, float delta);

  int num_classes_;
  uint64_t clock_ = 1;
  std::unordered_map<uint64_t, std::vector<Entry>> rows_;
  std::unordered_map<uint64_t, uint32_t> counts_;
};

}  // namespace dyad

#endif  // DYAD_LEARN_AVERAGED_PERCEPTRON_H_
