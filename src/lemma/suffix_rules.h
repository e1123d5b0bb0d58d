// Suffix rules: the lemma of a regularly inflected word the tables do not
// know ("annexed" -> "annex", "stopped" -> "stop", "making" -> "make",
// "cities" -> "city").
//
// Each rule proposes candidates, best first; the first that WordNet lists in
// the right class wins (WordSet). When none does (a new word, a name), the
// first candidate of the rule that matched is used, so "zoomed" still gives
// "zoom". Ordering encodes English spelling:
//   - a doubled final consonant is undoubled first ("stopped" -> "stop",
//     but "added" -> "ad" fails the WordNet check and "add" wins);
//   - after a single vowel + consonant, "-e" is restored first: a verb like
//     "hop" would have doubled ("hopped"), so "hoped" is "hope";
//   - otherwise the bare stem comes first ("wanted" -> "want").
#ifndef DYAD_LEMMA_SUFFIX_RULES_H_
#define DYAD_LEMMA_SUFFIX_RULES_H_

#include <string>
#include <string_view>

#include "lemma/word_set.h"

namespace dyad {

// Which inflection a Penn tag marks.
enum class Inflection {
  kNone,        // the lemma is the form
  kPlural,      // NNS, NNPS
  kThirdPerson, // VBZ
  kPast,        // VBD, VBN
  kGerund,      // VBG
  kAdjDegree,   // JJR, JJS
  kAdvDegree,   // RBR, RBS
};

Inflection InflectionOfXpos(std::string_view xpos);

// The WordNet classes a lemma of `kind` must have.
uint8_t WordClassesOf(Inflection kind);

// Writes the lemma of `lower` (lowercased) read as `kind` into *out.
// `scratch` is a reusable buffer (no allocation once warm).
void Deinflect(std::string_view lower, Inflection kind, const WordSet& words,
               std::string* scratch, std::string* out);

}  // namespace dyad

#endif  // DYAD_LEMMA_SUFFIX_RULES_H_
