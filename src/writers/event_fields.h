// The values every writer prints for an event, computed in one place so
// JSON Lines and CSV cannot disagree.
#ifndef DYAD_WRITERS_EVENT_FIELDS_H_
#define DYAD_WRITERS_EVENT_FIELDS_H_

#include <string>
#include <string_view>

#include "dyad/document.h"

namespace dyad {

struct ActorSpan {
  std::string_view text;  // original bytes (may be invalid UTF-8; writers sanitise)
  uint32_t start = 0;     // byte offsets into the article
  uint32_t end = 0;
};

inline ActorSpan SpanOf(const Document& doc, const EventActor& a) {
  const auto tokens = doc.tokens();
  if (a.first_token >= a.end_token || a.end_token > tokens.size()) return {};
  const uint32_t start = tokens[a.first_token].begin;
  const uint32_t end = tokens[a.end_token - 1].end;
  return {doc.text().substr(start, end - start), start, end};
}

// The sentence's text with its line breaks folded to spaces.
inline std::string SentenceText(const Document& doc, uint32_t sentence) {
  const Sentence& s = doc.sentences()[sentence];
  std::string text(doc.text().substr(s.begin, s.end - s.begin));
  for (char& c : text) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  while (!text.empty() && text.back() == ' ') text.pop_back();
  return text;
}

}  // namespace dyad

#endif  // DYAD_WRITERS_EVENT_FIELDS_H_
