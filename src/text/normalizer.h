// FormNormalizer: the bytes of a token -> the form models see (Token::norm).
//
// The form is valid UTF-8 in NFC with typographic punctuation folded to ASCII
// (see char_class.h: "’" -> "'", "“" -> "\"", "—" -> "-", "…" -> "..."), soft
// hyphens dropped and invalid bytes replaced by U+FFFD, one per maximal
// invalid subpart. Pure ASCII input is copied as is: the common case costs one
// scan. NFC runs through utf8proc only when a character at or above U+0300
// appears (nothing below can combine or decompose), into scratch buffers
// owned by the normalizer, so a token never allocates once they have grown.
//
// Training code can call NormalizeForm on gold word forms so models learn the
// same folded spelling the segmenter produces.
//
// Thread safety: a FormNormalizer holds scratch state; use one per thread.
#ifndef DYAD_TEXT_NORMALIZER_H_
#define DYAD_TEXT_NORMALIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class FormNormalizer {
 public:
  // Returns the normalised form of `original` (any bytes). The view points
  // into the normalizer (or into `original` for plain ASCII) and stays valid
  // until the next call.
  std::string_view Normalize(std::string_view original);

 private:
  std::string folded_;
  std::string composed_;
  std::vector<int32_t> code_points_;
};

// One-off convenience (allocates).
std::string NormalizeForm(std::string_view original);

}  // namespace dyad

#endif  // DYAD_TEXT_NORMALIZER_H_
