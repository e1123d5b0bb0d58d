// Lemmatizer: sets the lemma of every token from its form and tags.
//
// Thread safety: const after Load/Build; share between threads.
#ifndef DYAD_LEMMA_LEMMATIZER_H_
#define DYAD_LEMMA_LEMMATIZER_H_

#include <iosfwd>
#include <string>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct LemmatizerBuildOptions {
  std::string wordnet_dir = "/usr/share/wordnet";  // WordNet's *.exc files (wordnet-base)
};

class Lemmatizer {
 public:
  static Result<Lemmatizer> Load(const std::string& path);
  // Learns from the lemma column of `train` (gold tags and lemmas) and
  // WordNet's exception lists.
  static Result<Lemmatizer> Build(const Document& train, const LemmatizerBuildOptions& options,
                                  std::ostream& log);
  Status Save(const std::string& path) const;

  // Sets Token::lemma for every token (needs upos/xpos).
  void Lemmatize(Document& doc) const;
};

}  // namespace dyad

#endif  // DYAD_LEMMA_LEMMATIZER_H_
