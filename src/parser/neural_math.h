// Float vector kernels of the neural parser's training and float scoring:
// AVX2+FMA when the CPU has it (checked at run time), plain loops otherwise.
// Lengths are multiples of 16 (NeuralShape's dimensions are).
#ifndef DYAD_PARSER_NEURAL_MATH_H_
#define DYAD_PARSER_NEURAL_MATH_H_

namespace dyad::parser {

// sum_i a[i] * b[i]
float Dot(const float* a, const float* b, int n);
// y[i] += alpha * x[i]
void Axpy(float alpha, const float* x, float* y, int n);
// y[i] += x[i]
void Add(const float* x, float* y, int n);
// y[j] = sum_r x[r] * m[r * n + j] for j < n: a vector times a row-major
// rows x n matrix. Faster than `rows` Axpy calls: y stays in registers.
void VecMat(const float* x, const float* m, int rows, int n, float* y);

}  // namespace dyad::parser

#endif  // DYAD_PARSER_NEURAL_MATH_H_
