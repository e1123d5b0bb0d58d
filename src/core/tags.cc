#include "dyad/tags.h"

#include <array>

namespace dyad {
namespace {

constexpr std::array<std::string_view, kUposCount> kUposNames = {
    "_",    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET",  "INTJ", "NOUN",
    "NUM",  "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM",  "VERB", "X",
};

// The Penn tags of UD English EWT (plus "#", which other English corpora use).
constexpr std::array<std::string_view, 52> kXposNames = {
    "_",   "NN",   "IN",  "DT",   "NNP", "PRP",  "JJ",  "RB",  ".",    "VB",  "NNS",
    ",",   "CC",   "VBD", "VBP",  "VBZ", "CD",   "VBN", "VBG", "MD",   "TO",  "PRP$",
    "-RRB-", "-LRB-", "WDT", ":", "WRB", "``",   "''",  "WP",  "RP",   "UH",  "POS",
    "HYPH", "NNPS", "JJR", "JJS", "EX",  "NFP",  "RBR", "ADD", "GW",   "$",   "SYM",
    "PDT", "LS",   "FW",  "RBS",  "AFX", "WP$",  "#",   "XX",
};

// The 37 universal relations, then the subtypes UD English uses.
constexpr std::array<std::string_view, 56> kDeprelNames = {
    "_",           "acl",         "advcl",       "advmod",      "amod",
    "appos",       "aux",         "case",        "cc",          "ccomp",
    "clf",         "compound",    "conj",        "cop",         "csubj",
    "dep",         "det",         "discourse",   "dislocated",  "expl",
    "fixed",       "flat",        "goeswith",    "iobj",        "list",
    "mark",        "nmod",        "nsubj",       "nummod",      "obj",
    "obl",         "orphan",      "parataxis",   "punct",       "reparandum",
    "root",        "vocative",    "xcomp",       "acl:relcl",   "advcl:relcl",
    "aux:pass",    "cc:preconj",  "compound:prt", "csubj:outer", "csubj:pass",
    "det:predet",  "flat:foreign", "nmod:desc",  "nmod:poss",   "nmod:unmarked",
    "nsubj:outer", "nsubj:pass",  "obl:agent",   "obl:unmarked", "obl:npmod",
    "obl:tmod",
};

template <size_t N>
std::optional<size_t> Find(const std::array<std::string_view, N>& table, std::string_view name) {
  for (size_t i = 1; i < N; ++i) {
    if (table[i] == name) return i;
  }
  return std::nullopt;
}

}  // namespace

std::string_view UposName(Upos tag) {
  const auto i = static_cast<size_t>(tag);
  return i < kUposNames.size() ? kUposNames[i] : "_";
}

std::optional<Upos> UposFromName(std::string_view name) {
  if (auto i = Find(kUposNames, name)) return static_cast<Upos>(*i);
  return std::nullopt;
}

std::span<const std::string_view> XposNames() { return kXposNames; }

std::string_view XposName(Xpos tag) { return tag < kXposNames.size() ? kXposNames[tag] : "_"; }

std::optional<Xpos> XposFromName(std::string_view name) {
  if (auto i = Find(kXposNames, name)) return static_cast<Xpos>(*i);
  return std::nullopt;
}

std::span<const std::string_view> DeprelNames() { return kDeprelNames; }

std::string_view DeprelName(Deprel rel) {
  return rel < kDeprelNames.size() ? kDeprelNames[rel] : "_";
}

std::optional<Deprel> DeprelFromName(std::string_view name) {
  if (auto i = Find(kDeprelNames, name)) return static_cast<Deprel>(*i);
  if (auto colon = name.find(':'); colon != std::string_view::npos) {
    if (auto i = Find(kDeprelNames, name.substr(0, colon))) return static_cast<Deprel>(*i);
  }
  return std::nullopt;
}

}  // namespace dyad
