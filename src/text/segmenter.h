// TextSegmenter: raw article text -> sentences and tokens.
//
// Reads Document::text() (any bytes: invalid UTF-8 is decoded as U+FFFD and
// reported as a Diagnostic, never a crash) and fills Document::tokens() and
// Document::sentences(). Each Token keeps byte offsets into the original
// text; its normalised form (NFC, quotes and dashes folded) goes to the
// Document's arena. Tokenization follows UD English EWT conventions so the
// tagger and parser see the tokens they were trained on.
//
// Two steps, each in its own file: Tokenizer (tokenizer.h: characters ->
// tokens) and SentenceSplitter (sentence_splitter.h: tokens -> sentences).
// docs/TEXT.md lists the rules and their measured accuracy. Time and memory
// are linear in the input; no sentence exceeds
// TextOptions::max_sentence_tokens and no token max_token_bytes.
//
//   dyad::TextSegmenter segmenter(dyad::TextOptions{});
//   dyad::Document doc("MOSCOW, Jan. 22 (Reuters) - Russia's army said ...");
//   segmenter.Segment(doc);
//   for (const dyad::Sentence& s : doc.sentences())
//     for (const dyad::Token& t : doc.tokens(s)) use(doc.Form(t), doc.Norm(t));
//
// Thread safety: const after construction; one segmenter may serve many
// threads, each with its own Documents.
#ifndef DYAD_TEXT_SEGMENTER_H_
#define DYAD_TEXT_SEGMENTER_H_

#include "dyad/document.h"
#include "dyad/options.h"

namespace dyad {

class TextSegmenter {
 public:
  explicit TextSegmenter(const TextOptions& options);
  // Replaces any earlier analysis of `doc` (tokens, sentences, arena,
  // diagnostics) with its segmentation.
  void Segment(Document& doc) const;

  const TextOptions& options() const { return options_; }

 private:
  TextOptions options_;
};

}  // namespace dyad

#endif  // DYAD_TEXT_SEGMENTER_H_
