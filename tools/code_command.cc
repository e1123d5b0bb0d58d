// `dyad code FILE...`: articles in, CAMEO events out (JSON Lines or CSV).
//
// Input: JSON Lines records {"id","date","text"} (optional title, url,
// source), plain or gzip/zstd compressed, or plain text (one article per
// file, with --id and --date); "-" reads standard input. A bad record is
// reported on stderr with its line number and written as a
// {"doc_id","line","error"} record; the run goes on.
//
// Articles are coded on --threads worker threads, in batches of up to
// kBatchArticles analysed stage by stage (Pipeline::AnalyzeBatch: faster,
// same results), and written in input order, each article's records flushed
// together, so the output does not depend on the thread count and a killed
// run loses nothing it wrote (--resume continues it). Streams (standard
// input, pipes) are coded article by article, so a slow one is never held
// back.
//
// Exit status: 0 when every record was coded, 2 when some failed, 1 when
// the run could not start or the output could not be written.
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>
#include <unistd.h>

#include "commands.h"
#include "dyad/pipeline.h"
#include "dyad/writer.h"
#include "io/article_reader.h"
#include "io/line_source.h"
#include "ordered_pool.h"
#include "parser_flags.h"
#include "progress.h"
#include "resume.h"

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
  int threads = 0;  // 0: every core
  bool allow_missing_target = false;
  bool parse_all = false;
  bool text = false;  // force plain-text input
  bool quiet = false;
  bool resume = false;
  ParserFlags parser;
};

struct Job {
  std::string input_name;
  Article article;
};

// One article's share of the output, ready to be written in order.
struct Coded {
  std::string records;   // output bytes
  std::string messages;  // stderr lines
  uint64_t sentences = 0, events = 0, bytes = 0;
  bool error = false;
  bool write_failed = false;
};

bool HasJsonLinesName(const std::string& path) {
  for (const char* ext : {".jsonl", ".json", ".ndjson", ".jsonl.gz", ".jsonl.zst", ".json.gz",
                          ".json.zst", ".ndjson.gz", ".ndjson.zst"}) {
    const size_t n = std::strlen(ext);
    if (path.size() > n && path.compare(path.size() - n, n, ext) == 0) return true;
  }
  return false;
}

constexpr size_t kBatchArticles = 16;
// Batches alive at once per worker thread: bounds memory.
constexpr size_t kBatchesInFlight = 4;

// One article's output: its events, or its error record. `doc` is the
// analysed article (null when the record was bad: its text is still in the
// job).
Coded Report(const Job& job, const Document* doc, const std::string& format, bool quiet) {
  Coded out;
  out.bytes = doc != nullptr ? doc->text().size() : job.article.text.size();
  const Article& a = job.article;
  std::ostringstream records;
  auto writer = MakeEventWriter(format, records);  // format was checked at start-up
  std::ostringstream messages;
  if (doc == nullptr) {
    out.error = true;
    messages << job.input_name << ":" << a.line << ": record " << a.id << ": " << a.error << "\n";
    out.write_failed = !(*writer)->WriteError(a.id, a.line, a.error).ok();
  } else {
    if (!quiet) {
      for (const Diagnostic& d : doc->diagnostics()) {
        messages << job.input_name << ":" << a.line << ": " << doc->id() << ": bytes " << d.begin
                 << "-" << d.end << ": " << d.message << "\n";
      }
    }
    out.sentences = doc->sentences().size();
    out.events = doc->events().size();
    out.write_failed = !(*writer)->Write(*doc).ok();
  }
  out.records = records.str();
  out.messages = messages.str();
  return out;
}

std::vector<Coded> CodeBatch(const Pipeline& pipeline, const std::string& format, bool quiet,
                             std::vector<Job>& jobs) {
  std::vector<Document> docs;
  docs.reserve(jobs.size());
  for (Job& job : jobs) {
    Article& a = job.article;
    if (!a.error.empty()) continue;
    Document& doc = docs.emplace_back(std::move(a.text));
    doc.set_id(a.id);
    doc.set_date(a.date);
  }
  pipeline.AnalyzeBatch(docs);
  std::vector<Coded> out;
  out.reserve(jobs.size());
  size_t next_doc = 0;
  for (size_t i = 0; i < jobs.size(); ++i) {
    const Document* doc = jobs[i].article.error.empty() ? &docs[next_doc++] : nullptr;
    out.push_back(Report(jobs[i], doc, format, quiet));
  }
  return out;
}

class Run {
 public:
  Run(const CodeArgs& args, const Pipeline& pipeline, std::ostream& out,
      std::unordered_set<std::string> skip)
      : args_(args),
        out_(out),
        skip_(std::move(skip)),
        progress_(!args.quiet && isatty(STDERR_FILENO)),
        pool_(args.threads, static_cast<size_t>(args.threads) * kBatchesInFlight,
              [this, &pipeline](std::vector<Job>& jobs) {
                return CodeBatch(pipeline, args_.format, args_.quiet, jobs);
              }) {}

  // Codes every input; returns the exit status.
  int All() {
    for (const std::string& path : args_.inputs) Input(path);
    SubmitPending();
    while (auto batch = pool_.Next()) Write(*batch);
    progress_.Finish(counts_);
    if (write_failed_) {
      std::cerr << "dyad: writing the output failed\n";
      return 1;
    }
    return counts_.errors > 0 ? 2 : 0;
  }

 private:
  void Input(const std::string& path) {
    const std::string name = path == "-" ? "<stdin>" : path;
    auto source = LineSource::Open(path);
    if (!source.ok()) {
      Article bad;
      bad.id = path;
      bad.error = source.status().message();
      Submit(name, std::move(bad));
      return;
    }
    LineSource& src = **source;
    done_bytes_base_ = total_bytes_;
    total_bytes_ += src.file_size();
    current_ = &src;
    // A stream (standard input, a pipe: no known size) may be slow: code
    // each article as soon as it is read.
    batch_limit_ = src.file_size() == 0 ? 1 : kBatchArticles;
    std::string line;
    bool json = !args_.text && HasJsonLinesName(path);
    if (!args_.text && !json) {
      // Sniff: JSON Lines start with '{'.
      std::string first;
      uint64_t number = 0;
      while (src.ReadLine(&first)) {
        ++number;
        if (first.find_first_not_of(" \t") == std::string::npos) continue;
        json = first[first.find_first_not_of(" \t")] == '{';
        break;
      }
      if (json) {
        if (!first.empty()) Submit(name, ParseArticle(first, number));
        ReadJsonLines(name, src, number);
      } else {
        std::string rest;
        const bool ok = src.ReadAll(&rest);
        PlainText(name, path, first + (rest.empty() && first.empty() ? "" : "\n") + rest, ok, src);
      }
    } else if (json) {
      ReadJsonLines(name, src, 0);
    } else {
      std::string all;
      const bool ok = src.ReadAll(&all);
      PlainText(name, path, std::move(all), ok, src);
    }
    current_ = nullptr;
    done_bytes_base_ = total_bytes_;
  }

  void ReadJsonLines(const std::string& name, LineSource& src, uint64_t number) {
    std::string line;
    while (src.ReadLine(&line)) {
      ++number;
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      Submit(name, ParseArticle(line, number));
    }
    if (!src.error().empty()) {
      Article bad;
      bad.id = name;
      bad.line = number + 1;
      bad.error = "input stopped: " + src.error();
      Submit(name, std::move(bad));
    }
  }

  void PlainText(const std::string& name, const std::string& path, std::string text, bool ok,
                 LineSource& src) {
    Article a;
    a.line = 1;
    a.id = !args_.id.empty() ? args_.id : (path == "-" ? "stdin" : path);
    if (!args_.date.empty()) a.date = *Date::Parse(args_.date);
    a.text = std::move(text);
    if (!ok) a.error = "input stopped: " + src.error();
    else if (a.text.find_first_not_of(" \t\r\n") == std::string::npos) a.error = "empty input";
    Submit(name, std::move(a));
  }

  void Submit(const std::string& name, Article article) {
    if (!skip_.empty() && skip_.count(article.id)) {
      ++counts_.skipped;
      return;
    }
    pending_.push_back(Job{name, std::move(article)});
    if (pending_.size() >= batch_limit_) SubmitPending();
  }

  void SubmitPending() {
    if (pending_.empty()) return;
    // Make room by writing the oldest result: this thread is the one that
    // reads results, so it must never wait for a free slot.
    while (pool_.Full()) {
      if (auto batch = pool_.Next()) Write(*batch);
    }
    pool_.Submit(std::move(pending_));
    pending_.clear();
    // Write whatever is ready, so output keeps pace with input.
    while (auto batch = pool_.TryNext()) Write(*batch);
  }

  void Write(const std::vector<Coded>& batch) {
    for (const Coded& c : batch) Write(c);
  }

  void Write(const Coded& c) {
    ++counts_.articles;
    counts_.sentences += c.sentences;
    counts_.events += c.events;
    counts_.errors += c.error;
    if (!c.messages.empty()) std::cerr << c.messages;
    out_ << c.records;
    out_.flush();  // per article: a killed run keeps every finished article
    write_failed_ = write_failed_ || c.write_failed || !out_;
    const uint64_t done = done_bytes_base_ + (current_ ? current_->bytes_read() : 0);
    progress_.Update(counts_, done, total_bytes_);
  }

  const CodeArgs& args_;
  std::ostream& out_;
  std::unordered_set<std::string> skip_;
  Progress progress_;
  OrderedPool<std::vector<Job>, std::vector<Coded>> pool_;
  std::vector<Job> pending_;  // articles read, not yet submitted
  size_t batch_limit_ = kBatchArticles;
  Counts counts_;
  LineSource* current_ = nullptr;
  uint64_t done_bytes_base_ = 0, total_bytes_ = 0;
  bool write_failed_ = false;
};

int RunCode(CodeArgs args) {
  if (!args.date.empty() && !Date::Parse(args.date)) {
    std::cerr << "dyad: --date '" << args.date << "' is not YYYY-MM-DD\n";
    return 1;
  }
  if (args.threads <= 0) args.threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  {
    std::ostringstream probe;
    if (auto w = MakeEventWriter(args.format, probe); !w.ok()) {
      std::cerr << "dyad: " << w.status().ToString() << "\n";
      return 1;
    }
  }
  if (args.resume && args.out == "-") {
    std::cerr << "dyad: --resume needs -o FILE\n";
    return 1;
  }
  PipelineOptions options;
  options.model_dir = args.models;
  options.code_events = true;
  options.coder.dict_dir = args.dict_dir;
  options.coder.allow_missing_target = args.allow_missing_target;
  options.parse_all = args.parse_all;
  options.parser = args.parser.Resolve();
  auto pipeline = Pipeline::Open(options);
  if (!pipeline.ok()) {
    std::cerr << "dyad: " << pipeline.status().ToString() << "\n";
    return 1;
  }
  if (!pipeline->dictionary_problems().empty() && !args.quiet) {
    std::cerr << "dyad: " << pipeline->dictionary_problems().size()
              << " dictionary lines skipped (see `dyad dict check`)\n";
  }
  std::unordered_set<std::string> skip;
  bool fresh = true;
  if (args.resume) {
    std::error_code ec;
    fresh = !std::filesystem::exists(args.out, ec) || std::filesystem::file_size(args.out, ec) == 0;
    auto done = PrepareResume(args.out, args.format);
    if (!done.ok()) {
      std::cerr << "dyad: " << done.status().ToString() << "\n";
      return 1;
    }
    skip = std::move(done).value();
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (args.out != "-") {
    file.open(args.out, std::ios::binary | (args.resume ? std::ios::app : std::ios::trunc));
    if (!file) {
      std::cerr << "dyad: " << args.out << ": cannot open for writing\n";
      return 1;
    }
    out = &file;
  }
  if (fresh) {
    auto header = MakeEventWriter(args.format, *out);
    if (!(*header)->Begin().ok()) {
      std::cerr << "dyad: cannot write the output\n";
      return 1;
    }
  }
  return Run(args, *pipeline, *out, std::move(skip)).All();
}

}  // namespace

void AddCodeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* sub = app.add_subcommand("code", "Code news articles into CAMEO events");
  sub->add_option("inputs", args->inputs,
                  "JSON Lines (plain, .gz or .zst) or text files; - for standard input");
  sub->add_option("--id", args->id, "Article id for plain-text input");
  sub->add_option("--date", args->date, "Article date (YYYY-MM-DD) for plain-text input");
  sub->add_option("--format", args->format, "jsonl or csv")->capture_default_str();
  sub->add_option("-o,--out", args->out, "Output file (default: standard output)");
  sub->add_option("--models", args->models, "Model folder");
  sub->add_option("--dict-dir", args->dict_dir, "Dictionary folder (holding actors/ and events/)");
  sub->add_option("-t,--threads", args->threads, "Worker threads (default: every core)");
  sub->add_flag("--parse-all", args->parse_all,
                "Parse every sentence, not only those that may give an event (same events, slower)");
  sub->add_flag("--allow-missing-target", args->allow_missing_target,
                "Also emit events whose target is not a known actor");
  sub->add_flag("--text", args->text, "Treat every input as one plain-text article");
  sub->add_flag("--resume", args->resume,
                "Continue a killed run: skip the articles already in the -o file");
  AddParserFlags(sub, &args->parser);
  sub->add_flag("-q,--quiet", args->quiet, "No progress display, no per-article diagnostics");
  sub->callback([args, exit_code] { *exit_code = RunCode(*args); });
}

}  // namespace dyad::tools
