// dyad: news text in, political event data out. A thin dispatcher: each
// subcommand lives in its own *_command.cc.
#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dyad: who did what to whom, when and where, from news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad 0.1.0");
  int exit_code = 0;
  dyad::tools::AddCodeCommand(app, &exit_code);
  dyad::tools::AddParseCommand(app, &exit_code);
  dyad::tools::AddTrainCommand(app, &exit_code);
  dyad::tools::AddEvalCommand(app, &exit_code);
  dyad::tools::AddDictCommand(app, &exit_code);
  dyad::tools::AddPeerCommands(app, &exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
