// Spelling classes of a word's capitals, for the lemmatizer's case policy.
//
// EWT lowercases lemmas ("The" -> "the") except where the capitals carry
// meaning: "American"/JJ mid-sentence, acronyms such as "TV"/NN, "I". Which
// of these applies depends on the tag and on how the word is capitalised,
// so the lemmatizer learns, per Penn tag and spelling class, one CasePolicy.
#ifndef DYAD_LEMMA_WORD_CASE_H_
#define DYAD_LEMMA_WORD_CASE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

enum CaseClass : uint8_t {
  kCaseLower = 0,         // no capitals
  kCaseInitialStart = 1,  // "The" first in its sentence
  kCaseInitial = 2,       // "American" elsewhere
  kCaseAllCaps = 3,       // "TV", "PRESIDENT" (two or more letters, all capitals)
  kCaseMixed = 4,         // "iPhone", "McCain"
};
inline constexpr int kCaseClassCount = 5;

enum CasePolicy : uint8_t {
  kLowercase = 0,        // "The" -> "the"
  kKeepCase = 1,         // "TV" -> "TV"
  kKeepIfCapitalized = 2,  // keep when WordNet spells the word with a capital
  kKeepIfUnknown = 3,      // keep unless WordNet lists the word ("GISB", not "PRESIDENT")
};
inline constexpr int kCasePolicyCount = 4;

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLowerCase(char c) { return c >= 'a' && c <= 'z'; }

// Writes `form` with ASCII capitals lowered into *out; true if it had any.
inline bool LowerAscii(std::string_view form, std::string* out) {
  out->assign(form);
  bool any = false;
  for (char& c : *out) {
    if (IsAsciiUpper(c)) {
      c = static_cast<char>(c - 'A' + 'a');
      any = true;
    }
  }
  return any;
}

inline CaseClass ClassifyCase(std::string_view form, bool sentence_start) {
  int upper = 0, lower = 0;
  for (char c : form) {
    upper += IsAsciiUpper(c);
    lower += IsAsciiLowerCase(c);
  }
  if (upper == 0) return kCaseLower;
  if (lower == 0 && upper >= 2) return kCaseAllCaps;
  if (upper == 1 && IsAsciiUpper(form[0])) {
    return sentence_start ? kCaseInitialStart : kCaseInitial;
  }
  return kCaseMixed;
}

// The first letter in capitals ("kerala" -> "Kerala").
inline void CapitalizeFirst(std::string* s) {
  if (!s->empty() && IsAsciiLowerCase((*s)[0])) (*s)[0] = static_cast<char>((*s)[0] - 'a' + 'A');
}

// Gives the lowercase `lemma` the capitals of `form` where they share
// letters ("cds" with "CDs" -> "cd" -> "CD"; "american" -> "American").
inline void Recase(std::string_view form, std::string* lemma) {
  const size_t n = std::min(form.size(), lemma->size());
  for (size_t i = 0; i < n; ++i) {
    const char f = form[i];
    if (IsAsciiUpper(f) && (*lemma)[i] == static_cast<char>(f - 'A' + 'a')) (*lemma)[i] = f;
  }
}

}  // namespace dyad

#endif  // DYAD_LEMMA_WORD_CASE_H_
