// A sentence-level repair of the tagger's output: a full sentence has a
// finite verb.
//
// Why: the tagger learnt from UD English EWT (web text), where a past form
// after a plural noun is as often a participle ("troops stationed in ...")
// as a past tense, and news sentences are mostly "Russian troops shelled
// Kharkiv." The tagger's left-to-right decision, which cannot see that no
// finite verb follows, tags "shelled" VBN; the parser then hangs it under
// "troops" and the sentence has no predicate, so no event. When a sentence
// that ends like a sentence (. ! ?) has no finite verb (VBD, VBZ, VBP, MD,
// or VB, for imperatives) at all, its first VBN that follows a noun or
// pronoun, with no form of be, have or get before it, and whose form can be
// a past tense (not "taken", "shown", "done"), is a VBD.
//
// A trailing attribution (", Ukrainian officials said.", ", said a
// spokesman.") does not count: its verb of saying is finite, the report
// before it may still have lost its verb ("Russian artillery shelled
// Kharkiv on Tuesday, Ukrainian officials said."), so both rules look at
// the words before its comma.
//
// Second rule, for the same sentences when no such VBN exists: the tagger
// sometimes reads an irregular past tense as a noun or an adjective
// ("Pakistan shot down two jets.", "Washington froze Iranian assets.":
// "shot" NN, "froze" JJ), and the sentence again has no predicate. A
// lowercase NN or JJ right after a noun, proper noun or pronoun and
// followed by a word (not punctuation), whose form the tagger's WordNet
// lexicon knows as a verb's -ed form and which can be a past tense, is a
// VBD. The lexicon comes in as a predicate so the rule can be tested on
// hand-tagged sentences; without one only the first rule runs.
//
// The repair runs after the tagger in the pipeline, not inside it: the
// parsers were trained on the tagger's unrepaired tags, and the training
// commands still give the committed bytes. docs/TAGGER.md has the figures.
#ifndef DYAD_TAGGER_FINITE_VERB_H_
#define DYAD_TAGGER_FINITE_VERB_H_

#include <functional>
#include <string_view>

#include "dyad/document.h"
#include "tagger/tagger.h"

namespace dyad {

// Whether a lowercased word form can be a verb's -ed form
// (Tagger::IsVerbEdForm).
using VerbEdFormTest = std::function<bool(std::string_view lower)>;

// Applies the repair to every sentence of `doc` (needs upos and xpos).
// `is_verb_ed_form` empty: the first rule only.
void RepairFiniteVerbs(Document& doc, const VerbEdFormTest& is_verb_ed_form = {});
// Both rules, with the lexicon of the tagger that tagged `doc`.
void RepairFiniteVerbs(Document& doc, const Tagger& tagger);

}  // namespace dyad

#endif  // DYAD_TAGGER_FINITE_VERB_H_
