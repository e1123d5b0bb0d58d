// The dynamic oracle: costs on a small hand-made tree, exactness against
// exhaustive search on random projective trees, and projectivization.
#include "parser/oracle.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <utility>
#include <vector>

#include "parser/parse_state.h"
#include "parser/transition.h"

namespace dyad::parser {
namespace {

constexpr int kLabels = 3;  // 0 = root, 1, 2
constexpr int kRoot = 0;

// "She saw him": She <-1- saw -2-> him, saw = root word (head 3 = root node).
GoldTree SmallTree() { return GoldTree({1, 3, 1}, {1, kRoot, 2}); }

TEST(OracleTest, ZeroCostPathBuildsTheGoldTree) {
  const TransitionSystem system(kLabels, kRoot);
  const GoldTree gold = SmallTree();
  ParseState state;
  state.Reset(3);
  std::vector<int> costs(system.num_classes());
  while (!state.terminal()) {
    ASSERT_EQ(ComputeCosts(system, state, gold, costs.data()), 0);
    const int c = static_cast<int>(std::find(costs.begin(), costs.end(), 0) - costs.begin());
    system.Apply(state, c);
  }
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(state.head(i), gold.head(i));
    EXPECT_EQ(state.label(i), gold.label(i));
  }
}

TEST(OracleTest, CostsOnSmallTree) {
  const TransitionSystem system(kLabels, kRoot);
  const GoldTree gold = SmallTree();
  ParseState state;
  state.Reset(3);
  std::vector<int> costs(system.num_classes());
  system.Apply(state, 0);  // stack: She | saw him root
  ComputeCosts(system, state, gold, costs.data());
  // Left(1): She <- saw, the gold arc with the gold label.
  EXPECT_EQ(costs[system.ClassOf(Move::kLeft, 1)], 0);
  // Left(2): right head, wrong label.
  EXPECT_EQ(costs[system.ClassOf(Move::kLeft, 2)], 1);
  // Shift: "saw" goes on the stack above its dependent "She" (that arc is
  // lost) and above another word, so it can no longer be the root (the
  // single-root rule): 2.
  EXPECT_EQ(costs[0], 2);
  // Right needs two words on the stack.
  EXPECT_EQ(costs[system.ClassOf(Move::kRight, 1)], kInvalidMove);

  system.Apply(state, 0);  // the mistake: stack She saw | him root
  ComputeCosts(system, state, gold, costs.data());
  // Shift "him": its head "saw" is s0, still reachable: free.
  EXPECT_EQ(costs[0], 0);
  // Right pops "saw" under "She": its dependent "him" (in the buffer) is
  // lost; its root arc was lost already and is not counted again.
  EXPECT_EQ(costs[system.ClassOf(Move::kRight, 1)], 1);
  // Left (saw <- him) loses the same dependent.
  EXPECT_EQ(costs[system.ClassOf(Move::kLeft, 1)], 1);
}

// Least loss (words with a wrong head) over every way to finish from
// `state`; depends only on the stack and the buffer front.
int BestFutureLoss(const TransitionSystem& system, const ParseState& state, const GoldTree& gold,
                   std::map<std::pair<std::vector<int>, int>, int>& memo) {
  if (state.terminal()) return 0;
  std::vector<int> stack;
  for (int i = state.stack_size() - 1; i >= 0; --i) stack.push_back(state.stack(i));
  auto key = std::make_pair(stack, state.front());
  if (auto it = memo.find(key); it != memo.end()) return it->second;
  int best = 1 << 20;
  // Labels never change which arcs remain reachable, so one class per move
  // suffices: Shift, Left/Right with any valid label.
  for (int c = 0; c < system.num_classes(); ++c) {
    if (!system.IsValid(state, c)) continue;
    ParseState next = state;
    system.Apply(next, c);
    int arc_loss = 0;
    if (system.move(c) != Move::kShift) {
      const int dep = state.stack(0);
      arc_loss = next.head(dep) != gold.head(dep);
    }
    best = std::min(best, arc_loss + BestFutureLoss(system, next, gold, memo));
  }
  memo[key] = best;
  return best;
}

std::vector<int32_t> RandomProjectiveTree(int n, std::mt19937& rng) {
  std::vector<int32_t> heads(n);
  while (true) {
    for (int i = 0; i < n; ++i) {
      do heads[i] = static_cast<int32_t>(rng() % (n + 1));
      while (heads[i] == i);
    }
    if (!IsTree(heads)) continue;
    std::vector<int32_t> copy = heads;
    if (Projectivize(copy) == 0) return heads;
  }
}

// The costs are exact: cost(t) = loss(t) + best(after t) - best(before).
TEST(OracleTest, CostsMatchExhaustiveSearchOnProjectiveTrees) {
  const TransitionSystem system(kLabels, kRoot);
  std::mt19937 rng(11);
  std::vector<int> costs(system.num_classes());
  int checked = 0;
  for (int trial = 0; trial < 300; ++trial) {
    const int n = 2 + static_cast<int>(rng() % 6);
    const std::vector<int32_t> heads = RandomProjectiveTree(n, rng);
    std::vector<int32_t> labels(n);
    for (int i = 0; i < n; ++i) labels[i] = heads[i] == n ? kRoot : 1 + static_cast<int>(rng() % 2);
    const GoldTree gold(heads, labels);
    std::map<std::pair<std::vector<int>, int>, int> memo;
    // Walk a random path (mistakes included), checking every state on it.
    ParseState state;
    state.Reset(n);
    while (!state.terminal()) {
      const int before = BestFutureLoss(system, state, gold, memo);
      const int least = ComputeCosts(system, state, gold, costs.data());
      EXPECT_EQ(least, 0) << "some move always keeps the best reachable tree";
      std::vector<int> valid;
      for (int c = 0; c < system.num_classes(); ++c) {
        if (!system.IsValid(state, c)) {
          EXPECT_EQ(costs[c], kInvalidMove);
          continue;
        }
        valid.push_back(c);
        ParseState next = state;
        system.Apply(next, c);
        int arc_loss = 0;
        if (system.move(c) != Move::kShift) {
          const int dep = state.stack(0);
          arc_loss = next.head(dep) != gold.head(dep) || next.label(dep) != gold.label(dep);
        }
        const int exact = arc_loss + BestFutureLoss(system, next, gold, memo) - before;
        EXPECT_EQ(costs[c], exact) << "n=" << n << " class " << c << [&] {
          std::string d = " heads:";
          for (int i = 0; i < n; ++i) d += " " + std::to_string(heads[i]);
          d += " stack:";
          for (int i = state.stack_size() - 1; i >= 0; --i) d += " " + std::to_string(state.stack(i));
          d += " front " + std::to_string(state.front());
          return d;
        }();
        ++checked;
      }
      system.Apply(state, valid[rng() % valid.size()]);
    }
  }
  EXPECT_GT(checked, 1000);
}

TEST(OracleTest, IsTreeRejectsCyclesAndSeveralRoots) {
  EXPECT_TRUE(IsTree(std::vector<int32_t>{1, 3, 1}));
  EXPECT_FALSE(IsTree(std::vector<int32_t>{3, 3, 1}));  // two roots
  EXPECT_FALSE(IsTree(std::vector<int32_t>{1, 0, 3}));  // 0 <-> 1 cycle
  EXPECT_FALSE(IsTree(std::vector<int32_t>{1, 4, 1}));  // head out of range
}

// "A hearing is scheduled on the issue today": "on the issue" (2 words of a
// PP) depends on "hearing" across "is scheduled", a classic
// non-projective arc. Words: 0 A, 1 hearing, 2 is, 3 scheduled, 4 on,
// 5 issue, 6 today; root node 7.
TEST(OracleTest, ProjectivizeLiftsTheCrossingArc) {
  std::vector<int32_t> heads = {1, 3, 3, 7, 5, 1, 3};
  ASSERT_TRUE(IsTree(heads));
  const int lifted = Projectivize(heads);
  EXPECT_EQ(lifted, 1);
  EXPECT_EQ(heads[5], 3);  // "issue" lifted from "hearing" to "scheduled"
  EXPECT_TRUE(IsTree(heads));
  std::vector<int32_t> again = heads;
  EXPECT_EQ(Projectivize(again), 0);

  // The oracle then reaches the projectivized tree at zero cost.
  const TransitionSystem system(kLabels, kRoot);
  std::vector<int32_t> labels(heads.size(), 1);
  labels[3] = kRoot;
  const GoldTree gold(heads, labels);
  ParseState state;
  state.Reset(static_cast<int>(heads.size()));
  std::vector<int> costs(system.num_classes());
  while (!state.terminal()) {
    ASSERT_EQ(ComputeCosts(system, state, gold, costs.data()), 0);
    system.Apply(state,
                 static_cast<int>(std::find(costs.begin(), costs.end(), 0) - costs.begin()));
  }
  for (size_t i = 0; i < heads.size(); ++i) EXPECT_EQ(state.head(static_cast<int>(i)), heads[i]);
}

}  // namespace
}  // namespace dyad::parser
