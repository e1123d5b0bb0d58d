// The dyad CLI's subcommands. Each Add*Command registers a subcommand with
// its options on the CLI11 app; when the user picks it, it runs and stores
// its exit status in *exit_code. dyad_main.cc only dispatches.
#ifndef DYAD_TOOLS_COMMANDS_H_
#define DYAD_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace dyad::tools {

void AddParseCommand(CLI::App& app, int* exit_code);
void AddTrainCommand(CLI::App& app, int* exit_code);
void AddEvalCommand(CLI::App& app, int* exit_code);
void AddCodeCommand(CLI::App& app, int* exit_code);
void AddDictCommand(CLI::App& app, int* exit_code);
void AddPeerCommands(CLI::App& app, int* exit_code);  // needs "eval" and "dict" first

}  // namespace dyad::tools

#endif  // DYAD_TOOLS_COMMANDS_H_
