// PeerPhrase: a dictionary phrase of TABARI / PETRARCH, as words with how
// each word matches a text word and whether it must follow the previous one.
//
// Dictionaries write words in capitals, joined by "_" (the next word must be
// adjacent) or by a blank (other words may come between):
//
//   TABARI    ARGENTIN      a stem: any word starting with ARGENTIN
//             LIBYA_        the word, or it with a regular ending
//                           (nouns: S ES 'S S'; verbs: S ES ED D EN ING)
//             MOUSE=        exactly this word
//             AL_GORE       AL then GORE, adjacent
//             DURTHANG ORC  DURTHANG, later ORC
//   PETRARCH  every word is matched exactly (PETRARCH does not stem: it
//             generates plurals and verb forms instead); "_" and blanks
//             connect as above.
//
// Text words are compared in capitals (ASCII upper-casing).
#ifndef DYAD_PEERS_PEER_PHRASE_H_
#define DYAD_PEERS_PEER_PHRASE_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad::peers {

enum class Dialect : uint8_t { kTabari, kPetrarch };

enum class WordMatch : uint8_t {
  kExact,        // the text word equals the dictionary word
  kStem,         // the text word starts with it
  kNounEndings,  // equal, or plus S / ES / 'S / S' / '
  kVerbEndings,  // equal, or plus S / ES / ED / D / EN / ING (a final E may drop)
};

struct PhraseWord {
  std::string text;  // upper case, no connector characters
  WordMatch match = WordMatch::kExact;
  bool glued = false;  // must immediately follow the previous word
};

using PeerPhrase = std::vector<PhraseWord>;

// True when `word` (upper case) matches `pw` alone.
bool WordMatches(const PhraseWord& pw, std::string_view word);

// Splits dictionary text ("AL_GORE", "DURTHANG ORC", "KRONER_") into words.
// In the TABARI dialect the marker after a word sets its match kind
// (`verb_root` picks verb endings for "_"); in the PETRARCH dialect every
// word is exact. False with a message for empty text or stray characters.
bool ParsePhrase(std::string_view text, Dialect dialect, bool verb_root, PeerPhrase* out,
                 std::string* error);

// The phrase as a dictionary would write it ("AL_GORE", "LIBYA_").
std::string PhraseText(const PeerPhrase& phrase);

// PETRARCH's automatic forms. Plural of a noun: +S, Y -> IES, SS -> SSES
// (and CH/SH/X -> +ES). Verb forms: 3rd person, past and -ing forms.
std::string RegularPlural(std::string_view noun);
std::vector<std::string> RegularVerbForms(std::string_view verb);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PEER_PHRASE_H_
