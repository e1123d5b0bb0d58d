// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011)
// with the root at the end of the buffer and labelled arcs.
//
// Three moves, each a rule for validity and an effect (the dynamic oracle's
// costs live in oracle.h):
//
//   Shift       push b0 onto the stack.
//               Valid when b0 is a word (the root node is never pushed).
//   Left(l)     pop s0 and make it a dependent of b0 with label l.
//               Valid when the stack is not empty. When b0 is the root node
//               it is valid only for the last word on the stack and only
//               with the label "root"; otherwise "root" is not allowed.
//   Right(l)    pop s0 and make it a dependent of s1 with label l.
//               Valid when the stack holds two words; never with "root".
//
// Every sentence of n words takes exactly 2n moves (n shifts, n pops); every
// word is popped exactly once and so gets exactly one head. The validity
// rules make the single-root constraint structural: only the last word left
// on the stack can attach to the root node, so any sequence of valid moves
// ends in a tree with one root, and from any non-terminal state a valid move
// exists. The parser cannot get stuck whatever the model predicts.
//
// The model scores "classes", labelled moves: 0 = Shift, 1..L = Left(label
// 0..L-1), L+1..2L = Right(label 0..L-1), where labels are the model's own
// indices (mapped to dyad::Deprel ids at load). Every feature has its own
// weight for every labelled move: factoring the decision (move first, label
// after, or label weights for only some features) lost about one point of
// attachment accuracy on EWT dev (docs/PARSER.md).
#ifndef DYAD_PARSER_TRANSITION_H_
#define DYAD_PARSER_TRANSITION_H_

#include <cstdint>
#include <limits>

#include "parser/parse_state.h"

namespace dyad::parser {

enum class Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

class TransitionSystem {
 public:
  TransitionSystem() = default;
  TransitionSystem(int num_labels, int root_label)
      : num_labels_(num_labels), root_label_(root_label) {}

  int num_labels() const { return num_labels_; }
  int num_classes() const { return 1 + 2 * num_labels_; }
  int root_label() const { return root_label_; }

  Move move(int cls) const {
    return cls == 0 ? Move::kShift : (cls <= num_labels_ ? Move::kLeft : Move::kRight);
  }
  // The label of a Left/Right class (meaningless for Shift).
  int label(int cls) const { return cls <= num_labels_ ? cls - 1 : cls - 1 - num_labels_; }
  int ClassOf(Move move, int label) const {
    switch (move) {
      case Move::kShift: return 0;
      case Move::kLeft: return 1 + label;
      case Move::kRight: return 1 + num_labels_ + label;
    }
    return 0;
  }

  bool CanShift(const ParseState& s) const { return s.front() < s.n(); }
  bool CanLeft(const ParseState& s) const {
    return s.stack_size() > 0 && (s.front() < s.n() || s.stack_size() == 1);
  }
  bool CanRight(const ParseState& s) const { return s.stack_size() >= 2; }
  bool IsValid(const ParseState& s, int cls) const;

  // The valid class with the highest score (ties: the lowest class), or -1
  // when the state is terminal. Scores are indexed by class.
  template <typename Score>
  int BestValid(const ParseState& s, const Score* scores) const;

  // BestValid, and in `second` the valid class BestValid would pick if
  // `best` were not there (-1 if none), in one pass.
  template <typename Score>
  int BestTwoValid(const ParseState& s, const Score* scores, int* second) const;

  void Apply(ParseState& s, int cls) const;

  // Applies the only valid move of a state that has one (an empty stack
  // shifts; the last word left attaches to the root node) and returns true;
  // returns false, changing nothing, when the state needs scoring.
  bool ApplyForcedMove(ParseState& s) const;

 private:
  // Calls visit(cls) for every valid class of `s`, in class order.
  template <typename Visit>
  void ForEachValid(const ParseState& s, Visit&& visit) const;

  int num_labels_ = 0;
  int root_label_ = 0;
};

template <typename Visit>
void TransitionSystem::ForEachValid(const ParseState& s, Visit&& visit) const {
  if (CanShift(s)) visit(0);
  if (CanLeft(s)) {
    if (s.front() == s.n()) {
      visit(ClassOf(Move::kLeft, root_label_));
    } else {
      for (int l = 0; l < num_labels_; ++l) {
        if (l != root_label_) visit(1 + l);
      }
    }
  }
  if (CanRight(s)) {
    for (int l = 0; l < num_labels_; ++l) {
      if (l != root_label_) visit(1 + num_labels_ + l);
    }
  }
}

template <typename Score>
int TransitionSystem::BestValid(const ParseState& s, const Score* scores) const {
  int best = -1;
  Score best_score = std::numeric_limits<Score>::lowest();
  ForEachValid(s, [&](int cls) {
    if (best < 0 || scores[cls] > best_score) {
      best = cls;
      best_score = scores[cls];
    }
  });
  return best;
}

template <typename Score>
int TransitionSystem::BestTwoValid(const ParseState& s, const Score* scores, int* second) const {
  int best = -1, next = -1;
  Score best_score = std::numeric_limits<Score>::lowest();
  Score next_score = best_score;
  // Strict comparisons keep the first class of a tie, as BestValid does.
  ForEachValid(s, [&](int cls) {
    const Score x = scores[cls];
    if (best < 0 || x > best_score) {
      next = best;
      next_score = best_score;
      best = cls;
      best_score = x;
    } else if (next < 0 || x > next_score) {
      next = cls;
      next_score = x;
    }
  });
  *second = next;
  return best;
}

}  // namespace dyad::parser

#endif  // DYAD_PARSER_TRANSITION_H_
