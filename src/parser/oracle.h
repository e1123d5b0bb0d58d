// The dynamic oracle for arc-hybrid (Goldberg & Nivre 2013): for any state,
// even one reached by earlier mistakes, the cost of each move is the number
// of gold arcs that the move makes unreachable. Moves of least cost are
// "correct"; training updates towards them and may then follow the model's
// own wrong move (exploration), so the model learns to recover from its
// errors instead of only ever seeing perfect histories.
//
// Costs for the move from state (stack ... s1 s0 | b0 b1 ... root):
//   Left(l)   s0 loses a gold head in s1 or in the buffer after b0, and
//             every gold dependent still in the buffer; +1 if b0 is its gold
//             head but l is not its gold label.
//   Right(l)  s0 loses a gold head anywhere in the buffer and every gold
//             dependent still in the buffer; +1 if s1 is its gold head but l
//             is not its gold label.
//   Shift     b0 loses a gold head on the stack below s0 and every gold
//             dependent on the stack.
// The single-root rule (transition.h) adds one case: the root word can
// reach the root node only from the bottom of the stack, so shifting it
// onto a non-empty stack costs its root arc, and once it sits above other
// words that arc counts as already lost.
// Arc-hybrid is arc-decomposable, so for a projective gold tree these sums
// are exact (oracle_test.cc checks them against exhaustive search). Trees
// that are not projective are first made so by lifting (Projectivize).
#ifndef DYAD_PARSER_ORACLE_H_
#define DYAD_PARSER_ORACLE_H_

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "parser/parse_state.h"
#include "parser/transition.h"

namespace dyad::parser {

// A gold tree over n words: head in 0..n-1, or n for the sentence's root
// word (the parser's root node); labels are model label indices.
class GoldTree {
 public:
  GoldTree() = default;
  GoldTree(std::vector<int32_t> heads, std::vector<int32_t> labels);

  int n() const { return static_cast<int>(heads_.size()); }
  int head(int word) const { return heads_[word]; }
  int label(int word) const { return labels_[word]; }
  // Gold dependents of `node` (a word or the root node n), ascending.
  std::span<const int32_t> children(int node) const {
    return std::span<const int32_t>(children_).subspan(
        child_begin_[node], child_begin_[node + 1] - child_begin_[node]);
  }

 private:
  std::vector<int32_t> heads_;
  std::vector<int32_t> labels_;
  std::vector<int32_t> child_begin_;  // n + 2 entries (CSR over nodes 0..n)
  std::vector<int32_t> children_;
};

// True when `heads` (0..n-1, n for the root node) form a tree: one word
// attached to the root node, every word reaching it without a cycle.
bool IsTree(std::span<const int32_t> heads);

// Makes a tree projective by repeatedly lifting the shortest non-projective
// arc to the head's head (Nivre & Nilsson 2005, without encoding the lift in
// the label). Returns how many arcs were lifted. The root word dominates
// every word, so no arc is ever lifted onto the root node: the result keeps
// exactly one root.
int Projectivize(std::span<int32_t> heads);

inline constexpr int kInvalidMove = std::numeric_limits<int>::max();

// costs[c] for every class c of `system`: kInvalidMove for invalid moves.
// Returns the least cost of a valid move (kInvalidMove when terminal).
int ComputeCosts(const TransitionSystem& system, const ParseState& state, const GoldTree& gold,
                 int* costs);

}  // namespace dyad::parser

#endif  // DYAD_PARSER_ORACLE_H_
