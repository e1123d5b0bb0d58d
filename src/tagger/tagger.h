// Tagger: predicts UPOS and Penn XPOS for every token of a Document.
//
// Thread safety: const after Load/Train; share between threads.
#ifndef DYAD_TAGGER_TAGGER_H_
#define DYAD_TAGGER_TAGGER_H_

#include <iosfwd>
#include <string>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct TaggerTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;  // shuffling
  // Jackknifing (to give the parser realistic predicted tags): when
  // num_folds > 1, train only on sentences whose index % num_folds !=
  // held_out_fold.
  int num_folds = 1;
  int held_out_fold = -1;
};

class Tagger {
 public:
  static Result<Tagger> Load(const std::string& path);
  // `train` and `dev` carry gold tags (as read by ReadConllu); dev chooses
  // the epoch. Progress goes to `log`.
  static Result<Tagger> Train(const Document& train, const Document& dev,
                              const TaggerTrainOptions& options, std::ostream& log);
  Status Save(const std::string& path) const;

  // Sets upos and xpos of every token (reads the tokens' norm forms).
  void Tag(Document& doc) const;
  void TagSentence(Document& doc, const Sentence& sentence) const;
};

}  // namespace dyad

#endif  // DYAD_TAGGER_TAGGER_H_
