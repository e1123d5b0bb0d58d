// Per-stage throughput on the benchmark corpus (bench/make_corpus.py), with
// Google Benchmark. Each stage runs on documents already prepared up to its
// input, so its figure is its own cost. Counters: sentences/s, tokens/s and
// input MB/s.
//
//   build/bench/stages_bench --corpus=/tmp/dyad-bench/news.jsonl [benchmark flags]
//
// Before timing, the corpus is coded once and checked: it must yield
// sentences, tokens and events, so a broken stage cannot look fast.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <span>
#include <sstream>
#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/actor_matcher.h"
#include "dyad/pipeline.h"
#include "dyad/writer.h"
#include "events/cameo_codes.h"
#include "events/event_coder.h"
#include "events/plover_map.h"
#include "events/verb_patterns.h"
#include "io/article_reader.h"
#include "lemma/lemmatizer.h"
#include "parser/parser.h"
#include "tagger/finite_verb.h"
#include "tagger/tagger.h"
#include "text/segmenter.h"

namespace dyad {
namespace {

struct Resources {
  std::vector<Article> articles;
  uint64_t bytes = 0;
  std::optional<Tagger> tagger;
  std::optional<Lemmatizer> lemmatizer;
  std::optional<Parser> parser;
  ActorDictionary actors;
  CameoCodes codes;
  PatternSet patterns;
  PloverMap plover;
  std::optional<Pipeline> front_end;  // parses every sentence, codes nothing
  size_t batch = 16;                  // documents per AnalyzeBatch
};

// Documents prepared up to (not including) `stage`.
enum Stage { kSegment, kTag, kLemma, kParse, kActors, kEvents, kWrite };

std::vector<Document> Prepare(const Resources& r, Stage upto) {
  TextSegmenter segmenter(TextOptions{});
  ActorMatcher matcher(r.actors);
  EventCoder coder(r.patterns, r.codes, &r.plover);
  std::vector<Document> docs;
  docs.reserve(r.articles.size());
  for (const Article& a : r.articles) {
    Document doc(a.text);
    doc.set_id(a.id);
    doc.set_date(a.date);
    if (upto > kSegment) segmenter.Segment(doc);
    if (upto > kTag) {
      r.tagger->Tag(doc);
      RepairFiniteVerbs(doc, *r.tagger);
    }
    if (upto > kLemma) r.lemmatizer->Lemmatize(doc);
    if (upto > kParse) r.parser->Parse(doc, ParserOptions{});
    if (upto > kActors) matcher.Match(doc);
    if (upto > kEvents) coder.Code(doc);
    docs.push_back(std::move(doc));
  }
  return docs;
}

void SetCounters(benchmark::State& state, const Resources& r, const std::vector<Document>& docs) {
  uint64_t sentences = 0, tokens = 0;
  for (const Document& d : docs) {
    sentences += d.sentences().size();
    tokens += d.tokens().size();
  }
  using benchmark::Counter;
  state.counters["sentences/s"] = Counter(static_cast<double>(sentences) * state.iterations(), Counter::kIsRate);
  state.counters["tokens/s"] = Counter(static_cast<double>(tokens) * state.iterations(), Counter::kIsRate);
  state.counters["MB/s"] = Counter(static_cast<double>(r.bytes) * state.iterations() / 1e6, Counter::kIsRate);
}

void BM_Segment(benchmark::State& state, const Resources& r) {
  auto docs = Prepare(r, kSegment);
  TextSegmenter segmenter(TextOptions{});
  for (auto _ : state) {
    for (Document& d : docs) segmenter.Segment(d);
  }
  SetCounters(state, r, docs);
}

void BM_Tag(benchmark::State& state, const Resources& r) {
  auto docs = Prepare(r, kTag);
  for (auto _ : state) {
    for (Document& d : docs) {
      r.tagger->Tag(d);
      RepairFiniteVerbs(d, *r.tagger);
    }
  }
  SetCounters(state, r, docs);
}

void BM_Lemmatize(benchmark::State& state, const Resources& r) {
  auto docs = Prepare(r, kLemma);
  for (auto _ : state) {
    for (Document& d : docs) r.lemmatizer->Lemmatize(d);
  }
  SetCounters(state, r, docs);
}

void BM_Parse(benchmark::State& state, const Resources& r) {
  auto docs = Prepare(r, kParse);
  for (auto _ : state) {
    for (Document& d : docs) r.parser->Parse(d, ParserOptions{});
  }
  SetCounters(state, r, docs);
}

void BM_Actors(benchmark::State& state, const Resources& r) {
  auto docs = Prepare(r, kActors);
  ActorMatcher matcher(r.actors);
  for (auto _ : state) {
    for (Document& d : docs) matcher.Match(d);
  }
  SetCounters(state, r, docs);
}

void BM_Events(benchmark::State& state, const Resources& r) {
  auto docs = Prepare(r, kEvents);
  EventCoder coder(r.patterns, r.codes, &r.plover);
  for (auto _ : state) {
    for (Document& d : docs) coder.Code(d);
  }
  SetCounters(state, r, docs);
}

void BM_WriteJsonl(benchmark::State& state, const Resources& r) {
  auto docs = Prepare(r, kWrite);
  for (auto _ : state) {
    std::ostringstream out;
    auto writer = MakeEventWriter("jsonl", out);
    for (const Document& d : docs) benchmark::DoNotOptimize((*writer)->Write(d));
  }
  SetCounters(state, r, docs);
}

// The front end as one block (split + tokenize + tag + lemmatize + parse
// every sentence), the figure issue #2's bar speaks of, as the Pipeline runs
// it: documents in batches of --batch (default 16, as `dyad code`), stage by
// stage (Pipeline::AnalyzeBatch).
void BM_FrontEnd(benchmark::State& state, const Resources& r) {
  auto docs = Prepare(r, kSegment);
  for (auto _ : state) {
    for (size_t b = 0; b < docs.size(); b += r.batch) {
      r.front_end->AnalyzeBatch(
          std::span<Document>(docs).subspan(b, std::min(r.batch, docs.size() - b)));
    }
  }
  SetCounters(state, r, docs);
}

// The same, one document at a time (Pipeline::Analyze): what batching gains.
void BM_FrontEndByDocument(benchmark::State& state, const Resources& r) {
  auto docs = Prepare(r, kSegment);
  for (auto _ : state) {
    for (Document& d : docs) r.front_end->Analyze(d);
  }
  SetCounters(state, r, docs);
}

template <typename T>
T Must(Result<T> r, const char* what) {
  if (!r.ok()) {
    std::cerr << "stages_bench: " << what << ": " << r.status().ToString() << "\n";
    std::exit(1);
  }
  return std::move(r).value();
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

}  // namespace
}  // namespace dyad

int main(int argc, char** argv) {
  using namespace dyad;
  std::string corpus = "/tmp/dyad-bench/news.jsonl";
  ParserOptions parser_options;  // --cascade-margin=M, --no-cascade: as `dyad parse`
  std::vector<char*> rest;
  Resources res;
  for (int i = 0; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--corpus=", 0) == 0) corpus = arg.substr(9);
    else if (arg.rfind("--cascade-margin=", 0) == 0) parser_options.cascade_margin = std::stof(arg.substr(17));
    else if (arg.rfind("--cascade-min-weight=", 0) == 0) parser_options.cascade_min_weight = std::stof(arg.substr(21));
    else if (arg == "--no-cascade") parser_options.cascade = false;
    else if (arg.rfind("--batch=", 0) == 0) res.batch = std::max(1, std::stoi(arg.substr(8)));
    else rest.push_back(argv[i]);
  }
  int rest_argc = static_cast<int>(rest.size());
  const std::string models = ResolveModelDir("");
  const std::string data = ResolveDataDir("");
  auto start = std::chrono::steady_clock::now();
  res.tagger.emplace(Must(Tagger::Load(models + "/tagger.bin"), "tagger"));
  const double tagger_s = Seconds(start);
  start = std::chrono::steady_clock::now();
  res.lemmatizer.emplace(Must(Lemmatizer::Load(models + "/lemmatizer.bin"), "lemmatizer"));
  const double lemma_s = Seconds(start);
  start = std::chrono::steady_clock::now();
  // As the pipeline loads it: with the neural cascade when the folder has it.
  res.parser.emplace(Must(Parser::LoadFolder(models, parser_options), "parser"));
  const double parser_s = Seconds(start);
  start = std::chrono::steady_clock::now();
  std::vector<std::string> problems;
  res.actors = Must(ActorDictionary::Load(data + "/actors", &problems), "actors");
  res.codes = Must(CameoCodes::Load(data + "/events/cameo_codes.txt", &problems), "codes");
  res.patterns = Must(PatternSet::Load(data + "/events/verbs", res.codes, &problems), "patterns");
  res.plover = Must(PloverMap::Load(data + "/events/plover.txt", &problems), "plover");
  const double dict_s = Seconds(start);
  PipelineOptions front_end;
  front_end.model_dir = models;
  front_end.parser = parser_options;
  res.front_end.emplace(Must(Pipeline::Open(front_end), "pipeline"));
  std::printf("load: tagger %.3f s, lemmatizer %.3f s, parser %.3f s, dictionaries %.3f s\n",
              tagger_s, lemma_s, parser_s, dict_s);

  std::ifstream in(corpus);
  if (!in) {
    std::cerr << "stages_bench: " << corpus << ": not found (run bench/run.sh)\n";
    return 1;
  }
  ArticleReader reader(in);
  while (auto a = reader.Next()) {
    if (!a->error.empty()) continue;
    res.bytes += a->text.size();
    res.articles.push_back(std::move(*a));
  }
  // Correctness before timing: the whole chain must produce real output.
  const auto coded = Prepare(res, kWrite);
  uint64_t sentences = 0, tokens = 0, events = 0;
  for (const Document& d : coded) {
    sentences += d.sentences().size();
    tokens += d.tokens().size();
    events += d.events().size();
  }
  std::printf("corpus: %zu articles, %.1f MB, %llu sentences, %llu tokens, %llu events\n",
              res.articles.size(), res.bytes / 1e6, static_cast<unsigned long long>(sentences),
              static_cast<unsigned long long>(tokens), static_cast<unsigned long long>(events));
  if (sentences == 0 || tokens < sentences || events == 0) {
    std::cerr << "stages_bench: the pipeline produced no real output; not timing it\n";
    return 1;
  }
  using Fn = void (*)(benchmark::State&, const Resources&);
  const std::pair<const char*, Fn> benches[] = {
      {"Segment", BM_Segment}, {"Tag", BM_Tag},       {"Lemmatize", BM_Lemmatize},
      {"Parse", BM_Parse},     {"Actors", BM_Actors}, {"Events", BM_Events},
      {"WriteJsonl", BM_WriteJsonl}, {"FrontEnd", BM_FrontEnd}, {"FrontEndByDocument", BM_FrontEndByDocument},
  };
  for (const auto& [name, fn] : benches) {
    benchmark::RegisterBenchmark(name, [fn = fn, &res](benchmark::State& s) { fn(s, res); })
        ->Unit(benchmark::kMillisecond)
        ->MinTime(2.0);
  }
  benchmark::Initialize(&rest_argc, rest.data());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
