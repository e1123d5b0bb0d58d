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
// The repair runs after the tagger in the pipeline, not inside it: the
// parsers were trained on the tagger's unrepaired tags, and the training
// commands still give the committed bytes. docs/TAGGER.md has the figures.
#ifndef DYAD_TAGGER_FINITE_VERB_H_
#define DYAD_TAGGER_FINITE_VERB_H_

#include "dyad/document.h"

namespace dyad {

// Applies the repair to every sentence of `doc` (needs upos and xpos).
void RepairFiniteVerbs(Document& doc);

}  // namespace dyad

#endif  // DYAD_TAGGER_FINITE_VERB_H_
