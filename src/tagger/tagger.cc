// PLACEHOLDER (replaced by the real tagger).
#include "tagger/tagger.h"

#include <ostream>

namespace dyad {

Result<Tagger> Tagger::Load(const std::string& path) { return Tagger(); }
Result<Tagger> Tagger::Train(const Document&, const Document&, const TaggerTrainOptions&,
                             std::ostream& log) {
  return Status::Unsupported("tagger training not implemented");
}
Status Tagger::Save(const std::string& path) const { return Status::Unsupported("stub"); }
void Tagger::Tag(Document& doc) const {
  for (const Sentence& s : doc.sentences()) TagSentence(doc, s);
}
void Tagger::TagSentence(Document& doc, const Sentence& s) const {
  for (Token& t : doc.mutable_tokens(s)) t.upos = Upos::X;
}

}  // namespace dyad
