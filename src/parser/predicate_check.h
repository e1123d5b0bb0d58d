// A sanity check of a fast parse: does a full sentence still have its
// predicate?
//
// Why: the cascade's neural scorer decides most moves alone, and on a rare
// sentence it is confidently wrong early and buries the main verb under a
// noun: "Bahrain, Egypt and the United Arab Emirates cut diplomatic ties
// with Qatar." came out rooted in "Bahrain" with "cut" a compound of
// "ties". Nothing downstream can read an event from such a tree, while the
// perceptron alone parses the sentence right. A sentence that ends like a
// sentence, has a verb in a verb's form, and yet no verb heading a clause
// (and no nominal predicate with a copula or auxiliary) is such a parse;
// the parser then parses it again with the perceptron (parser.cc).
#ifndef DYAD_PARSER_PREDICATE_CHECK_H_
#define DYAD_PARSER_PREDICATE_CHECK_H_

#include <span>

#include "dyad/document.h"

namespace dyad::parser {

// True when `tokens` (one parsed sentence of `doc`: heads relative to the
// sentence, -1 for the root) end with . ! or ?, contain a VERB tagged VB,
// VBD, VBP or VBZ, and no VERB or AUX is the root or heads a clause (conj,
// ccomp, xcomp, advcl, acl, parataxis, csubj), and the root has no copula
// or auxiliary.
bool MissesItsPredicate(const Document& doc, std::span<const Token> tokens);

}  // namespace dyad::parser

#endif  // DYAD_PARSER_PREDICATE_CHECK_H_
