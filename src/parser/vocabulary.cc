#include "parser/vocabulary.h"

#include <algorithm>
#include <bit>

#include "util/hash.h"

namespace dyad::parser {

Vocabulary::Vocabulary(std::vector<uint64_t> words) : sorted_(std::move(words)) {
  std::sort(sorted_.begin(), sorted_.end());
  sorted_.erase(std::unique(sorted_.begin(), sorted_.end()), sorted_.end());
  // Load <= 1/2: a lookup (once per token per sentence) reads ~1.5 slots.
  slots_.assign(std::bit_ceil(std::max<size_t>(16, sorted_.size() * 2)), 0);
  const size_t mask = slots_.size() - 1;
  for (uint64_t w : sorted_) {
    if (w == 0) {
      has_zero_ = true;
      continue;
    }
    size_t i = w & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = w;
  }
}

bool Vocabulary::Contains(uint64_t word) const {
  if (word == 0) return has_zero_;
  const size_t mask = slots_.size() - 1;
  for (size_t i = word & mask;; i = (i + 1) & mask) {
    if (slots_[i] == word) return true;
    if (slots_[i] == 0) return false;
  }
}

int Vocabulary::ShapeClass(std::string_view word) {
  // Five yes/no facts about the characters: enough to tell names, numbers,
  // codes, hyphenated words and punctuation apart.
  bool upper_first = false, any_upper = false, any_digit = false, any_alpha = false,
       hyphen = false;
  for (size_t i = 0; i < word.size(); ++i) {
    const auto c = static_cast<unsigned char>(word[i]);
    const bool upper = c >= 'A' && c <= 'Z';
    if (i == 0) upper_first = upper;
    any_upper |= upper;
    any_alpha |= upper || (c >= 'a' && c <= 'z') || c >= 0x80;
    any_digit |= c >= '0' && c <= '9';
    hyphen |= c == '-';
  }
  return upper_first | (any_upper << 1) | (any_digit << 2) | (any_alpha << 3) | (hyphen << 4);
}

uint64_t Vocabulary::ShapeHash(std::string_view word) {
  return Mix64(0x5bd1e9955bd1e995ULL + static_cast<uint64_t>(ShapeClass(word)));
}

}  // namespace dyad::parser
