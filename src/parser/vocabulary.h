// Vocabulary: the words the parser's features name individually.
//
// A word seen fewer than a few times in training gets no reliable weights
// of its own, yet every feature naming it would cost a lookup in the weight
// table, and such lookups are the ones that leave the CPU caches. So words
// outside the vocabulary are replaced by their shape class ("Capitalised",
// "has a digit", ...): their features become a handful of shared, hot rows.
// The vocabulary is a set of WordHash values stored in the model file.
//
// Thread safety: const after construction; share freely.
#ifndef DYAD_PARSER_VOCABULARY_H_
#define DYAD_PARSER_VOCABULARY_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace dyad::parser {

class Vocabulary {
 public:
  Vocabulary() = default;
  // `words`: distinct word hashes (any order).
  explicit Vocabulary(std::vector<uint64_t> words);

  bool Contains(uint64_t word) const;
  size_t size() const { return sorted_.size(); }
  // Ascending, for saving.
  std::span<const uint64_t> words() const { return sorted_; }

  // The feature word of a token: its WordHash if known, else its shape.
  uint64_t FeatureWord(std::string_view word, uint64_t hash) const {
    return Contains(hash) ? hash : ShapeHash(word);
  }
  static uint64_t ShapeHash(std::string_view word);
  // The five-bit shape class behind ShapeHash (0..31), for scorers that
  // index shapes instead of hashing them.
  static int ShapeClass(std::string_view word);

 private:
  std::vector<uint64_t> sorted_;
  std::vector<uint64_t> slots_;  // open addressing, 0 = empty (hash 0 kept apart)
  bool has_zero_ = false;
};

}  // namespace dyad::parser

#endif  // DYAD_PARSER_VOCABULARY_H_
