// `dyad eval ...`: accuracy on public test suites.
#include <iomanip>
#include <iostream>
#include <memory>

#include "commands.h"
#include "corpus/conllu.h"
#include "plover_eval.h"
#include "text/split_eval.h"

namespace dyad::tools {
namespace {

// `dyad eval split GOLD.conllu`: sentence and token boundaries of the
// segmenter on the treebank's raw text.
int RunSplitEval(const std::string& path) {
  auto corpus = ReadConllu(path);
  if (!corpus.ok()) {
    std::cerr << "dyad: " << corpus.status().ToString() << "\n";
    return 1;
  }
  const TextSegmenter segmenter{TextOptions{}};
  auto scores = EvaluateSegmentation(segmenter, *corpus);
  if (!scores.ok()) {
    std::cerr << "dyad: " << scores.status().ToString() << "\n";
    return 1;
  }
  auto line = [](const char* name, const PrecisionRecall& pr) {
    std::cout << std::fixed << std::setprecision(2) << name << " P " << 100 * pr.precision() << " R "
              << 100 * pr.recall() << " F1 " << 100 * pr.f1() << " (gold " << pr.gold
              << ", predicted " << pr.predicted << ")\n";
  };
  line("sentences", scores->sentences);
  line("sentences_within_paragraphs", scores->sentences_in_paragraph);
  line("tokens", scores->tokens);
  return 0;
}

}  // namespace

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

  auto split = std::make_shared<std::string>();
  CLI::App* sp = eval->add_subcommand("split", "Sentence and token boundaries on a treebank's raw text");
  sp->add_option("file", *split, "CoNLL-U file with # text lines")->required();
  sp->callback([split, exit_code] { *exit_code = RunSplitEval(*split); });
}

}  // namespace dyad::tools
