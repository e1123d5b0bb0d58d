// Parser: labelled dependency parse of every sentence of a Document.
//
// Thread safety: const after Load/Train; share between threads.
#ifndef DYAD_PARSER_PARSER_H_
#define DYAD_PARSER_PARSER_H_

#include <iosfwd>
#include <string>

#include "dyad/document.h"
#include "dyad/options.h"
#include "dyad/status.h"

namespace dyad {

struct ParserTrainOptions {
  int epochs = 15;
  uint64_t seed = 1;  // shuffling
};

class Parser {
 public:
  static Result<Parser> Load(const std::string& path);
  // `train` and `dev` carry gold heads and relations; their tags are the
  // ones the parser should learn from (the trainer tool replaces gold tags
  // with jackknifed predictions). Dev chooses the epoch.
  static Result<Parser> Train(const Document& train, const Document& dev,
                              const ParserTrainOptions& options, std::ostream& log);
  Status Save(const std::string& path) const;

  // Sets head and deprel of every token (needs upos/xpos).
  void Parse(Document& doc, const ParserOptions& options) const;
};

}  // namespace dyad

#endif  // DYAD_PARSER_PARSER_H_
