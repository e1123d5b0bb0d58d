#include "parser/oracle.h"

#include <algorithm>
#include <cassert>

namespace dyad::parser {

GoldTree::GoldTree(std::vector<int32_t> heads, std::vector<int32_t> labels)
    : heads_(std::move(heads)), labels_(std::move(labels)) {
  assert(heads_.size() == labels_.size());
  const int n = static_cast<int>(heads_.size());
  child_begin_.assign(static_cast<size_t>(n) + 2, 0);
  for (int d = 0; d < n; ++d) ++child_begin_[heads_[d] + 1];
  for (int i = 0; i <= n; ++i) child_begin_[i + 1] += child_begin_[i];
  children_.resize(static_cast<size_t>(n));
  std::vector<int32_t> fill(child_begin_.begin(), child_begin_.end() - 1);
  for (int d = 0; d < n; ++d) children_[fill[heads_[d]]++] = d;  // ascending d
}

bool IsTree(std::span<const int32_t> heads) {
  const int n = static_cast<int>(heads.size());
  int roots = 0;
  for (int d = 0; d < n; ++d) {
    if (heads[d] < 0 || heads[d] > n || heads[d] == d) return false;
    roots += heads[d] == n;
  }
  if (roots != 1) return false;
  // Every word must reach the root node within n steps (else: a cycle).
  for (int d = 0; d < n; ++d) {
    int x = d;
    for (int steps = 0; x != n; ++steps) {
      if (steps > n) return false;
      x = heads[x];
    }
  }
  return true;
}

namespace {

bool Dominates(std::span<const int32_t> heads, int h, int x) {
  const int n = static_cast<int>(heads.size());
  while (x != n && x != h) x = heads[x];
  return x == h;
}

// An arc h -> d is projective when h dominates every word strictly between.
bool IsProjectiveArc(std::span<const int32_t> heads, int d) {
  const int h = heads[d];
  const int lo = std::min(h, d), hi = std::max(h, d);
  for (int k = lo + 1; k < hi; ++k) {
    if (!Dominates(heads, h, k)) return false;
  }
  return true;
}

}  // namespace

int Projectivize(std::span<int32_t> heads) {
  const int n = static_cast<int>(heads.size());
  int lifted = 0;
  while (true) {
    int shortest = -1, shortest_len = 0;
    for (int d = 0; d < n; ++d) {
      const int h = heads[d];
      if (h == n) continue;  // arcs from the root node are always projective
      const int len = std::abs(h - d);
      if ((shortest < 0 || len < shortest_len) && !IsProjectiveArc(heads, d)) {
        shortest = d;
        shortest_len = len;
      }
    }
    if (shortest < 0) return lifted;
    const int grand = heads[heads[shortest]];
    // Cannot happen for a tree (the root word dominates every word); guard
    // anyway so a malformed input cannot loop or create a second root.
    if (grand == n) return lifted;
    heads[shortest] = grand;
    ++lifted;
  }
}

int ComputeCosts(const TransitionSystem& system, const ParseState& state, const GoldTree& gold,
                 int* costs) {
  std::fill(costs, costs + system.num_classes(), kInvalidMove);
  const int front = state.front();
  const int s0 = state.stack(0);
  const int s1 = state.stack(1);
  int least = kInvalidMove;

  if (system.CanShift(state)) {
    const int b0 = front;
    int cost = 0;
    const int h = gold.head(b0);
    if (h != s0 && h != state.n() && state.on_stack(h)) ++cost;
    // The root word attaches to the root node only from the bottom of the
    // stack (single-root rule): shifting it above other words loses that.
    if (h == state.n() && s0 != kNoNode) ++cost;
    for (int c : gold.children(b0)) {
      if (c >= b0) break;
      cost += state.on_stack(c);
    }
    costs[0] = cost;
    least = cost;
  }
  if (s0 == kNoNode) return least;
  const int h = gold.head(s0);
  // s0's gold head is still reachable, as far as the root node is
  // concerned, only from the bottom of the stack (see Shift).
  const bool head_reachable = h != state.n() || state.stack_size() == 1;
  // Gold dependents of s0 still in the buffer (>= front); the list is
  // ascending, so count from its end.
  int lost_deps = 0;
  const auto kids = gold.children(s0);
  for (auto it = kids.rbegin(); it != kids.rend() && *it >= front; ++it) ++lost_deps;
  // An arc move costs its base, plus one for a wrong label on a right arc.
  auto arc = [&](Move move, int base, bool gold_head) {
    for (int l = 0; l < system.num_labels(); ++l) {
      const int cls = system.ClassOf(move, l);
      if (!system.IsValid(state, cls)) continue;
      costs[cls] = base + (gold_head && l != gold.label(s0) ? 1 : 0);
      least = std::min(least, costs[cls]);
    }
  };
  if (system.CanLeft(state)) {
    const bool head_lost = (h == s1 && s1 != kNoNode) || (h > front && head_reachable);
    arc(Move::kLeft, lost_deps + (head_lost ? 1 : 0), h == front);
  }
  if (system.CanRight(state)) {
    const bool head_lost = h >= front && head_reachable;
    arc(Move::kRight, lost_deps + (head_lost ? 1 : 0), h == s1);
  }
  return least;
}

}  // namespace dyad::parser
