// Tagger: predicts UPOS and Penn XPOS for every token of a Document.
//
//   auto tagger = dyad::Tagger::Load("models/tagger.bin");
//   if (!tagger.ok()) { ... tagger.status() names the file ... }
//   tagger->Tag(doc);  // sets Token::upos and Token::xpos
//
// Model: a greedy left-to-right averaged perceptron over joint
// (UPOS, XPOS) classes (tag_set.h), with word, affix, shape and context
// features, WordNet word-class bits (word_class_lexicon.h) and the two
// previous predicted tags (tagger_features.h). Optionally a second pass
// re-tags the sentence left to right knowing the first pass's tags of the
// next two words (trained on jackknifed first-pass tags, so it learns how
// far to trust them). Frequent unambiguous words
// take their class from a tag dictionary without scoring (key_table.h);
// the weights are scored through TaggerWeights (tagger_weights.h).
// docs/TAGGER.md has the figures and the file format.
//
// Thread safety: const after Load/Train; share between threads. Tag and
// TagSentence allocate only per call (scratch buffers), never per token.
#ifndef DYAD_TAGGER_TAGGER_H_
#define DYAD_TAGGER_TAGGER_H_

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "learn/linear_model.h"
#include "tagger/key_table.h"
#include "tagger/tag_set.h"
#include "tagger/tagger_weights.h"
#include "tagger/word_features.h"

namespace dyad {

struct TaggerTrainOptions {
  int epochs = 15;    // at most this many passes; dev picks the best one
  uint64_t seed = 1;  // sentence shuffling; same seed + data = same model bytes
  // Jackknifing (to give the parser realistic predicted tags): when
  // num_folds > 1, train only on sentences whose index % num_folds !=
  // held_out_fold.
  int num_folds = 1;
  int held_out_fold = -1;
  // Stop when dev accuracy has not improved for this many epochs.
  int patience = 3;
  // Features seen fewer times than this in the first epoch are dropped from
  // the saved model (size vs. accuracy: 1 keeps all).
  uint32_t min_feature_count = 2;
  // Tag dictionary: a word seen at least dict_min_count times taking one
  // class in at least dict_min_share of them skips scoring.
  uint32_t dict_min_count = 10;
  double dict_min_share = 0.99;
  // Words seen at least this often tell their neighbours their usual class
  // (WordInfo::usual_class).
  uint32_t usual_min_count = 3;
  // WordNet database folder for the word-class lexicon (word_class_lexicon.h).
  // Empty: no lexicon (a weaker model on unseen words).
  std::string wordnet_dir = "/usr/share/wordnet";
  // (UPOS, XPOS) pairs seen fewer times than this are not predicted (EWT's
  // one-off pairs such as X/VBD are mostly annotation noise). Fewer classes
  // also make scoring cheaper.
  uint32_t min_class_count = 10;
  // Train a second pass over the first pass's right-context tags
  // (tagger_features.h), whose training tags come from first-pass models
  // trained without their fold (second_pass_folds of them).
  bool second_pass = true;
  int second_pass_folds = 4;
  // The second pass re-scores only words whose first-pass margin is below
  // this (in trained units; see Tagger::settled_margin_): most words are
  // settled by then, and re-scoring them costs time for little.
  float second_pass_margin = 10.0f;
};

class Tagger {
 public:
  // Reads a model written by Save. A missing, truncated or damaged file, or
  // one naming tags this build does not know, gives a Status naming `path`.
  static Result<Tagger> Load(const std::string& path);
  // `train` and `dev` carry gold tags (as read by ReadConllu); dev chooses
  // the epoch (when dev is empty the last epoch is kept). Progress goes to
  // `log`. Deterministic for a given seed.
  static Result<Tagger> Train(const Document& train, const Document& dev,
                              const TaggerTrainOptions& options, std::ostream& log);
  Status Save(const std::string& path) const;

  // Sets upos and xpos of every token (reads the tokens' norm forms).
  void Tag(Document& doc) const;
  void TagSentence(Document& doc, const Sentence& sentence) const;

  int num_classes() const { return tags_.size(); }
  size_t num_features() const {
    return first_.model.num_features() + (second_ ? second_->model.num_features() : 0);
  }
  size_t dictionary_size() const { return dictionary_.size(); }
  size_t lexicon_size() const { return lexicon_.size(); }
  // Whether WordNet knows `lower` (a lowercased word) as a verb's -ed form,
  // regular or irregular ("annexed", "shot", "froze"): the model's
  // word-class lexicon, so no WordNet at run time.
  bool IsVerbEdForm(std::string_view lower) const;

  // Buffers reused across sentences so tagging allocates nothing per token.
  struct Scratch {
    WordScratch word;
    std::vector<WordInfo> words;  // the sentence, padded by two on each side
    std::vector<int32_t> scores;  // TaggerWeights::Stride(classes) entries
    std::vector<int> classes;
    std::vector<int> first_pass;  // with two passes: the first pass's classes
    std::vector<uint8_t> settled;  // and whether the second pass keeps them
  };

  // Classes for `n` words described in padded[2 .. n+2) (padded[0..1] and
  // padded[n+2..n+3] hold boundary words). For training and evaluation.
  void Decode(const WordInfo* padded, size_t n, Scratch& scratch, int* classes) const;
  int num_passes() const { return second_.has_value() ? 2 : 1; }
  const TagSet& tag_set() const { return tags_; }

  // Describes the tokens of `sentence` into scratch.words (padded by two
  // boundary words on each side). Shared by tagging and training.
  void Describe(const Document& doc, const Sentence& sentence, Scratch& scratch) const;

 private:
  // One greedy left-to-right perceptron pass: its weights as saved and as
  // scored.
  struct Pass {
    LinearModel model;
    TaggerWeights weights;
  };

  Tagger() = default;
  void TagSentenceWith(Document& doc, const Sentence& sentence, Scratch& scratch) const;
  // Classes of one pass. `next` is null for the first pass; for the second it
  // holds the first pass's classes of the same n words, and words with
  // keep[i] != 0 (when keep is given) keep theirs unscored. A first pass
  // given `settled` clears settled[i] for each word it scored with a margin
  // below settled_margin_ (dictionary words are left as they are).
  void DecodePass(const Pass& pass, const WordInfo* padded, size_t n, const int* next,
                  const uint8_t* keep, uint8_t* settled, Scratch& scratch, int* classes) const;

  TagSet tags_;
  KeyTable dictionary_;  // form -> class, for frequent unambiguous words
  KeyTable lexicon_;     // lowercased form -> LexiconBit set
  KeyTable usual_;       // lowercased form -> its most frequent class
  Pass first_;
  std::optional<Pass> second_;
  // Words the first pass tags with a margin (best - runner-up score, in
  // trained units) of at least this keep their class in the second pass.
  float settled_margin_ = 0.0f;
};

}  // namespace dyad

#endif  // DYAD_TAGGER_TAGGER_H_
