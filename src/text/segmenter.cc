#include "text/segmenter.h"

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dyad {

TextSegmenter::TextSegmenter(const TextOptions& options) : options_(options) {}

void TextSegmenter::Segment(Document& doc) const {
  doc.ClearAnalysis();
  // The tokenizer carries scratch buffers, so it lives for one call: the
  // segmenter itself stays immutable and shareable between threads.
  Tokenizer tokenizer(options_);
  tokenizer.Tokenize(doc);
  SentenceSplitter(options_).Split(doc);
}

}  // namespace dyad
