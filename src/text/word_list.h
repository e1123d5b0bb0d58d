// WordList: a fixed, sorted list of short ASCII strings with a binary-search
// lookup, for the tokenizer's and splitter's closed word classes
// (abbreviations, sentence starters, speech verbs). Lists are constexpr
// arrays; a static_assert beside each one keeps it sorted.
#ifndef DYAD_TEXT_WORD_LIST_H_
#define DYAD_TEXT_WORD_LIST_H_

#include <algorithm>
#include <span>
#include <string_view>

namespace dyad {

template <typename Entry>
constexpr bool IsSortedByKey(std::span<const Entry> list) {
  return std::is_sorted(list.begin(), list.end(),
                        [](const Entry& a, const Entry& b) { return a.key < b.key; });
}

// The entry whose key equals `key`, or nullptr.
template <typename Entry>
const Entry* FindInList(std::span<const Entry> list, std::string_view key) {
  const auto it = std::lower_bound(list.begin(), list.end(), key,
                                   [](const Entry& e, std::string_view k) { return e.key < k; });
  return (it != list.end() && it->key == key) ? &*it : nullptr;
}

// Lower-cases ASCII letters of `word` into `buf` (at most `cap` bytes); returns
// false when the word is longer (no list holds such a word).
inline bool LowerAscii(std::string_view word, char* buf, size_t cap, std::string_view* out) {
  if (word.size() > cap) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  *out = std::string_view(buf, word.size());
  return true;
}

}  // namespace dyad

#endif  // DYAD_TEXT_WORD_LIST_H_
