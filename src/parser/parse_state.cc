#include "parser/parse_state.h"

namespace dyad::parser {

void ParseState::Reset(int n) {
  assert(n >= 0);
  n_ = n;
  front_ = 0;
  stack_.clear();
  stack_.reserve(static_cast<std::size_t>(n));
  on_stack_.assign(static_cast<std::size_t>(n) + 1, 0);
  const Node empty{kNoNode, kNoNode, {kNoNode, kNoNode}, {kNoNode, kNoNode}, 0, 0, 0, 0};
  nodes_.assign(static_cast<std::size_t>(n) + 1, empty);
}

void ParseState::PopAsDependentOf(int head, int label) {
  assert(!stack_.empty());
  const int dep = stack_.back();
  stack_.pop_back();
  on_stack_[dep] = 0;
  Node& d = nodes_[dep];
  d.head = head;
  d.label = label;
  Node& h = nodes_[head];
  const uint64_t bit = uint64_t{1} << (static_cast<unsigned>(label) & 63u);
  // Keep the two outermost children on each side. Arc-hybrid adds left
  // children from the inside out and right children from the left, so the
  // new child is usually the new outermost one; the comparisons keep the
  // bookkeeping right whatever the order.
  if (dep < head) {
    ++h.left_count;
    h.left_labels |= bit;
    if (h.left[0] == kNoNode || dep < h.left[0]) {
      h.left[1] = h.left[0];
      h.left[0] = dep;
    } else if (h.left[1] == kNoNode || dep < h.left[1]) {
      h.left[1] = dep;
    }
  } else {
    ++h.right_count;
    h.right_labels |= bit;
    if (h.right[0] == kNoNode || dep > h.right[0]) {
      h.right[1] = h.right[0];
      h.right[0] = dep;
    } else if (h.right[1] == kNoNode || dep > h.right[1]) {
      h.right[1] = dep;
    }
  }
}

}  // namespace dyad::parser
