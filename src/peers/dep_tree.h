// Dependency parse -> Penn-style constituency tree (phrase_tree.h), so the
// PETRARCH-style coder can run on dyad's own analysis of raw text (and on
// the CoNLL-U parses some peer validation files carry).
//
// The shapes are the ones the coder's rules read, modelled on Penn Treebank
// conventions rather than a full conversion:
//  - a verb projects VP; each auxiliary or copula opens an outer VP
//    ("(VP (MD will) (VP (VB restore) ...))"), infinitival "to" too; a
//    clause with a subject (and the root) is an S holding its subject NP and
//    the VP; a marked clause is SBAR; a participle modifying a noun stays a
//    bare VP ("the roads leading into Mordor");
//  - a noun projects NP; its determiners, adjectives, compounds and numbers
//    are flat words inside it ("(NP (NNP Osgiliath) (NNS soldiers))"); a
//    possessor is an inner NP ending in POS; with post-modifiers (a
//    prepositional phrase, relative clause, apposition) the NP nests its base
//    NP first: "(NP (NP the government) (PP (IN of) (NP Gondor)))";
//  - a nominal with a case marker is a PP; coordination of bare nouns is one
//    flat NP ("(NP (NNP Gondor) (CC and) (NNP Osgiliath))"), of larger
//    phrases an NP of NPs; conjoined verbs share a VP of VPs unless the
//    second has its own subject.
// Both UD v2 and v1 relation names are accepted (dobj, nsubjpass, neg, ...).
#ifndef DYAD_PEERS_DEP_TREE_H_
#define DYAD_PEERS_DEP_TREE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "peers/phrase_tree.h"

namespace dyad::peers {

struct DepWord {
  std::string form;
  std::string xpos;    // Penn tag; "_" or "" falls back on upos
  std::string upos;
  std::string deprel;  // "nsubj", "obl:tmod", "dobj" ...
  int head = -1;       // index within the sentence, -1 for the root
};

// Fails (Corrupt) for heads out of range or a cycle.
Result<PhraseTree> TreeFromDependencies(const std::vector<DepWord>& words);

// The words of sentence `s` of an analysed Document.
std::vector<DepWord> DependencyWords(const Document& doc, const Sentence& s);

// One tree per sentence of an analysed (parsed) Document.
Result<std::vector<PhraseTree>> DocumentTrees(const Document& doc);

// The peers' texts join multi-word names TABARI-style ("Dol_Amroth"); their
// own parses split them again, and so does this (an underscore between two
// letters or digits becomes a blank; the length is unchanged).
std::string SplitUnderscoreJoins(std::string_view text);

// The 10-column CoNLL-U rows of one sentence (multi-word token lines and
// empty nodes skipped, comments ignored).
Result<std::vector<DepWord>> ParseConlluSentence(std::string_view rows);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_DEP_TREE_H_
