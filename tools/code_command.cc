// `dyad code FILE...`: articles in, CAMEO events out (JSON Lines or CSV).
//
// Input: JSON Lines records {"id","date","text"} (optional title, url,
// source), or plain text (one article per file, with --id and --date); "-"
// reads standard input. A bad record is reported on stderr with its line
// number and written as an {"doc_id","line","error"} record; the run goes
// on. Exit status: 0 when every record was coded, 2 when some failed, 1 when
// the run could not start.
#include <chrono>
#include <cstring>
#include <iterator>
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.h"
#include "dyad/pipeline.h"
#include "dyad/writer.h"
#include "input.h"
#include "io/article_reader.h"

namespace dyad::tools {
namespace {

struct CodeArgs {
  std::vector<std::string> inputs = {"-"};
  std::string id;
  std::string date;
  std::string format = "jsonl";
  std::string out = "-";
  std::string models;
  std::string dict_dir;
  bool allow_missing_target = false;
  bool text = false;   // force plain-text input
  bool quiet = false;
};

struct Totals {
  uint64_t articles = 0, sentences = 0, events = 0, errors = 0;
};

bool LooksLikeJsonLines(const std::string& path, std::istream& in) {
  for (const char* ext : {".jsonl", ".json", ".ndjson"}) {
    if (path.size() > strlen(ext) && path.compare(path.size() - strlen(ext), strlen(ext), ext) == 0) {
      return true;
    }
  }
  // Otherwise sniff: JSON Lines start with '{'.
  while (in.good()) {
    const int c = in.peek();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      in.get();
      continue;
    }
    return c == '{';
  }
  return false;
}

class Coder {
 public:
  Coder(const Pipeline& pipeline, EventWriter& writer, const CodeArgs& args)
      : pipeline_(pipeline), writer_(writer), args_(args) {}

  void CodeArticle(const std::string& name, Article article) {
    ++totals_.articles;
    if (!article.error.empty()) {
      Fail(name, article.id, article.line, article.error);
      return;
    }
    Document doc(std::move(article.text));
    doc.set_id(article.id);
    doc.set_date(article.date);
    pipeline_.Analyze(doc);
    for (const Diagnostic& d : doc.diagnostics()) {
      if (!args_.quiet) {
        std::cerr << name << ":" << article.line << ": " << doc.id() << ": bytes " << d.begin << "-"
                  << d.end << ": " << d.message << "\n";
      }
    }
    totals_.sentences += doc.sentences().size();
    totals_.events += doc.events().size();
    if (Status s = writer_.Write(doc); !s.ok()) write_failed_ = true;
  }

  void Fail(const std::string& name, const std::string& id, uint64_t line, const std::string& why) {
    ++totals_.errors;
    std::cerr << name << ":" << line << ": record " << id << ": " << why << "\n";
    if (Status s = writer_.WriteError(id, line, why); !s.ok()) write_failed_ = true;
  }

  const Totals& totals() const { return totals_; }
  bool write_failed() const { return write_failed_; }

 private:
  const Pipeline& pipeline_;
  EventWriter& writer_;
  const CodeArgs& args_;
  Totals totals_;
  bool write_failed_ = false;
};

int RunCode(const CodeArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  Date date;
  if (!args.date.empty()) {
    auto parsed = Date::Parse(args.date);
    if (!parsed) {
      std::cerr << "dyad: --date '" << args.date << "' is not YYYY-MM-DD\n";
      return 1;
    }
    date = *parsed;
  }
  PipelineOptions options;
  options.model_dir = args.models;
  options.code_events = true;
  options.coder.dict_dir = args.dict_dir;
  options.coder.allow_missing_target = args.allow_missing_target;
  auto pipeline = Pipeline::Open(options);
  if (!pipeline.ok()) {
    std::cerr << "dyad: " << pipeline.status().ToString() << "\n";
    return 1;
  }
  if (!pipeline->dictionary_problems().empty() && !args.quiet) {
    std::cerr << "dyad: " << pipeline->dictionary_problems().size()
              << " dictionary lines skipped (see `dyad dict check`)\n";
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (args.out != "-") {
    file.open(args.out, std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "dyad: " << args.out << ": cannot open for writing\n";
      return 1;
    }
    out = &file;
  }
  auto writer = MakeEventWriter(args.format, *out);
  if (!writer.ok()) {
    std::cerr << "dyad: " << writer.status().ToString() << "\n";
    return 1;
  }
  Coder coder(*pipeline, **writer, args);
  for (const std::string& path : args.inputs) {
    const std::string name = path == "-" ? "<stdin>" : path;
    std::ifstream in_file;
    std::istream* in = &std::cin;
    if (path != "-") {
      in_file.open(path, std::ios::binary);
      if (!in_file) {
        coder.Fail(name, path, 0, "cannot open input file");
        continue;
      }
      in = &in_file;
    }
    if (!args.text && LooksLikeJsonLines(path, *in)) {
      ArticleReader reader(*in);
      while (auto article = reader.Next()) coder.CodeArticle(name, std::move(*article));
    } else {
      Article article;
      article.line = 1;
      article.id = !args.id.empty() ? args.id : (path == "-" ? "stdin" : path);
      article.date = date;
      article.text.assign(std::istreambuf_iterator<char>(*in), std::istreambuf_iterator<char>());
      coder.CodeArticle(name, std::move(article));
    }
  }
  const Totals& t = coder.totals();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "dyad: " << t.articles << " articles, " << t.sentences << " sentences, " << t.events
            << " events, " << t.errors << " errors, " << seconds << " s\n";
  if (coder.write_failed()) {
    std::cerr << "dyad: writing the output failed\n";
    return 1;
  }
  return t.errors > 0 ? 2 : 0;
}

}  // namespace

void AddCodeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* sub = app.add_subcommand("code", "Code news articles into CAMEO events");
  sub->add_option("inputs", args->inputs, "JSON Lines or text files; - for standard input");
  sub->add_option("--id", args->id, "Article id for plain-text input");
  sub->add_option("--date", args->date, "Article date (YYYY-MM-DD) for plain-text input");
  sub->add_option("--format", args->format, "jsonl or csv")->capture_default_str();
  sub->add_option("-o,--out", args->out, "Output file (default: standard output)");
  sub->add_option("--models", args->models, "Model folder");
  sub->add_option("--dict-dir", args->dict_dir, "Dictionary folder (holding actors/ and events/)");
  sub->add_flag("--allow-missing-target", args->allow_missing_target,
                "Also emit events whose target is not a known actor");
  sub->add_flag("--text", args->text, "Treat every input as one plain-text article");
  sub->add_flag("-q,--quiet", args->quiet, "No per-article diagnostics on stderr");
  sub->callback([args, exit_code] { *exit_code = RunCode(*args); });
}

}  // namespace dyad::tools
