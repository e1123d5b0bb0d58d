// The closed tag sets dyad's models predict: Universal POS tags, Penn
// Treebank tags (as used by UD English EWT) and UD dependency relations.
//
// Tags are small integers so a Token stays compact and downstream stages
// compare integers, not strings. Index 0 of each set means "unknown / not
// assigned", so a zero-initialised Token is well defined. The tables are
// fixed: a model file stores tag names and is mapped onto these ids at load,
// so reordering a table never silently breaks a model.
#ifndef DYAD_TAGS_H_
#define DYAD_TAGS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace dyad {

enum class Upos : uint8_t {
  kNone = 0,
  ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT,
  SCONJ, SYM, VERB, X,
};
inline constexpr int kUposCount = 18;  // including kNone

// Penn tag ids: 0 = none, then the EWT inventory (see tags.cc).
using Xpos = uint8_t;
// UD relation ids: 0 = none, then the relations with EWT's subtypes.
using Deprel = uint8_t;

std::string_view UposName(Upos tag);                 // "NOUN"; "_" for kNone
std::optional<Upos> UposFromName(std::string_view name);

std::span<const std::string_view> XposNames();       // index = Xpos id
std::string_view XposName(Xpos tag);
std::optional<Xpos> XposFromName(std::string_view name);

std::span<const std::string_view> DeprelNames();     // index = Deprel id
std::string_view DeprelName(Deprel rel);
// Unknown subtypes fall back to their universal relation ("obl:foo" -> obl);
// nullopt only when even that is unknown.
std::optional<Deprel> DeprelFromName(std::string_view name);

}  // namespace dyad

#endif  // DYAD_TAGS_H_
