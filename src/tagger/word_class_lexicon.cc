#include "tagger/word_class_lexicon.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "tagger/word_features.h"

namespace dyad {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

bool IsPlainWord(const std::string& w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return IsAsciiLower(c) || c == '-' || c == '\'';
  });
}

// "stop" -> "stopp": a final consonant after a single vowel may double
// before -ed/-ing/-er ("stopped", "bigger"). Both spellings are generated,
// since stress decides ("visited", not "visitted").
bool MayDouble(const std::string& w) {
  const size_t n = w.size();
  if (n < 3) return false;
  const char last = w[n - 1];
  return IsAsciiLower(last) && !IsVowel(last) && last != 'w' && last != 'x' && last != 'y' &&
         IsVowel(w[n - 2]) && !IsVowel(w[n - 3]);
}

// Plural / 3rd person singular: "box" -> "boxes", "city" -> "cities".
std::string AddS(const std::string& w) {
  const size_t n = w.size();
  if (n >= 2 && w[n - 1] == 'y' && !IsVowel(w[n - 2])) return w.substr(0, n - 1) + "ies";
  if (w.ends_with("s") || w.ends_with("x") || w.ends_with("z") || w.ends_with("ch") ||
      w.ends_with("sh")) {
    return w + "es";
  }
  return w + "s";
}

// -ed / -er / -est style endings: "hope"+"ed" -> "hoped", "try" -> "tried".
void AddSuffix(const std::string& w, const std::string& suffix, std::vector<std::string>* out) {
  const size_t n = w.size();
  if (w.ends_with("e")) {
    out->push_back(w + suffix.substr(1));
  } else if (n >= 2 && w[n - 1] == 'y' && !IsVowel(w[n - 2])) {
    out->push_back(w.substr(0, n - 1) + "i" + suffix);
  } else {
    out->push_back(w + suffix);
    if (MayDouble(w)) out->push_back(w + w.back() + suffix);
  }
}

// "make" -> "making", "die" -> "dying", "stop" -> "stopping".
void AddIng(const std::string& w, std::vector<std::string>* out) {
  const size_t n = w.size();
  if (w.ends_with("ie")) {
    out->push_back(w.substr(0, n - 2) + "ying");
  } else if (w.ends_with("e") && !w.ends_with("ee") && !w.ends_with("ye") &&
             !w.ends_with("oe") && n > 2) {
    out->push_back(w.substr(0, n - 1) + "ing");
    out->push_back(w + "ing");  // "singeing", "routeing": rare but real
  } else {
    out->push_back(w + "ing");
    if (MayDouble(w)) out->push_back(w + w.back() + "ing");
  }
}

}  // namespace

std::vector<std::pair<uint64_t, uint16_t>> BuildWordClassLexicon(const WordNet& wordnet) {
  std::unordered_map<std::string, uint16_t> bits;
  std::vector<std::string> forms;
  for (const auto& [lemma, pos_bits] : wordnet.lemmas) {
    if (!IsPlainWord(lemma)) continue;
    if (pos_bits & (1u << static_cast<int>(WordNetPos::kNoun))) {
      bits[lemma] |= kLexNoun;
      bits[AddS(lemma)] |= kLexNounPlural;
    }
    if (pos_bits & (1u << static_cast<int>(WordNetPos::kVerb))) {
      bits[lemma] |= kLexVerb;
      bits[AddS(lemma)] |= kLexVerbS;
      forms.clear();
      AddSuffix(lemma, "ed", &forms);
      for (const auto& f : forms) bits[f] |= kLexVerbEd;
      forms.clear();
      AddIng(lemma, &forms);
      for (const auto& f : forms) bits[f] |= kLexVerbIng;
    }
    if (pos_bits & (1u << static_cast<int>(WordNetPos::kAdj))) {
      bits[lemma] |= kLexAdj;
      // Only short adjectives inflect ("harsher", not "beautifuler").
      if (lemma.size() <= 7) {
        forms.clear();
        AddSuffix(lemma, "er", &forms);
        AddSuffix(lemma, "est", &forms);
        for (const auto& f : forms) bits[f] |= kLexAdjDegree;
      }
    }
    if (pos_bits & (1u << static_cast<int>(WordNetPos::kAdv))) bits[lemma] |= kLexAdv;
  }
  // Irregular forms: the exception lists name the base; the class follows
  // from the list and, for verbs, the ending.
  for (const auto& [inflected, base] : wordnet.exceptions[static_cast<int>(WordNetPos::kNoun)]) {
    if (IsPlainWord(inflected)) bits[inflected] |= kLexNounPlural;
  }
  for (const auto& [inflected, base] : wordnet.exceptions[static_cast<int>(WordNetPos::kVerb)]) {
    if (!IsPlainWord(inflected)) continue;
    if (inflected.ends_with("ing")) {
      bits[inflected] |= kLexVerbIng;
    } else if (inflected.ends_with("s") && !base.ends_with("s")) {
      bits[inflected] |= kLexVerbS;
    } else {
      bits[inflected] |= kLexVerbEd;
    }
  }
  for (int pos : {static_cast<int>(WordNetPos::kAdj), static_cast<int>(WordNetPos::kAdv)}) {
    for (const auto& [inflected, base] : wordnet.exceptions[pos]) {
      if (IsPlainWord(inflected)) bits[inflected] |= kLexAdjDegree;
    }
  }
  for (const auto& [word, also_common] : wordnet.capitalized_nouns) {
    if (!IsPlainWord(word)) continue;
    bits[word] |= also_common ? kLexProper : (kLexProper | kLexProperOnly);
  }

  std::vector<std::pair<uint64_t, uint16_t>> entries;
  entries.reserve(bits.size());
  for (const auto& [form, b] : bits) entries.emplace_back(LowerWordHash(form), b);
  std::sort(entries.begin(), entries.end());
  // Two forms with one 64-bit hash would be a once-in-a-lifetime event; keep
  // the table well formed regardless by merging them.
  size_t w = 0;
  for (size_t r = 0; r < entries.size(); ++r) {
    if (w > 0 && entries[w - 1].first == entries[r].first) {
      entries[w - 1].second |= entries[r].second;
    } else {
      entries[w++] = entries[r];
    }
  }
  entries.resize(w);
  return entries;
}

}  // namespace dyad
