#include "parser/transition.h"

#include <cassert>

namespace dyad::parser {

bool TransitionSystem::IsValid(const ParseState& s, int cls) const {
  if (cls < 0 || cls >= num_classes()) return false;
  switch (move(cls)) {
    case Move::kShift:
      return CanShift(s);
    case Move::kLeft:
      if (!CanLeft(s)) return false;
      // The root node takes exactly the label "root", and only it does.
      return (s.front() == s.n()) == (label(cls) == root_label_);
    case Move::kRight:
      return CanRight(s) && label(cls) != root_label_;
  }
  return false;
}

bool TransitionSystem::ApplyForcedMove(ParseState& s) const {
  if (s.stack_size() == 0) {
    s.Shift();
    return true;
  }
  if (s.front() == s.n() && s.stack_size() == 1) {
    Apply(s, ClassOf(Move::kLeft, root_label_));
    return true;
  }
  return false;
}

void TransitionSystem::Apply(ParseState& s, int cls) const {
  assert(IsValid(s, cls));
  switch (move(cls)) {
    case Move::kShift:
      s.Shift();
      break;
    case Move::kLeft:
      s.PopAsDependentOf(s.buffer(0), label(cls));
      break;
    case Move::kRight:
      s.PopAsDependentOf(s.stack(1), label(cls));
      break;
  }
}

}  // namespace dyad::parser
