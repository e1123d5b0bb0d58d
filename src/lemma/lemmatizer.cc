// PLACEHOLDER (replaced by the real lemmatizer).
#include "lemma/lemmatizer.h"

namespace dyad {

Result<Lemmatizer> Lemmatizer::Load(const std::string& path) { return Lemmatizer(); }
Result<Lemmatizer> Lemmatizer::Build(const Document&, const LemmatizerBuildOptions&,
                                     std::ostream&) {
  return Status::Unsupported("stub");
}
Status Lemmatizer::Save(const std::string& path) const { return Status::Unsupported("stub"); }
void Lemmatizer::Lemmatize(Document& doc) const {
  for (Token& t : doc.mutable_tokens()) t.lemma = t.norm;
}

}  // namespace dyad
