// PLACEHOLDER (replaced by the real parser).
#include "parser/parser.h"

namespace dyad {

Result<Parser> Parser::Load(const std::string& path) { return Parser(); }
Result<Parser> Parser::Train(const Document&, const Document&, const ParserTrainOptions&,
                             std::ostream&) {
  return Status::Unsupported("stub");
}
Status Parser::Save(const std::string& path) const { return Status::Unsupported("stub"); }
void Parser::Parse(Document& doc, const ParserOptions&) const {
  for (const Sentence& s : doc.sentences()) {
    int i = 0;
    for (Token& t : doc.mutable_tokens(s)) { t.head = i - 1; ++i; }
  }
}

}  // namespace dyad
