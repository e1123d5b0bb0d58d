// PETRARCH-style actor phrases ("NE") of a parsed sentence, their codes,
// comma-clause deletion, and the sentence laid out as pattern-matching items.
//
// On the constituency tree (phrase_tree.h), following PETRARCH-1:
//  - an NP holding exactly one coordinating conjunction and at least two
//    nominals, and no clause, is a compound: each NP or noun under it is a
//    member phrase (a bare noun member also takes the adjectives that open
//    the compound: "Danish media and government");
//  - an NP with a possessive is one phrase without the "'s" ("Gondor's
//    government" -> GONDOR GOVERNMENT); an NP of the form NP + PP(prep NP)
//    is one phrase keeping the preposition ("the government of Gondor");
//    an NP with no NP inside is one phrase; otherwise its parts are looked
//    at; a relative clause inside an NP is plain words (its verbs are not
//    coded);
//  - a phrase holding a compound becomes one phrase per member, sharing the
//    other words ("lawmakers in Fornost and Gondor" -> two phrases).
// A phrase's code is its first actor (date-resolved) plus the codes of the
// agents elsewhere in it ("Calenardhon government" -> CAL + GOV), "---"
// when it holds neither.
//
// Comma clauses of a configured length (in words) are deleted first, as
// PETRARCH does: the one before the first comma, the one after the last, and
// those between two commas.
#ifndef DYAD_PEERS_PETR_CHUNKER_H_
#define DYAD_PEERS_PETR_CHUNKER_H_

#include <string>
#include <vector>

#include "peers/pattern_match.h"
#include "peers/peer_dictionaries.h"
#include "peers/phrase_tree.h"

namespace dyad::peers {

struct CommaOptions {
  // Word counts of the comma clauses removed; a max of 0 turns that kind off.
  int min = 2, max = 8;    // between two commas
  int emin = 2, emax = 8;  // after the last comma
  int bmin = 0, bmax = 0;  // before the first comma
};

struct Mention {
  std::vector<int> words;  // leaves forming the phrase (compound members share some)
  int first = 0;           // leaf span in the sentence
  int last = -1;
  int group = -1;          // compound it belongs to
  std::string code = "---";
};

struct MentionGroup {
  int first = 0;
  int last = -1;
  std::vector<int> members;  // mention ids
};

struct ChunkedSentence {
  std::vector<Mention> mentions;
  std::vector<MentionGroup> groups;
  std::vector<uint8_t> deleted;    // per leaf: removed with a comma clause
  std::vector<uint8_t> covered;    // per leaf: inside an actor phrase
  std::vector<uint8_t> plain;      // per node: inside a phrase or reduced clause
  std::vector<SeqItem> layout;     // the sentence as items, in order
  std::vector<int> item_first;     // per item: first leaf of its chunk
  std::vector<int> item_last;      // per item: last leaf of its chunk
  std::vector<int> commas;         // leaves of the remaining comma delimiters
};

// Builds phrases, deletes comma clauses and lays out the items.
ChunkedSentence ChunkSentence(const PhraseTree& tree, const CommaOptions& commas);

// Fills every mention's code from the dictionaries for `date` (YYYYMMDD).
// `words` are the tree's words in upper case.
void CodeMentions(const PeerDictionaries& dicts, const std::vector<std::string>& words,
                  int32_t date, ChunkedSentence* chunks);

// A mention's words joined by blanks (upper case), for new-actor codes.
std::string MentionText(const Mention& m, const std::vector<std::string>& words);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PETR_CHUNKER_H_
