// `dyad eval ...`: accuracy against public test suites.
#include <iomanip>
#include <iostream>
#include <memory>

#include "commands.h"

namespace dyad::tools {

void AddEvalCommand(CLI::App& app, int* exit_code) {
  CLI::App* eval = app.add_subcommand("eval", "Measure accuracy on a public test suite");
  eval->require_subcommand(1);
  (void)exit_code;
}

}  // namespace dyad::tools
