// Int8Weights: how the parser's score table and the tagger store their
// frequent (dense) weight rows in 8 bits: the model's int16 weights divided
// by one power of two, the smallest that brings the largest dense weight
// into int8. One shared scale keeps the sums exact integer arithmetic (add
// the int8 rows, shift once); rounding moves each weight by at most half a
// step. Dense rows are read for most features of every token or move, so
// halving their bytes halves the cache lines scoring touches.
#ifndef DYAD_LEARN_INT8_WEIGHTS_H_
#define DYAD_LEARN_INT8_WEIGHTS_H_

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace dyad {

// The shift that brings |weight| <= max_abs into [-127, 127].
inline int Int8Shift(int max_abs) {
  int shift = 0;
  while ((max_abs >> shift) > 127) ++shift;
  return shift;
}

// round(weight / 2^shift), clamped to [-127, 127].
inline int8_t ToInt8(int16_t weight, int shift) {
  const long v = std::lround(std::ldexp(static_cast<double>(weight), -shift));
  return static_cast<int8_t>(std::clamp<long>(v, -127, 127));
}

}  // namespace dyad

#endif  // DYAD_LEARN_INT8_WEIGHTS_H_
