// `dyad eval plover FILE`: the PLOVER gold-standard records (the coded
// example sentences of the CAMEO manual) through the whole pipeline.
#ifndef DYAD_TOOLS_PLOVER_EVAL_H_
#define DYAD_TOOLS_PLOVER_EVAL_H_

#include <string>

namespace dyad::tools {

struct PloverEvalArgs {
  std::string path;
  std::string models;
  std::string dict_dir;
  bool failures = false;  // list every record that was not fully right
};

int RunPloverEval(const PloverEvalArgs& args);

}  // namespace dyad::tools

#endif  // DYAD_TOOLS_PLOVER_EVAL_H_
