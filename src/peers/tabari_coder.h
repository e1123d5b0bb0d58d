// TabariCoder: a shallow, dictionary-driven coder in the manner of TABARI
// (no parse): it reads a sentence as TABARI "literals" (words, with "'s"
// and "n't" kept on their word) and codes it with a TABARI dictionary set.
//
//  1. Actors, agents, verbs, pronouns and conjunctions are found by longest
//     dictionary match, left to right (stems and "_" / "=" endings as in
//     peer_phrase.h). A verb after "the"/"a"/"an", capitalised inside the
//     sentence, or on the <NOUN> list is a noun.
//  2. Agents join an actor next to them ("Arnor security officials",
//     "the government of Gondor", "activists in Arnor"); "former" makes an
//     agent ELI. Actors joined by commas / "and" (articles and <ADJECTIVE>
//     words allowed) form a compound. He, she, it, they, his, her, its,
//     their stand for the sentence's first actor.
//  3. Comma-delimited clauses of the configured lengths are dropped.
//  4. The sentence is complex (not coded) when it holds too many verbs or
//     conjunctions, a "+++" actor or verb, or (NOACTPRIOR) no actor before
//     its first verb; a "###" actor, verb or pattern discards it.
//  5. Clauses split at conjunctions; in each, verbs are tried left to right
//     and the first that codes gives the clause's event (a code ending in
//     '?', like SAID [023?], only when nothing else in the sentence codes).
//     The source is the first actor before the verb in the clause (the
//     previous clause's source when there is none), the target the first
//     actor after it (else the last one before it that is not the source);
//     pattern markers override both; "was VERBed by X" swaps them.
//
// Thread safety: const; share between threads.
#ifndef DYAD_PEERS_TABARI_CODER_H_
#define DYAD_PEERS_TABARI_CODER_H_

#include <string>
#include <vector>

#include "dyad/document.h"
#include "peers/peer_coding.h"
#include "peers/peer_dictionaries.h"
#include "peers/tabari_options.h"

namespace dyad::peers {

class TabariCoder {
 public:
  // `dicts` must outlive the coder.
  explicit TabariCoder(const PeerDictionaries& dicts);

  // Codes one sentence given as TABARI literals (original case kept, so
  // capitalisation can be read); `date` is YYYYMMDD.
  PeerCoding Code(const std::vector<std::string>& literals, int32_t date,
                  const TabariOptions& options) const;

 private:
  const PeerDictionaries& dicts_;
};

// The TABARI literals of an analysed Document: its tokens, with those that
// touch (no space between) joined back when the join is inside a word
// ("Libya" "'s" -> "Libya's", "did" "n't" -> "didn't", "Barad" "-" "dur").
// Commas, periods and other separating punctuation stay literals of their own.
std::vector<std::string> TabariLiterals(const Document& doc);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_TABARI_CODER_H_
