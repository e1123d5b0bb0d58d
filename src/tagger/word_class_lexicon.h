// The word-class lexicon: which classes WordNet says a word form can have.
//
// The treebank teaches the tagger about 20,000 word forms; news brings many
// more ("sanctions", "annexed", "ceasefire"). For a word the tagger has never
// seen, knowing that WordNet lists it as a verb, or that it is the -ed form
// of a verb WordNet lists, is the strongest hint there is. The lexicon maps
// each lowercased form to bits saying so. Forms are generated from WordNet's
// lemmas with the regular English inflection rules (over-generating a few
// non-words such as "visitted" is harmless: no text contains them) plus the
// irregular forms of WordNet's exception lists.
//
// Built at training time from /usr/share/wordnet and stored in the tagger
// model (keyed by WordInfo::lower), so the runtime needs no WordNet.
#ifndef DYAD_TAGGER_WORD_CLASS_LEXICON_H_
#define DYAD_TAGGER_WORD_CLASS_LEXICON_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "corpus/wordnet.h"

namespace dyad {

enum LexiconBit : uint16_t {
  kLexNoun = 1u << 0,        // a noun lemma ("sanction")
  kLexNounPlural = 1u << 1,  // a plural of one ("sanctions", "children")
  kLexVerb = 1u << 2,        // a verb lemma ("annex")
  kLexVerbS = 1u << 3,       // 3rd person singular ("annexes")
  kLexVerbEd = 1u << 4,      // past tense / participle ("annexed", "fled")
  kLexVerbIng = 1u << 5,     // gerund / present participle ("annexing")
  kLexAdj = 1u << 6,         // an adjective lemma
  kLexAdjDegree = 1u << 7,   // comparative or superlative ("harsher")
  kLexAdv = 1u << 8,         // an adverb lemma
  kLexProper = 1u << 9,      // a noun WordNet capitalises ("Russia")
  kLexProperOnly = 1u << 10, // ... and never as a common noun
};
inline constexpr uint32_t kLexiconBitLimit = 1u << 11;

// (WordInfo::lower hash, bits) for every form, sorted by key.
std::vector<std::pair<uint64_t, uint16_t>> BuildWordClassLexicon(const WordNet& wordnet);

}  // namespace dyad

#endif  // DYAD_TAGGER_WORD_CLASS_LEXICON_H_
