// Lemmatizer: sets the lemma of every token from its form and tags.
//
//   auto lemmatizer = dyad::Lemmatizer::Load("models/lemmatizer.bin");
//   lemmatizer->Lemmatize(doc);  // after the tagger: needs upos and xpos
//
// How a lemma is found, first hit wins (EWT conventions throughout):
//   1. the treebank table: (form, Penn tag) pairs whose EWT lemma the rules
//      below would get wrong ("said"/VBD -> "say", "'s"/VBZ -> "be",
//      "n't" -> "not", "wo"/MD -> "will", "me" -> "I"); also tried with
//      the form lowercased ("Said" at a sentence start);
//   2. proper nouns (UPOS PROPN) keep their form ("Russia", "Reuters"),
//      except that plural ones are made singular ("Americans"/NNPS ->
//      "American") and, as in EWT, a lowercase one that WordNet spells with
//      a capital gets it back ("mexico" -> "Mexico"; "ebay" stays);
//   3. WordNet's irregular forms for the tag's inflection ("fled" -> "flee",
//      "children" -> "child", "better"/JJR -> "good");
//   4. suffix rules checked against WordNet's word list (suffix_rules.h);
//   5. case: lemmas are lowercase except where EWT keeps capitals for that
//      tag and spelling (learned, word_case.h: "TV"/NN; "American"/JJ
//      mid-sentence, because WordNet capitalises it, unlike "Secure").
// One rule needs context: "'s"/VBZ before a past participle is "have"
// ("he's gone"), otherwise "be".
// Everything comes from the model file; nothing reads WordNet at run time.
//
// Thread safety: const after Load/Build; share between threads. Lemmatize
// allocates nothing per token except appending lemmas that differ from the
// form to the Document's arena.
#ifndef DYAD_LEMMA_LEMMATIZER_H_
#define DYAD_LEMMA_LEMMATIZER_H_

#include <array>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"
#include "lemma/string_table.h"
#include "lemma/suffix_rules.h"
#include "lemma/word_case.h"
#include "lemma/word_set.h"

namespace dyad {

struct LemmatizerBuildOptions {
  std::string wordnet_dir = "/usr/share/wordnet";  // WordNet's index and *.exc files (wordnet-base)
};

class Lemmatizer {
 public:
  // A missing or damaged file gives a Status naming `path`.
  static Result<Lemmatizer> Load(const std::string& path);
  // Learns from the lemma column of `train` (gold tags and lemmas) and
  // WordNet's index and exception lists. Deterministic.
  static Result<Lemmatizer> Build(const Document& train, const LemmatizerBuildOptions& options,
                                  std::ostream& log);
  Status Save(const std::string& path) const;

  // Sets Token::lemma for every token (needs upos/xpos).
  void Lemmatize(Document& doc) const;

  // Buffers reused across tokens.
  struct Scratch {
    std::string folded, lower, candidate, lemma;
  };
  // The lemma of one word: `form` as in Token::norm, its tags, and whether
  // it starts its sentence. The view points into `scratch` or the model and
  // is valid until the next call with the same scratch.
  // `next_xpos` is the tag of the following token (0 at the end).
  std::string_view LemmaOf(std::string_view form, Upos upos, Xpos xpos, bool sentence_start,
                           Xpos next_xpos, Scratch& scratch) const;

  size_t table_size() const { return table_.size(); }
  size_t irregular_size() const { return irregular_.size(); }
  size_t word_count() const { return words_.size(); }

 private:
  Lemmatizer();

  // Keys of the two string tables.
  uint64_t TableKey(std::string_view form, Xpos xpos) const;
  static uint64_t IrregularKey(std::string_view lower, Inflection kind);
  // Lemma from rules 2-5 (everything but the treebank table).
  std::string_view RuleLemma(std::string_view form, std::string_view lower, bool has_upper,
                             Upos upos, Xpos xpos, bool sentence_start, Scratch& scratch) const;

  StringTable table_;      // treebank exceptions: (form, xpos) -> lemma
  StringTable irregular_;  // WordNet *.exc: (lowercase form, inflection) -> base
  WordSet words_;          // WordNet lemmas and their classes
  // Per Penn tag id: the CasePolicy of spelling class c in bits 2c..2c+1
  // (word_case.h).
  std::array<uint16_t, 256> case_policy_{};
  // Lowercase proper nouns: CasePolicy for whether to capitalise
  // ("mexico"/PROPN -> "Mexico": kKeepIfCapitalized means "capitalise if").
  CasePolicy propn_policy_ = kLowercase;
  Xpos vbn_ = 0;                             // Penn VBN, for "'s" + VBN
  std::array<uint64_t, 256> xpos_hash_{};
  std::array<Inflection, 256> inflection_{};
};

}  // namespace dyad

#endif  // DYAD_LEMMA_LEMMATIZER_H_
