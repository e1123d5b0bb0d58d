// ActorMatcher: finds the political actors of each sentence.
//
// 1. Longest dictionary match over the tokens, left to right (names compared
//    by phrase key; the last word may also match by lemma, so "troops" finds
//    the agent noun "troop"). Proper names must start with a capital letter
//    in the text; names written in capitals in the dictionary ("US", "WHO")
//    never match lowercase words.
// 2. Each match becomes an ActorMention coded for the article date (people
//    by the role they held that day); a gazetteer name (a city, a region)
//    becomes a PlaceMention in Document::places() instead, never an actor.
//    At equal length an actor's name wins over a place's.
// 3. A bare agent ("troops", "the embassy", "foreign minister") takes the
//    country of a modifier in its noun phrase: an adjective ("Israeli
//    troops"), a compound ("US President"), a possessor ("Russia's foreign
//    minister") or an "of" phrase ("the army of Sudan").
//
// Needs tokens, tags, lemmas and (for step 3 and mention heads) the parse.
// Thread safety: const; share between threads.
#ifndef DYAD_ACTORS_ACTOR_MATCHER_H_
#define DYAD_ACTORS_ACTOR_MATCHER_H_

#include <span>
#include <string>
#include <unordered_set>

#include "actors/actor_dictionary.h"
#include "dyad/document.h"

namespace dyad {

class ActorMatcher {
 public:
  // `dict` must outlive the matcher.
  explicit ActorMatcher(const ActorDictionary& dict);

  // Replaces doc.actors() with the mentions of every sentence.
  void Match(Document& doc) const;

  // What step 1 finds in `sentence`, which needs no parse. `names`: how
  // many names, places included, counted up to `limit`; Match gives a
  // sentence at most this many mentions and places together (never more:
  // composing agents with their countries keeps the count), and a place
  // counts because it can name an event's target ("imposed a curfew in
  // Cizre"). `coded`: whether any is more than a bare agent ("police",
  // "officials"): a country, person, organisation, seat of government or
  // place; without one, no mention of the sentence can have a country or
  // be an organisation. So the pipeline can ask before parsing.
  struct NameCount {
    int names = 0;
    bool coded = false;
  };
  NameCount CountNames(const Document& doc, const Sentence& sentence, int limit) const;

  // Splits a full code into country and agent ("RUSGOV" -> RUS, GOV;
  // "IGOUNO" -> "", ""; "GOV" -> "", GOV).
  void SplitCode(const std::string& code, std::string* country, std::string* agent) const;

 private:
  void MatchSentence(Document& doc, uint32_t sentence_index) const;
  // The longest dictionary name starting at tokens[i] (nullptr: none); its
  // end (exclusive, an index into tokens) in *end.
  const ActorName* LongestNameAt(const Document& doc, std::span<const Token> tokens, uint32_t i,
                                 uint32_t* end) const;
  // The first name starting at or after *i (nullptr: none left); *i is
  // where it starts, *end where it ends.
  const ActorName* NextName(const Document& doc, std::span<const Token> tokens, uint32_t* i,
                            uint32_t* end) const;
  // `demonym[k]`: whether mention first_mention + k matched a country's
  // adjective or demonym ("Indian", "Kenyans") rather than its name.
  void Compose(Document& doc, size_t first_mention, size_t first_place,
               std::span<const uint8_t> demonym) const;
  // Lower wins among names of equal length: people, organisations, seats,
  // countries, agents, then places.
  int RankOf(const ActorName& name) const;
  // A `[waters]` name: a place of no country (a sea, gulf or strait).
  bool IsWaters(const ActorName& name) const;

  const ActorDictionary& dict_;
  std::unordered_set<std::string> countries_;  // every country code in the dictionary
};

}  // namespace dyad

#endif  // DYAD_ACTORS_ACTOR_MATCHER_H_
