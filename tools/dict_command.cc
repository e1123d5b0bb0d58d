// `dyad dict check [--dict-dir DIR]`: lint the dictionaries; every problem
// as "path:line: message". Exit 1 when there is any.
#include <iostream>
#include <memory>

#include "commands.h"
#include "dyad/pipeline.h"

namespace dyad::tools {

void AddDictCommand(CLI::App& app, int* exit_code) {
  auto dir = std::make_shared<std::string>();
  CLI::App* dict = app.add_subcommand("dict", "Work with dictionaries");
  dict->require_subcommand(1);
  CLI::App* check = dict->add_subcommand("check", "Lint actor and event dictionaries");
  check->add_option("--dict-dir", *dir, "Dictionary folder (default: the shipped data/)");
  check->callback([dir, exit_code] {
    const std::string resolved = ResolveDataDir(*dir);
    std::vector<std::string> problems;
    const Status status = CheckDictionaries(resolved, &problems);
    for (const std::string& p : problems) std::cout << p << "\n";
    if (!status.ok()) {
      std::cerr << "dyad: " << status.ToString() << "\n";
      *exit_code = 1;
      return;
    }
    std::cerr << "dyad dict check: " << resolved << ": " << problems.size() << " problems\n";
    *exit_code = problems.empty() ? 0 : 1;
  });
}

}  // namespace dyad::tools
