// ArticleReader: the articles `dyad code` reads, one JSON object per line:
//
//   {"id": "k-1", "date": "2022-01-22", "text": "...", "title": ..., "url": ..., "source": ...}
//
// A bad record (invalid JSON, invalid UTF-8, no text, a bad date) does not
// stop the run: Next() returns it with `error` set and its line number, so
// the caller can report it and go on. Nothing is skipped silently.
#ifndef DYAD_IO_ARTICLE_READER_H_
#define DYAD_IO_ARTICLE_READER_H_

#include <cstdint>
#include <istream>
#include <optional>
#include <string>

#include "dyad/date.h"

namespace dyad {

struct Article {
  uint64_t line = 0;  // 1-based line of the record in its input
  std::string id;
  Date date;
  std::string text;
  std::string title, url, source;
  std::string error;  // non-empty: the record is bad, and why
};

class ArticleReader {
 public:
  // Reads from `in`, which must outlive the reader.
  explicit ArticleReader(std::istream& in) : in_(in) {}

  // The next record (good or bad); nullopt at the end of the input. Blank
  // lines are not records.
  std::optional<Article> Next();

 private:
  std::istream& in_;
  uint64_t line_ = 0;
  std::string buffer_;
};

// Parses one JSON Lines record; `line` is for messages.
Article ParseArticle(const std::string& json, uint64_t line);

}  // namespace dyad

#endif  // DYAD_IO_ARTICLE_READER_H_
