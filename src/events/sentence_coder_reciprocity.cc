// SentenceCoder's reciprocity: whether the sources are two sides of one
// act, and the "with TGT" pattern that codes them towards each other.

#include "events/sentence_coder.h"

#include <string>
#include <vector>

namespace dyad::events_internal {

bool SentenceCoder::IsCooperativeCode(const std::string& code) {
  return code.size() >= 2 && code[0] == '0' && code[1] >= '3' && code[1] <= '6';
}

// Whether the sources name at least two sides: two mentions that are not
// one state (SameState) and do not share a code.
bool SentenceCoder::HasTwoSides(const std::vector<int>& sources) const {
  for (size_t i = 0; i < sources.size(); ++i) {
    for (size_t j = i + 1; j < sources.size(); ++j) {
      const int a = sources[i], b = sources[j];
      if (!SameState(a, b) && doc_.actors()[a].code != doc_.actors()[b].code) return true;
    }
  }
  return false;
}

// The cooperative pattern that is `p` with a partner: the same head and
// words followed by "with TGT" ("launch war game with TGT" for "launch
// war game"); null when the dictionary has none, or `p` is cooperative
// already.
const Pattern* SentenceCoder::ReciprocalOf(const Pattern& p, HeadKind kind, int head) const {
  if (IsCooperativeCode(p.code) || p.code == "---") return nullptr;
  return WithPartnerOf(p, kind, head, /*cooperative=*/true);
}

// The pattern that is `p` followed by "with TGT" (of a cooperative code
// if `cooperative`), or null.
const Pattern* SentenceCoder::WithPartnerOf(const Pattern& p, HeadKind kind, int head,
                                            bool cooperative) const {
  if (p.code == "---") return nullptr;
  const auto* ids = patterns_.ForHead(kind, PatternLemma(head, kind));
  if (!ids) return nullptr;
  for (uint32_t id : *ids) {
    const Pattern& q = patterns_.pattern(id);
    if ((cooperative && !IsCooperativeCode(q.code)) || q.elements.size() != p.elements.size() + 1) continue;
    const PatternElement& last = q.elements.back();
    if (last.kind != PatternElement::kPrepTarget || last.word != "with") continue;
    bool same = true;
    for (size_t i = 0; i < p.elements.size() && same; ++i) {
      same = q.elements[i].kind == p.elements[i].kind && q.elements[i].word == p.elements[i].word;
    }
    if (same) return &q;
  }
  return nullptr;
}

}  // namespace dyad::events_internal
