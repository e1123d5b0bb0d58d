// `dyad dict convert --from petrarch|tabari ... --out DIR`: peer
// dictionaries rewritten in dyad's format (src/peers/dict_convert.h), with
// what the format cannot say reported by peer file:line.
#include <filesystem>
#include <iostream>

#include "dyad/pipeline.h"
#include "peer_commands.h"
#include "peers/dict_convert.h"
#include "peers/tabari_options.h"
#include "peers/tabari_suite.h"

namespace dyad::tools {

namespace fs = std::filesystem;

int RunPeerConvert(const PeerConvertArgs& args) {
  peers::PeerDictionaryFiles files;
  if (args.from == "tabari") {
    files.dialect = peers::Dialect::kTabari;
    if (!args.project.empty()) {
      peers::PeerReport report;
      auto project = peers::ReadTabariProject(args.project, &report);
      if (!project.ok()) {
        std::cerr << "dyad: " << project.status().ToString() << "\n";
        return 1;
      }
      files = peers::TabariProjectFiles(*project);
    }
  } else if (args.from == "petrarch") {
    files.dialect = peers::Dialect::kPetrarch;
  } else {
    std::cerr << "dyad: --from must be petrarch or tabari\n";
    return 1;
  }
  files.actors.insert(files.actors.end(), args.actors.begin(), args.actors.end());
  files.agents.insert(files.agents.end(), args.agents.begin(), args.agents.end());
  if (!args.verbs.empty()) files.verbs = args.verbs;
  if (!args.discards.empty()) files.discards = args.discards;
  if (!args.issues.empty()) files.issues = args.issues;
  if (files.actors.empty() && files.agents.empty() && files.verbs.empty()) {
    std::cerr << "dyad: nothing to convert: give --actors, --agents, --verbs or --project\n";
    return 1;
  }
  auto dicts = peers::PeerDictionaries::Load(files);
  if (!dicts.ok()) {
    std::cerr << "dyad: " << dicts.status().ToString() << "\n";
    return 1;
  }
  peers::ConvertOptions options;
  options.source_name = args.from;
  peers::ConvertedDictionaries converted = peers::ConvertToDyad(*dicts, files, options);
  Status s = peers::WriteConverted(converted, args.out);
  if (!s.ok()) {
    std::cerr << "dyad: " << s.ToString() << "\n";
    return 1;
  }
  // The CAMEO code list and PLOVER map are dyad's own: copied so that DIR is
  // a complete dictionary folder (`dyad code --dict-dir DIR`).
  const fs::path data = ResolveDataDir("");
  for (const char* name : {"events/cameo_codes.txt", "events/plover.txt"}) {
    std::error_code ec;
    fs::copy_file(data / name, fs::path(args.out) / name, fs::copy_options::overwrite_existing, ec);
    if (ec) std::cerr << "dyad: could not copy " << (data / name).string() << ": " << ec.message() << "\n";
  }

  std::cout << "loading: " << dicts->report.errors().size() << " malformed lines, "
            << dicts->report.unsupported_count() << " constructs dyad's peer coder does not carry out\n";
  if (!dicts->report.clean()) std::cout << dicts->report.Summary(3);
  std::cout << "converting: " << converted.report.unsupported_count()
            << " places the dyad format cannot express\n"
            << converted.report.Summary(3);
  std::cout << "wrote " << args.out << ": " << converted.countries << " countries, "
            << converted.organizations << " organisations, " << converted.people << " people, "
            << converted.agents << " agents, " << converted.patterns << " patterns ("
            << converted.patterns_dropped << " left out)\n";
  std::vector<std::string> problems;
  s = CheckDictionaries(args.out, &problems);
  if (!s.ok()) {
    std::cerr << "dyad: the converted dictionaries do not load: " << s.ToString() << "\n";
    return 1;
  }
  std::cout << "dyad dict check --dict-dir " << args.out << ": " << problems.size() << " problems";
  for (size_t i = 0; i < problems.size() && i < 5; ++i) std::cout << "\n  " << problems[i];
  std::cout << "\n";
  return 0;
}

}  // namespace dyad::tools
