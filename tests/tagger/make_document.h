// Test documents built word by word, as the text stage would hand them
// over (one token per space-separated word, norm = the word).
#ifndef DYAD_TESTS_TAGGER_MAKE_DOCUMENT_H_
#define DYAD_TESTS_TAGGER_MAKE_DOCUMENT_H_

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad::testing {

// A Document holding the given sentences, one token per space-separated
// word, as the text stage would hand it over (norm = the word).
inline Document MakeDocument(const std::vector<std::string>& sentences) {
  std::string text;
  for (const auto& s : sentences) text += s + "\n";
  Document doc(text);
  uint32_t offset = 0;
  for (const auto& s : sentences) {
    Sentence sentence;
    sentence.begin = offset;
    sentence.first_token = static_cast<uint32_t>(doc.tokens().size());
    std::istringstream words(s);
    std::string word;
    while (words >> word) {
      const auto begin = static_cast<uint32_t>(text.find(word, offset));
      Token t;
      t.begin = begin;
      t.end = begin + static_cast<uint32_t>(word.size());
      t.norm = doc.AppendToArena(word);
      doc.mutable_tokens().push_back(t);
      offset = t.end;
      ++sentence.token_count;
    }
    sentence.end = offset;
    doc.mutable_sentences().push_back(sentence);
  }
  return doc;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TAGGER_MAKE_DOCUMENT_H_
