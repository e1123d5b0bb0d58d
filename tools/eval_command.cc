// `dyad eval ...`: accuracy on public test suites.
#include <memory>

#include "commands.h"
#include "plover_eval.h"

namespace dyad::tools {

void AddEvalCommand(CLI::App& app, int* exit_code) {
  CLI::App* eval = app.add_subcommand("eval", "Measure accuracy on a public test suite");
  eval->require_subcommand(1);

  auto plover = std::make_shared<PloverEvalArgs>();
  CLI::App* p = eval->add_subcommand("plover", "PLOVER gold-standard records (CAMEO manual examples)");
  p->add_option("file", plover->path, "PLOVER_GSR_CAMEO.txt")->required();
  p->add_option("--models", plover->models, "Model folder");
  p->add_option("--dict-dir", plover->dict_dir, "Dictionary folder");
  p->add_flag("--failures", plover->failures, "List the records not fully right");
  p->callback([plover, exit_code] { *exit_code = RunPloverEval(*plover); });
}

}  // namespace dyad::tools
