// `dyad parse [FILE|-]`: raw text to CoNLL-U.
// `dyad parse --eval GOLD.conllu`: parse the gold tokenization and print
// "UPOS <pct> UAS <pct> LAS <pct>" (every word counts, punctuation too).
#include <iomanip>
#include <iostream>
#include <memory>

#include "commands.h"
#include "corpus/conllu.h"
#include "dyad/pipeline.h"
#include "io/line_source.h"
#include "parser_flags.h"

namespace dyad::tools {
namespace {

struct ParseArgs {
  std::string input = "-";
  std::string eval;
  std::string models;
  bool no_parse = false;
  bool details = false;
  ParserFlags parser;
};

int Fail(const Status& status) {
  std::cerr << "dyad: " << status.ToString() << "\n";
  return 1;
}

void PrintDiagnostics(const Document& doc, const std::string& name) {
  for (const Diagnostic& d : doc.diagnostics()) {
    std::cerr << name << ": bytes " << d.begin << "-" << d.end << ": " << d.message << "\n";
  }
}

int RunEval(const Pipeline& pipeline, const ParseArgs& args) {
  auto gold = ReadConllu(args.eval);
  if (!gold.ok()) return Fail(gold.status());
  auto predicted = ReadConllu(args.eval);
  if (!predicted.ok()) return Fail(predicted.status());
  Document& doc = predicted->doc;
  for (Token& t : doc.mutable_tokens()) {
    t.upos = Upos::kNone;
    t.xpos = 0;
    t.lemma = {};
    t.head = -1;
    t.deprel = 0;
  }
  pipeline.AnalyzeTokenized(doc);
  const auto gold_tokens = gold->doc.tokens();
  const auto tokens = doc.tokens();
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& g = gold_tokens[i];
    const Token& p = tokens[i];
    upos += g.upos == p.upos;
    xpos += g.xpos == p.xpos;
    lemma += gold->doc.Lemma(g) == doc.Lemma(p);
    if (g.head == p.head) {
      ++uas;
      // Full labels, subtypes included (stricter than CoNLL 2018's LAS,
      // which compares only the universal part).
      las += g.deprel == p.deprel;
    }
  }
  const double n = tokens.empty() ? 1.0 : static_cast<double>(tokens.size());
  std::cout << std::fixed << std::setprecision(2) << "UPOS " << 100.0 * upos / n << " UAS "
            << 100.0 * uas / n << " LAS " << 100.0 * las / n << "\n";
  if (args.details) {
    std::cout << "XPOS " << 100.0 * xpos / n << " LEMMA " << 100.0 * lemma / n << " words "
              << tokens.size() << " sentences " << doc.sentences().size() << "\n";
  }
  return 0;
}

int RunParse(const ParseArgs& args) {
  PipelineOptions options;
  options.model_dir = args.models;
  options.parse = !args.no_parse;
  options.parser = args.parser.Resolve();
  auto pipeline = Pipeline::Open(options);
  if (!pipeline.ok()) return Fail(pipeline.status());
  if (!args.eval.empty()) return RunEval(*pipeline, args);
  auto source = LineSource::Open(args.input);
  if (!source.ok()) return Fail(source.status());
  std::string text;
  if (!(*source)->ReadAll(&text)) {
    return Fail(Status::IoError(args.input + ": " + (*source)->error()));
  }
  Document doc(std::move(text));
  pipeline->Analyze(doc);
  PrintDiagnostics(doc, args.input == "-" ? "<stdin>" : args.input);
  WriteConllu(doc, std::cout);
  return 0;
}

}  // namespace

void AddParseCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* sub = app.add_subcommand("parse", "Raw text to CoNLL-U (tokens, tags, lemmas, parse)");
  sub->add_option("input", args->input, "Text file, or - for standard input")->capture_default_str();
  sub->add_option("--eval", args->eval,
                  "Parse the gold tokenization of this CoNLL-U file and print UPOS/UAS/LAS");
  sub->add_option("--models", args->models, "Model folder (default: $DYAD_MODELS or models/)");
  sub->add_flag("--no-parse", args->no_parse, "Tag and lemmatize only");
  sub->add_flag("--details", args->details, "With --eval: also XPOS, lemma accuracy and counts");
  AddParserFlags(sub, &args->parser);
  sub->callback([args, exit_code] { *exit_code = RunParse(*args); });
}

}  // namespace dyad::tools
