// PLACEHOLDER (replaced by the real segmenter): whitespace tokens, one
// sentence per line.
#include "text/segmenter.h"

namespace dyad {

TextSegmenter::TextSegmenter(const TextOptions& options) : options_(options) {}

void TextSegmenter::Segment(Document& doc) const {
  doc.ClearAnalysis();
  const std::string_view text = doc.text();
  size_t i = 0;
  Sentence s;
  auto close = [&](uint32_t end) {
    if (s.token_count > 0) {
      s.end = end;
      doc.mutable_sentences().push_back(s);
    }
    s = Sentence{};
    s.first_token = static_cast<uint32_t>(doc.tokens().size());
  };
  close(0);
  while (i < text.size()) {
    if (text[i] == '\n') { close(static_cast<uint32_t>(i)); ++i; continue; }
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') { ++i; continue; }
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t') ++j;
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.end = static_cast<uint32_t>(j);
    t.norm = doc.AppendToArena(text.substr(i, j - i));
    if (s.token_count == 0) s.begin = t.begin;
    doc.mutable_tokens().push_back(t);
    ++s.token_count;
    i = j;
  }
  close(static_cast<uint32_t>(text.size()));
}

}  // namespace dyad
