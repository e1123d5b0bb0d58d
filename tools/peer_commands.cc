// Registers the peer-dictionary subcommands on "eval" and "dict".
#include "commands.h"
#include "peer_commands.h"

#include <memory>

namespace dyad::tools {

void AddPeerCommands(CLI::App& app, int* exit_code) {
  CLI::App* eval = app.get_subcommand("eval");
  auto petr = std::make_shared<PeerEvalArgs>();
  CLI::App* p = eval->add_subcommand("petrarch", "PETRARCH validation records (PETR.UnitTest.records.xml, GSR files)");
  p->add_option("file", petr->path, "Validation XML file")->required();
  p->add_option("--dict-dir", petr->dict_dirs, "Folder(s) holding the dictionaries its <Environment> names");
  p->add_option("--models", petr->models, "Model folder (raw-text mode)");
  p->add_flag("--given-parse", petr->given_parse, "Code the records' own <Parse> instead of dyad's analysis");
  p->add_flag("--failures", petr->failures, "List the records that were not exact, by category");
  p->add_option("--only", petr->only, "Only the records whose id contains this text");
  p->add_flag("--trees", petr->show_trees, "Print the tree each record is coded on");
  p->callback([petr, exit_code] { *exit_code = RunPetrarchEval(*petr); });

  auto tab = std::make_shared<PeerEvalArgs>();
  CLI::App* t = eval->add_subcommand("tabari", "TABARI validation project (Validate.project)");
  t->add_option("project", tab->path, "TABARI .project file")->required();
  t->add_option("--models", tab->models, "Model folder (dyad's tokenizer)");
  t->add_flag("--failures", tab->failures, "List the records that were not exact, by category");
  t->add_option("--only", tab->only, "Only the records whose id contains this text");
  t->callback([tab, exit_code] { *exit_code = RunTabariEval(*tab); });

  CLI::App* dict = app.get_subcommand("dict");
  auto conv = std::make_shared<PeerConvertArgs>();
  CLI::App* c = dict->add_subcommand("convert", "Rewrite TABARI / PETRARCH dictionaries in dyad's format");
  c->add_option("--from", conv->from, "petrarch or tabari")->required();
  c->add_option("--actors", conv->actors, "Actor file(s)");
  c->add_option("--agents", conv->agents, "Agent file(s)");
  c->add_option("--verbs", conv->verbs, "Verb file (PETRARCH-1, PETRARCH-2 or TABARI)");
  c->add_option("--discards", conv->discards, "Discard list (reported: dyad has none)");
  c->add_option("--issues", conv->issues, "Issue list (reported: dyad has none)");
  c->add_option("--project", conv->project, "TABARI .project naming the files");
  c->add_option("--out", conv->out, "Output folder (gets actors/ and events/)")->required();
  c->callback([conv, exit_code] { *exit_code = RunPeerConvert(*conv); });

  auto bench = std::make_shared<PeerBenchArgs>();
  CLI::App* b = dict->add_subcommand(
      "bench-peers", "Time the full Phoenix dictionaries against dyad's own (docs/PERFORMANCE.md)");
  b->add_option("dict_dir", bench->dict_dir, "Folder with the Phoenix files and CAMEO.2.0.txt")->required();
  b->add_option("corpus", bench->corpus, "JSON Lines articles (bench/make_corpus.py)")->required();
  b->add_option("--models", bench->models, "Model folder");
  b->add_option("--dict-dir", bench->own_dict_dir, "dyad's own dictionaries (default: the shipped data/)");
  b->add_option("--max-articles", bench->max_articles, "Articles to read from the corpus");
  b->callback([bench, exit_code] { *exit_code = RunPeerBench(*bench); });
}

}  // namespace dyad::tools
