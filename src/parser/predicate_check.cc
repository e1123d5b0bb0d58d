#include "parser/predicate_check.h"

#include <algorithm>
#include <string_view>

#include "dyad/tags.h"

namespace dyad::parser {
namespace {

// The relation without its subtype ("acl:relcl" -> "acl").
std::string_view BaseRelation(Deprel rel) {
  const std::string_view name = DeprelName(rel);
  return name.substr(0, name.find(':'));
}

bool HeadsAClause(std::string_view base) {
  for (std::string_view r : {"conj", "ccomp", "xcomp", "advcl", "acl", "parataxis", "csubj"}) {
    if (base == r) return true;
  }
  return false;
}

bool InVerbForm(const Token& t) {
  if (t.upos != Upos::VERB) return false;
  const std::string_view tag = XposName(t.xpos);
  return tag == "VB" || tag == "VBD" || tag == "VBP" || tag == "VBZ";
}

}  // namespace

bool MissesItsPredicate(const Document& doc, std::span<const Token> tokens) {
  if (tokens.empty()) return false;
  const std::string_view last = doc.Norm(tokens.back());
  if (last != "." && last != "!" && last != "?") return false;  // headlines, fragments
  // The tree first: in almost every sentence it finds a predicate within a
  // few words, so the tags of the rest are never read.
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const bool verbal = t.upos == Upos::VERB || t.upos == Upos::AUX;
    if (t.head < 0) {
      if (verbal) return false;
      continue;
    }
    const std::string_view base = BaseRelation(t.deprel);
    if (verbal && HeadsAClause(base)) return false;
    // A nominal or adjectival predicate: "Kyiv is the capital", "talks
    // were held" (the root's copula or auxiliary).
    if (tokens[t.head].head < 0 && (base == "cop" || base == "aux")) return false;
  }
  return std::any_of(tokens.begin(), tokens.end(), InVerbForm);
}

}  // namespace dyad::parser
