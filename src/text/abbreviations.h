// Abbreviations: words whose final period belongs to the word ("Gen.",
// "Jan.", "Inc.", "Calif."), and what that period says about a sentence end.
//
// The tokenizer keeps such a period on the word, as UD English EWT does
// ("Mr." is one token), and the sentence splitter asks the kind to decide
// whether the word can still end a sentence:
//   kTitle   precedes a name: "Mr.", "Gen.", "Sen.", "St." - never ends one.
//   kNumber  precedes a number: "No. 10", "Art. 5" - an abbreviation only
//            when a number follows ("I said no." is a plain word).
//   kDate    month or weekday: "Jan. 22" - does not end a sentence before a
//            number, may otherwise.
//   kOther   "Inc.", "etc.", "Calif.", "a.m." - ends a sentence when the next
//            word is a typical sentence start ("... Inc. The company ...").
// Single capitals ("W.") and letter-period chains ("U.S.", "J.R.R.", "e.g.")
// are recognised by pattern, not listed (see IsInitialism).
#ifndef DYAD_TEXT_ABBREVIATIONS_H_
#define DYAD_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace dyad {

enum class AbbrevKind : unsigned char { kNone, kTitle, kNumber, kDate, kOther, kInitial };

// `word` ends with '.', in its original case (ASCII). Entries such as
// "Calif." or "Miss." match only when capitalised, so "miss." stays a verb.
AbbrevKind LookupAbbreviation(std::string_view word);

// "W.", "U.S.", "J.R.R.", "e.g.", "a.m.": one-letter segments each followed
// by a period; a lone lower-case letter ("a.") or "I." does not count.
bool IsInitialism(std::string_view word);

// Both of the above: kInitial for initialisms.
AbbrevKind ClassifyAbbreviation(std::string_view word);

}  // namespace dyad

#endif  // DYAD_TEXT_ABBREVIATIONS_H_
