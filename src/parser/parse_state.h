// ParseState: one arc-hybrid configuration (stack, buffer, arcs so far).
//
// Words are 0..n-1 in sentence order; node n is the artificial root, placed
// at the END of the buffer ("going to the roots", Ballesteros & Nivre 2013),
// so the parser commits to the sentence's root last, when it has seen
// everything. The buffer is the contiguous range [front, n] and is therefore
// just an index. The stack holds words only: the root node is never pushed.
//
// Besides heads and labels the state keeps, per node, the few facts feature
// extraction reads (two leftmost and two rightmost children, child counts,
// the sets of child labels), updated in O(1) per arc so that extracting
// features never walks the tree.
//
// Buffers are reused: Reset(n) allocates only when n exceeds every earlier
// sentence, so parsing a document allocates per document, not per token.
#ifndef DYAD_PARSER_PARSE_STATE_H_
#define DYAD_PARSER_PARSE_STATE_H_

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace dyad::parser {

inline constexpr int kNoNode = -1;

class ParseState {
 public:
  // Starts parsing a sentence of n words: empty stack, buffer = 0..n.
  void Reset(int n);

  int n() const { return n_; }
  int root() const { return n_; }
  bool terminal() const { return stack_.empty() && front_ == n_; }

  int stack_size() const { return static_cast<int>(stack_.size()); }
  // The i-th stack element from the top (0 = s0), or kNoNode.
  int stack(int i) const {
    return i < stack_size() ? stack_[stack_.size() - 1 - i] : kNoNode;
  }
  bool on_stack(int node) const { return on_stack_[node] != 0; }

  // The i-th buffer element (0 = b0; the root node n ends it), or kNoNode.
  int buffer(int i) const { return front_ + i <= n_ ? front_ + i : kNoNode; }
  int front() const { return front_; }

  int head(int node) const { return nodes_[node].head; }
  int label(int node) const { return nodes_[node].label; }

  // Children facts, kNoNode when absent.
  int leftmost(int node) const { return nodes_[node].left[0]; }
  int leftmost2(int node) const { return nodes_[node].left[1]; }
  int rightmost(int node) const { return nodes_[node].right[0]; }
  int rightmost2(int node) const { return nodes_[node].right[1]; }
  int left_count(int node) const { return nodes_[node].left_count; }
  int right_count(int node) const { return nodes_[node].right_count; }
  // Bit (label % 64) set for every label among the node's left/right children.
  uint64_t left_labels(int node) const { return nodes_[node].left_labels; }
  uint64_t right_labels(int node) const { return nodes_[node].right_labels; }

  // --- Primitive operations (the moves in transition.h combine them) -----
  void Shift() {
    assert(front_ < n_);
    on_stack_[front_] = 1;
    stack_.push_back(front_++);
  }
  // Pops s0 and makes it a dependent of `head` with `label`.
  void PopAsDependentOf(int head, int label);

 private:
  struct Node {
    int32_t head;
    int32_t label;
    int32_t left[2];   // closest-to-the-edge first: left[0] is the leftmost
    int32_t right[2];  // right[0] is the rightmost
    int32_t left_count;
    int32_t right_count;
    uint64_t left_labels;
    uint64_t right_labels;
  };

  int n_ = 0;
  int front_ = 0;
  std::vector<int32_t> stack_;
  std::vector<uint8_t> on_stack_;  // indexed by node; avoids scanning the stack
  std::vector<Node> nodes_;        // n + 1 entries (words, then the root)
};

}  // namespace dyad::parser

#endif  // DYAD_PARSER_PARSE_STATE_H_
