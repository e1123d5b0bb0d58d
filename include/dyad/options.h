// Options for each pipeline stage, gathered in PipelineOptions. Plain
// aggregates with in-class defaults; Pipeline::Open checks them once and they
// never change afterwards.
#ifndef DYAD_OPTIONS_H_
#define DYAD_OPTIONS_H_

#include <cstddef>
#include <string>

namespace dyad {

struct TextOptions {
  // A sentence longer than this many tokens is cut into pieces of at most
  // this size (a diagnostic says where). Keeps tagging and parsing linear in
  // the input however it is punctuated: a 10 MB line with no full stop
  // becomes many bounded sentences instead of one unbounded one.
  size_t max_sentence_tokens = 250;
  // A single token longer than this many bytes (a base64 blob, a run of
  // garbage) is cut into pieces of this size.
  size_t max_token_bytes = 256;
};

struct ParserOptions {
  // The parser sees at most this many tokens of a sentence; the remaining
  // tokens are attached to the last parsed root, flat, with relation "dep",
  // and the Sentence is marked parse_truncated. Sentences are normally cut by
  // TextOptions::max_sentence_tokens first, so this is a second fence.
  size_t max_tokens = 250;
  // Read when the parser is loaded (Parser::LoadFolder): when the model
  // folder holds parser-neural.bin beside parser.bin, the two parse as a
  // cascade (docs/PARSER.md "Cascade"): the neural scorer decides a move
  // alone when its best valid move leads the runner-up by at least
  // `cascade_margin` logits; other moves are decided by the sum of the
  // perceptron's scores and `cascade_neural_weight` times the neural logits.
  // Margin 0 loads the neural scorer alone: the fastest parse, 1.7 UAS less.
  // 2.5 (since session 8, with the neural scorer trained on EWT train + dev)
  // parses GUM news train + dev as accurately as 3 did with the one trained
  // on train alone, consulting the perceptron on 18% fewer states.
  bool cascade = true;
  float cascade_margin = 2.5f;
  // In a cascade, the perceptron's weights of magnitude <= this (in its
  // trained units) are not loaded: smaller tables, fewer cache misses.
  float cascade_min_weight = 1.25f;
  float cascade_neural_weight = 12.0f;
};

struct CoderOptions {
  // Folder holding actors/ and events/ (docs/DICTIONARIES.md). Empty means:
  // $DYAD_DATA, else the data/ folder next to the executable's project, else
  // the source tree's data/ folder recorded at build time.
  std::string dict_dir;
  // Emit events that have a source but no target actor (target null).
  // Off by default: most event-data consumers want dyadic events.
  bool allow_missing_target = false;
};

struct PipelineOptions {
  // Folder holding tagger.bin, lemmatizer.bin and parser.bin. Empty means:
  // $DYAD_MODELS, else the models/ folder next to the executable's project,
  // else the source tree's models/ folder recorded at build time.
  std::string model_dir;
  TextOptions text;
  ParserOptions parser;
  // Stop after tagging + lemmatizing (no dependency parse).
  bool parse = true;
  // Find actors and code CAMEO events (loads the dictionaries; needs parse).
  bool code_events = false;
  // With code_events, parse every sentence. By default only the sentences
  // that may give an event are parsed: those with a word that heads an
  // event pattern and an actor name or a "he"/"she" (and the sentence
  // before such a pronoun, whose people it may name). The events are the
  // same either way; skipping the rest is most of the coding speed.
  bool parse_all = false;
  CoderOptions coder;
};

}  // namespace dyad

#endif  // DYAD_OPTIONS_H_
