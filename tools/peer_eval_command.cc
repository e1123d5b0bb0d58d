// `dyad eval petrarch FILE.xml` and `dyad eval tabari PROJECT`: the peers'
// own validation suites coded with their own dictionaries.
#include <filesystem>
#include <map>
#include <iomanip>
#include <iostream>
#include <memory>

#include "dyad/pipeline.h"
#include "peer_commands.h"
#include "peers/dep_tree.h"
#include "peers/petr_suite.h"
#include "peers/tabari_suite.h"

namespace dyad::tools {
namespace {

namespace fs = std::filesystem;

std::string Triples(const std::vector<peers::ExpectedEvent>& v) {
  if (v.empty()) return "(none)";
  std::string s;
  for (const auto& e : v) {
    if (!s.empty()) s += ' ';
    s += e.source + "/" + e.target + "/" + e.code;
  }
  return s;
}

void PrintScore(const std::string& title, const peers::SuiteRun& run, bool failures) {
  const peers::SuiteScore& s = run.score;
  std::cout << std::fixed << std::setprecision(1);
  std::cout << title << "\n";
  std::cout << "records " << s.records << " exact " << s.exact << " (" << 100 * s.exact_rate()
            << "%)  triples P " << 100 * s.precision() << " R " << 100 * s.recall() << " (tp "
            << s.true_positives << ", fp " << s.false_positives << ", fn " << s.false_negatives
            << ")  skipped " << s.skipped << "\n";
  if (!s.failures.empty()) {
    std::cout << "failures by category:\n";
    for (const auto& [category, n] : s.failures) std::cout << "  " << n << "  " << category << "\n";
  }
  if (!s.skip_reasons.empty()) {
    std::cout << "skipped:\n";
    for (const auto& [reason, n] : s.skip_reasons) std::cout << "  " << n << "  " << reason << "\n";
  }
  if (!failures) return;
  std::map<std::string, std::vector<const peers::RecordOutcome*>> by_category;
  for (const auto& o : run.outcomes) {
    if (o.scored && !o.exact) by_category[o.failure].push_back(&o);
  }
  for (const auto& [category, list] : by_category) {
    std::cout << "\n[" << category << "]\n";
    for (const peers::RecordOutcome* o : list) {
      std::cout << "  " << o->id << " (line " << o->line << "): expected " << Triples(o->expected);
      if (o->expected_disposition != peers::PeerDisposition::kCoded) {
        std::cout << " [" << peers::DispositionName(o->expected_disposition) << "]";
      }
      std::cout << "; got " << Triples(o->got);
      if (o->got_disposition != peers::PeerDisposition::kCoded) {
        std::cout << " [" << peers::DispositionName(o->got_disposition) << "]";
      }
      if (!o->note.empty()) std::cout << " (" << o->note << ")";
      std::cout << "\n";
    }
  }
}

void PrintDictionaries(const peers::PeerDictionaries& d) {
  std::cout << "dictionaries: " << d.actors.actor_count() << " actors (" << d.actors.actor_phrase_count()
            << " phrases), " << d.actors.agent_count() << " agents, " << d.verbs.entry_count()
            << " verb forms, " << d.verbs.pattern_count() << " patterns, " << d.discards.size()
            << " discards; " << d.report.errors().size() << " malformed lines, "
            << d.report.unsupported_count() << " unsupported constructs\n";
}

// dyad's own front end on raw text: sentences, tags, lemmas, parse.
class RawTrees {
 public:
  static Result<std::unique_ptr<RawTrees>> Open(const std::string& models) {
    PipelineOptions options;
    options.model_dir = models;
    options.parse = true;
    auto pipeline = Pipeline::Open(options);
    if (!pipeline.ok()) return pipeline.status();
    return std::make_unique<RawTrees>(std::move(pipeline).value());
  }
  explicit RawTrees(Pipeline p) : pipeline_(std::move(p)) {}

  Result<std::vector<peers::PhraseTree>> Trees(const std::string& text) const {
    Document doc(peers::SplitUnderscoreJoins(text));
    pipeline_.Analyze(doc);
    return peers::DocumentTrees(doc);
  }

 private:
  Pipeline pipeline_;
};

}  // namespace

int RunPetrarchEval(const PeerEvalArgs& args) {
  auto file = peers::ReadPetrValidation(args.path);
  if (!file.ok()) {
    std::cerr << "dyad: " << file.status().ToString() << "\n";
    return 1;
  }
  auto files = peers::LocatePetrDictionaries(*file, args.path, args.dict_dirs);
  if (!files.ok()) {
    std::cerr << "dyad: " << files.status().ToString() << "; give --dict-dir\n";
    return 1;
  }
  auto dicts = peers::PeerDictionaries::Load(*files);
  if (!dicts.ok()) {
    std::cerr << "dyad: " << dicts.status().ToString() << "\n";
    return 1;
  }
  PrintDictionaries(*dicts);

  std::unique_ptr<RawTrees> raw;
  if (!args.given_parse) {
    auto opened = RawTrees::Open(args.models);
    if (!opened.ok()) {
      std::cerr << "dyad: " << opened.status().ToString()
                << " (raw-text mode needs dyad's models; --given-parse codes the records' own parses)\n";
      return 1;
    }
    raw = std::move(opened).value();
  }
  peers::PetrValidationFile selected = std::move(file).value();
  if (!args.only.empty()) {
    std::vector<peers::PetrRecord> keep;
    for (auto& r : selected.records) {
      if (r.id.find(args.only) != std::string::npos) keep.push_back(std::move(r));
    }
    selected.records = std::move(keep);
  }
  const peers::TreeSource trees = [&](const peers::PetrRecord& r) -> Result<std::vector<peers::PhraseTree>> {
    auto result = args.given_parse ? peers::GivenParseTrees(r.parse) : raw->Trees(r.text);
    if (args.show_trees && result.ok()) {
      for (const peers::PhraseTree& t : *result) std::cout << r.id << "  " << t.ToString() << "\n";
    }
    return result;
  };
  const peers::SuiteRun run = peers::RunPetrSuite(selected, *dicts, trees, !args.given_parse);
  PrintScore(std::string("dyad eval petrarch: ") + fs::path(args.path).filename().string() +
                 (args.given_parse ? " (the records' own parses)" : " (raw text through dyad)"),
             run, args.failures);
  return 0;
}

int RunTabariEval(const PeerEvalArgs& args) {
  peers::PeerReport report;
  auto project = peers::ReadTabariProject(args.path, &report);
  if (!project.ok()) {
    std::cerr << "dyad: " << project.status().ToString() << "\n";
    return 1;
  }
  auto dicts = peers::PeerDictionaries::Load(peers::TabariProjectFiles(*project));
  if (!dicts.ok()) {
    std::cerr << "dyad: " << dicts.status().ToString() << "\n";
    return 1;
  }
  PrintDictionaries(*dicts);
  peers::TabariOptions options;
  if (!project->options.empty()) {
    const Status s = peers::ReadTabariOptions(project->dir + "/" + project->options, &options, &report);
    if (!s.ok()) {
      std::cerr << "dyad: " << s.ToString() << "\n";
      return 1;
    }
  }
  if (project->text.empty()) {
    std::cerr << "dyad: " << args.path << ": the project names no <textfile>\n";
    return 1;
  }
  auto records = peers::ReadTabariValidation(project->dir + "/" + project->text);
  if (!records.ok()) {
    std::cerr << "dyad: " << records.status().ToString() << "\n";
    return 1;
  }
  if (!args.only.empty()) {
    // Keep OPTION records so the options stay as the suite sets them.
    std::vector<peers::TabariRecord> keep;
    for (auto& r : *records) {
      if (r.id.find(args.only) != std::string::npos || !r.options.empty()) keep.push_back(std::move(r));
    }
    *records = std::move(keep);
  }
  // dyad's segmenter and tokenizer give the words; TABARI needs no parse.
  PipelineOptions popts;
  popts.model_dir = args.models;
  popts.parse = false;
  auto pipeline = Pipeline::Open(popts);
  if (!pipeline.ok()) {
    std::cerr << "dyad: " << pipeline.status().ToString() << "\n";
    return 1;
  }
  const peers::LiteralSource literals = [&](const peers::TabariRecord& r) {
    Document doc(r.text);
    pipeline->Analyze(doc);
    return peers::TabariLiterals(doc);
  };
  const peers::TabariSuiteRun run = peers::RunTabariSuite(*records, *dicts, options, literals);
  PrintScore("dyad eval tabari: " + fs::path(args.path).filename().string(), peers::SuiteRun{run.outcomes, run.score}, args.failures);
  std::cout << "OPTION commands: " << run.options_applied << " carried out, "
            << run.option_report.unsupported_count() << " not carried out, "
            << run.option_report.errors().size() << " malformed\n";
  if (!run.option_report.clean()) std::cout << run.option_report.Summary(8);
  if (!report.clean()) std::cout << report.Summary(8);
  return 0;
}

}  // namespace dyad::tools
