// What the int8 dense rows of the parser's score table and the tagger's
// weights (learn/int8_weights.h) may change in a sum: each dense row rounds
// each weight by at most half a step, and the step is at most the largest
// weight / 127 (rounded up to a power of two, hence one step per row here).
#ifndef DYAD_TESTS_LEARN_INT8_ROUNDING_H_
#define DYAD_TESTS_LEARN_INT8_ROUNDING_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <span>

#include "learn/linear_model.h"

namespace dyad::testing {

// The largest weight magnitude of `model`, in its quantised units (at least 1).
inline int LargestWeight(const LinearModel& model) {
  int largest = 1;
  for (size_t r = 0; r < model.num_features(); ++r) {
    for (const WeightEntry& e : model.row(r)) largest = std::max(largest, std::abs(int{e.weight}));
  }
  return largest;
}

// got[c] is want[c] within the rounding of `dense_rows` int8 rows for every
// class of `want`, and the padding after them (got's extra entries) is 0.
inline void ExpectWithinInt8Rounding(std::span<const int32_t> got, std::span<const int32_t> want,
                                     int dense_rows, int largest_weight) {
  const double tolerance = dense_rows * (largest_weight / 127.0) + 1;
  for (size_t c = 0; c < want.size(); ++c) {
    EXPECT_NEAR(got[c], want[c], tolerance) << "class " << c << " of " << want.size();
  }
  for (size_t c = want.size(); c < got.size(); ++c) EXPECT_EQ(got[c], 0) << "padding " << c;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_LEARN_INT8_ROUNDING_H_
