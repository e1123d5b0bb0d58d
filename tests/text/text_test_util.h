// Helpers for the text-stage tests: segment a string with given options and
// look at the result as plain strings, plus a checker for the invariants
// every segmentation must keep whatever the input.
#ifndef DYAD_TESTS_TEXT_TEXT_TEST_UTIL_H_
#define DYAD_TESTS_TEXT_TEXT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/options.h"
#include "text/char_class.h"
#include "text/segmenter.h"
#include "util/utf8.h"

namespace dyad::testing {

inline Document Segment(std::string text, const TextOptions& options = {}) {
  Document doc(std::move(text));
  TextSegmenter(options).Segment(doc);
  return doc;
}

// Original forms of all tokens, joined by '|': "I|do|n't|know|."
inline std::string Forms(const Document& doc) {
  std::string out;
  for (const Token& t : doc.tokens()) {
    if (!out.empty()) out += '|';
    out += doc.Form(t);
  }
  return out;
}
inline std::string Forms(std::string text) { return Forms(Segment(std::move(text))); }

inline std::string Norms(const Document& doc) {
  std::string out;
  for (const Token& t : doc.tokens()) {
    if (!out.empty()) out += '|';
    out += doc.Norm(t);
  }
  return out;
}

// The original text of each sentence.
inline std::vector<std::string> Sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences()) {
    out.emplace_back(doc.text().substr(s.begin, s.end - s.begin));
  }
  return out;
}
inline std::vector<std::string> Sentences(std::string text) {
  return Sentences(Segment(std::move(text)));
}

inline bool IsValidUtf8(std::string_view s) {
  for (size_t pos = 0; pos < s.size();) {
    const DecodedChar d = DecodeUtf8(s, pos);
    if (!d.valid) return false;
    pos += d.len;
  }
  return true;
}

// What must hold for any input: tokens in order, non-empty, inside the text,
// free of separators, no longer than max_token_bytes; norms valid UTF-8;
// sentences contiguous, covering every token once, within
// max_sentence_tokens, spanning their first to last token.
inline ::testing::AssertionResult Invariants(const Document& doc, const TextOptions& options) {
  const auto tokens = doc.tokens();
  const std::string_view text = doc.text();
  uint32_t prev_end = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.begin >= t.end || t.end > text.size() || t.begin < prev_end) {
      return ::testing::AssertionFailure() << "token " << i << " [" << t.begin << "," << t.end
                                           << ") out of order or empty";
    }
    if (t.end - t.begin > options.max_token_bytes) {
      return ::testing::AssertionFailure() << "token " << i << " has " << t.end - t.begin << " bytes";
    }
    for (size_t pos = t.begin; pos < t.end;) {
      const DecodedChar d = DecodeUtf8(text.substr(0, t.end), pos);
      if (IsSeparator(ClassifyChar(d.cp).kind)) {
        return ::testing::AssertionFailure() << "token " << i << " holds a separator at " << pos;
      }
      pos += d.len;
    }
    if (!IsValidUtf8(doc.Norm(t))) {
      return ::testing::AssertionFailure() << "token " << i << " norm is not valid UTF-8";
    }
    prev_end = t.end;
  }
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences()) {
    if (s.first_token != next || s.token_count == 0 ||
        s.token_count > options.max_sentence_tokens) {
      return ::testing::AssertionFailure() << "sentence at token " << s.first_token << " with "
                                           << s.token_count << " tokens (expected start " << next
                                           << ")";
    }
    if (s.begin != tokens[s.first_token].begin ||
        s.end != tokens[s.first_token + s.token_count - 1].end) {
      return ::testing::AssertionFailure() << "sentence bytes do not match its tokens";
    }
    next += s.token_count;
  }
  if (next != tokens.size()) {
    return ::testing::AssertionFailure() << "sentences cover " << next << " of " << tokens.size()
                                         << " tokens";
  }
  return ::testing::AssertionSuccess();
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TEXT_TEXT_TEST_UTIL_H_
