#include "parser/neural_math.h"

#include <algorithm>

#include <immintrin.h>

namespace dyad::parser {
namespace {

__attribute__((target("avx2,fma"))) float DotAvx2(const float* a, const float* b, int n) {
  __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
  for (int i = 0; i < n; i += 16) {
    s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
    s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
  }
  const __m256 s = _mm256_add_ps(s0, s1);
  __m128 x = _mm_add_ps(_mm256_castps256_ps128(s), _mm256_extractf128_ps(s, 1));
  x = _mm_add_ps(x, _mm_movehl_ps(x, x));
  x = _mm_add_ss(x, _mm_shuffle_ps(x, x, 1));
  return _mm_cvtss_f32(x);
}

__attribute__((target("avx2,fma"))) void AxpyAvx2(float alpha, const float* x, float* y, int n) {
  const __m256 a = _mm256_set1_ps(alpha);
  for (int i = 0; i < n; i += 8) {
    _mm256_storeu_ps(y + i, _mm256_fmadd_ps(a, _mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i)));
  }
}

// Eight registers of y (64 floats) accumulate over all rows before one
// store, instead of a load and a store of y per row.
__attribute__((target("avx2,fma"))) void VecMatAvx2(const float* x, const float* m, int rows,
                                                     int n, float* y) {
  int j = 0;
  for (; j + 64 <= n; j += 64) {
    __m256 acc[8];
    for (int k = 0; k < 8; ++k) acc[k] = _mm256_setzero_ps();
    for (int r = 0; r < rows; ++r) {
      const __m256 a = _mm256_set1_ps(x[r]);
      const float* row = m + static_cast<size_t>(r) * n + j;
#pragma GCC unroll 8
      for (int k = 0; k < 8; ++k) acc[k] = _mm256_fmadd_ps(a, _mm256_loadu_ps(row + 8 * k), acc[k]);
    }
    for (int k = 0; k < 8; ++k) _mm256_storeu_ps(y + j + 8 * k, acc[k]);
  }
  for (; j < n; j += 8) {
    __m256 acc = _mm256_setzero_ps();
    for (int r = 0; r < rows; ++r) {
      acc = _mm256_fmadd_ps(_mm256_set1_ps(x[r]),
                            _mm256_loadu_ps(m + static_cast<size_t>(r) * n + j), acc);
    }
    _mm256_storeu_ps(y + j, acc);
  }
}

bool HasAvx2() { return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"); }

}  // namespace

float Dot(const float* a, const float* b, int n) {
  if (HasAvx2()) return DotAvx2(a, b, n);
  float s[4] = {0, 0, 0, 0};
  for (int i = 0; i < n; i += 4) {
    for (int k = 0; k < 4; ++k) s[k] += a[i + k] * b[i + k];
  }
  return (s[0] + s[1]) + (s[2] + s[3]);
}

void Axpy(float alpha, const float* x, float* y, int n) {
  if (HasAvx2()) return AxpyAvx2(alpha, x, y, n);
  for (int i = 0; i < n; ++i) y[i] += alpha * x[i];
}

void VecMat(const float* x, const float* m, int rows, int n, float* y) {
  if (HasAvx2()) return VecMatAvx2(x, m, rows, n, y);
  std::fill(y, y + n, 0.0f);
  for (int r = 0; r < rows; ++r) {
    for (int j = 0; j < n; ++j) y[j] += x[r] * m[static_cast<size_t>(r) * n + j];
  }
}

void Add(const float* x, float* y, int n) {
  for (int i = 0; i < n; ++i) y[i] += x[i];
}

}  // namespace dyad::parser
