// TextSegmenter: raw article text -> sentences and tokens.
//
// Reads Document::text() (any bytes: invalid UTF-8 is decoded as U+FFFD and
// reported as a Diagnostic, never a crash) and fills Document::tokens() and
// Document::sentences(). Each Token keeps byte offsets into the original
// text; its normalised form (NFC, quotes and dashes folded) goes to the
// Document's arena. Tokenization follows UD English EWT conventions so the
// tagger and parser see the tokens they were trained on.
//
// Thread safety: const after construction.
#ifndef DYAD_TEXT_SEGMENTER_H_
#define DYAD_TEXT_SEGMENTER_H_

#include "dyad/document.h"
#include "dyad/options.h"

namespace dyad {

class TextSegmenter {
 public:
  explicit TextSegmenter(const TextOptions& options);
  // Replaces any earlier tokens/sentences of `doc`.
  void Segment(Document& doc) const;

 private:
  TextOptions options_;
};

}  // namespace dyad

#endif  // DYAD_TEXT_SEGMENTER_H_
