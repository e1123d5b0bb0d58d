// The parser flags `dyad parse` and `dyad code` share: whether the model
// folder's neural scorer joins the perceptron (docs/PARSER.md "Cascade"),
// and how much it decides alone.
#ifndef DYAD_TOOLS_PARSER_FLAGS_H_
#define DYAD_TOOLS_PARSER_FLAGS_H_

#include <CLI/CLI.hpp>

#include "dyad/options.h"

namespace dyad::tools {

struct ParserFlags {
  ParserOptions options;
  bool no_cascade = false;

  ParserOptions Resolve() const {
    ParserOptions resolved = options;
    resolved.cascade = options.cascade && !no_cascade;
    return resolved;
  }
};

inline void AddParserFlags(CLI::App* sub, ParserFlags* flags) {
  sub->add_flag("--no-cascade", flags->no_cascade,
                "Parse with parser.bin alone, even when parser-neural.bin is present");
  sub->add_option("--cascade-margin", flags->options.cascade_margin,
                  "Neural logit lead at which the neural scorer decides a move alone "
                  "(smaller: faster, less accurate; 0: the neural scorer alone)")
      ->capture_default_str();
  sub->add_option("--cascade-min-weight", flags->options.cascade_min_weight,
                  "In a cascade, leave the perceptron's weights up to this magnitude unloaded")
      ->capture_default_str();
  sub->add_option("--cascade-weight", flags->options.cascade_neural_weight,
                  "Weight of the neural logits against the perceptron's scores")
      ->capture_default_str();
}

}  // namespace dyad::tools

#endif  // DYAD_TOOLS_PARSER_FLAGS_H_
