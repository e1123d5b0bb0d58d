// Arc-hybrid moves on hand-built states: validity, effects, and the
// guarantee that any sequence of valid moves ends in a single-rooted tree.
#include "parser/transition.h"

#include <gtest/gtest.h>

#include <limits>
#include <random>
#include <vector>

#include "parser/oracle.h"
#include "parser/parse_state.h"

namespace dyad::parser {
namespace {

constexpr int kLabels = 3;  // 0 = root, 1 and 2 = two ordinary relations
constexpr int kRoot = 0;

TEST(TransitionTest, ClassLayoutRoundTrips) {
  const TransitionSystem system(kLabels, kRoot);
  EXPECT_EQ(system.num_classes(), 7);
  EXPECT_EQ(system.move(0), Move::kShift);
  for (int l = 0; l < kLabels; ++l) {
    const int left = system.ClassOf(Move::kLeft, l);
    const int right = system.ClassOf(Move::kRight, l);
    EXPECT_EQ(system.move(left), Move::kLeft);
    EXPECT_EQ(system.label(left), l);
    EXPECT_EQ(system.move(right), Move::kRight);
    EXPECT_EQ(system.label(right), l);
  }
}

TEST(TransitionTest, InitialStateOnlyShifts) {
  const TransitionSystem system(kLabels, kRoot);
  ParseState state;
  state.Reset(3);
  EXPECT_TRUE(system.IsValid(state, 0));
  for (int c = 1; c < system.num_classes(); ++c) EXPECT_FALSE(system.IsValid(state, c)) << c;
}

TEST(TransitionTest, RootLabelOnlyForTheRootNode) {
  const TransitionSystem system(kLabels, kRoot);
  ParseState state;
  state.Reset(2);
  system.Apply(state, 0);  // shift w0
  system.Apply(state, 0);  // shift w1: stack w0 w1, buffer = [root]
  // b0 is the root node but two words are on the stack: no Left at all.
  for (int l = 0; l < kLabels; ++l) {
    EXPECT_FALSE(system.IsValid(state, system.ClassOf(Move::kLeft, l)));
  }
  EXPECT_FALSE(system.IsValid(state, system.ClassOf(Move::kRight, kRoot)));
  EXPECT_TRUE(system.IsValid(state, system.ClassOf(Move::kRight, 1)));
  system.Apply(state, system.ClassOf(Move::kRight, 1));  // w1 <- w0
  EXPECT_EQ(state.head(1), 0);
  EXPECT_EQ(state.label(1), 1);
  // One word left: it may attach to the root node, and only as "root".
  EXPECT_TRUE(system.IsValid(state, system.ClassOf(Move::kLeft, kRoot)));
  EXPECT_FALSE(system.IsValid(state, system.ClassOf(Move::kLeft, 1)));
  EXPECT_FALSE(system.IsValid(state, 0));
  system.Apply(state, system.ClassOf(Move::kLeft, kRoot));
  EXPECT_TRUE(state.terminal());
  EXPECT_EQ(state.head(0), state.root());
}

TEST(TransitionTest, LeftAttachesToBufferFrontRightToStackSecond) {
  const TransitionSystem system(kLabels, kRoot);
  ParseState state;
  state.Reset(4);
  system.Apply(state, 0);                               // stack: w0
  system.Apply(state, system.ClassOf(Move::kLeft, 1));  // w0 <- w1 (b0)
  EXPECT_EQ(state.head(0), 1);
  EXPECT_EQ(state.leftmost(1), 0);
  EXPECT_EQ(state.left_count(1), 1);
  system.Apply(state, 0);  // stack: w1
  system.Apply(state, 0);  // stack: w1 w2
  system.Apply(state, system.ClassOf(Move::kRight, 2));  // w1 -> w2
  EXPECT_EQ(state.head(2), 1);
  EXPECT_EQ(state.rightmost(1), 2);
  EXPECT_EQ(state.right_count(1), 1);
  EXPECT_EQ(state.right_labels(1), uint64_t{1} << 2);
  EXPECT_EQ(state.stack_size(), 1);
  EXPECT_EQ(state.buffer(0), 3);
}

// Whatever valid moves are taken, the result is a tree with one root.
TEST(TransitionTest, RandomValidSequencesAlwaysGiveOneRootedTree) {
  const TransitionSystem system(kLabels, kRoot);
  std::mt19937 rng(7);
  ParseState state;
  for (int trial = 0; trial < 2000; ++trial) {
    const int n = 1 + static_cast<int>(rng() % 12);
    state.Reset(n);
    int moves = 0;
    while (!state.terminal()) {
      std::vector<int> valid;
      for (int c = 0; c < system.num_classes(); ++c) {
        if (system.IsValid(state, c)) valid.push_back(c);
      }
      ASSERT_FALSE(valid.empty()) << "stuck before the end";
      system.Apply(state, valid[rng() % valid.size()]);
      ++moves;
    }
    EXPECT_EQ(moves, 2 * n);
    std::vector<int32_t> heads(n);
    int root_labels = 0;
    for (int i = 0; i < n; ++i) {
      heads[i] = state.head(i);
      root_labels += state.label(i) == kRoot;
      EXPECT_EQ(state.label(i) == kRoot, heads[i] == n);
    }
    EXPECT_TRUE(IsTree(heads));
    EXPECT_EQ(root_labels, 1);
  }
}

// BestTwoValid's best is BestValid's, and its runner-up is what BestValid
// picks once the best is hidden, ties included (scores drawn from a few
// values so that ties are common), along random walks of valid moves.
TEST(TransitionTest, BestTwoValidMatchesBestValidTwice) {
  const TransitionSystem system(kLabels, kRoot);
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> value(0, 3);
  int checked = 0;
  for (int walk = 0; walk < 200; ++walk) {
    ParseState state;
    state.Reset(1 + walk % 6);
    while (!state.terminal()) {
      std::vector<int> scores(system.num_classes());
      for (int& x : scores) x = value(rng);
      int second = -2;
      const int best = system.BestTwoValid(state, scores.data(), &second);
      ASSERT_EQ(best, system.BestValid(state, scores.data()));
      std::vector<int> hidden = scores;
      hidden[best] = std::numeric_limits<int>::lowest();
      int expected = system.BestValid(state, hidden.data());
      if (expected == best) expected = -1;  // best was the only valid class
      EXPECT_EQ(second, expected);
      ++checked;
      system.Apply(state, best);
    }
  }
  EXPECT_GT(checked, 500);
}

}  // namespace
}  // namespace dyad::parser
