// `dyad dict bench-peers DICT_DIR CORPUS.jsonl`: the cost of the full
// Phoenix dictionary set (PETRARCH-2's CAMEO.2.0.txt verbs, the three
// Phoenix actor files, agents, discards, issues) against dyad's own
// dictionaries, for docs/PERFORMANCE.md ("Peer dictionaries").
//
// Reports load times (median of 3) and, over the corpus, single-thread
// throughput of
//   dyad     Pipeline with code_events (parse, actors, events: dyad's coder)
//   phoenix  Pipeline with the parse, then the dependency->tree conversion
//            and the PETRARCH coder with the Phoenix dictionaries
// both end to end and for the coding step alone (the analysis shared by both
// timed once and subtracted). Timing lives here, never in tests.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>

#include <nlohmann/json.hpp>

#include "dyad/pipeline.h"
#include "peer_commands.h"
#include "peers/dep_tree.h"
#include "peers/petr_coder.h"
#include "peers/petr_suite.h"

namespace dyad::tools {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

peers::PeerDictionaryFiles PhoenixFiles(const std::string& dir) {
  peers::PeerDictionaryFiles f;
  f.dialect = peers::Dialect::kPetrarch;
  for (const char* a : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                        "Phoenix.MilNonState.actors.txt"}) {
    f.actors.push_back(dir + "/" + a);
  }
  f.agents.push_back(dir + "/Phoenix.agents.txt");
  f.verbs = dir + "/CAMEO.2.0.txt";
  f.discards = dir + "/Phoenix.discards.txt";
  f.issues = dir + "/Phoenix.IssueCoding.txt";
  return f;
}

struct Article {
  std::string text;
  int32_t date = 0;  // YYYYMMDD
};

std::vector<Article> ReadCorpus(const std::string& path, size_t max_articles) {
  std::vector<Article> out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line) && out.size() < max_articles;) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text")) continue;
    Article a;
    a.text = j["text"].get<std::string>();
    if (j.contains("date") && j["date"].is_string()) {
      std::string d = j["date"].get<std::string>();
      d.erase(std::remove(d.begin(), d.end(), '-'), d.end());
      a.date = peers::PetrRecordDate(d);
    }
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

int RunPeerBench(const PeerBenchArgs& args) {
  const peers::PeerDictionaryFiles files = PhoenixFiles(args.dict_dir);
  std::vector<double> load_times;
  Result<peers::PeerDictionaries> dicts = Status::NotFound("not loaded");
  for (int run = 0; run < 3; ++run) {
    const auto t0 = Clock::now();
    dicts = peers::PeerDictionaries::Load(files);
    load_times.push_back(Seconds(t0));
    if (!dicts.ok()) {
      std::cerr << "dyad: " << dicts.status().ToString() << "\n";
      return 1;
    }
  }
  std::vector<double> own_load_times;
  for (int run = 0; run < 3; ++run) {
    std::vector<std::string> problems;
    const auto t0 = Clock::now();
    const Status s = CheckDictionaries(ResolveDataDir(args.own_dict_dir), &problems);
    own_load_times.push_back(Seconds(t0));
    if (!s.ok()) {
      std::cerr << "dyad: " << s.ToString() << "\n";
      return 1;
    }
  }
  std::cout << std::fixed << std::setprecision(3);
  std::cout << "Phoenix dictionaries: " << dicts->actors.actor_count() << " actors ("
            << dicts->actors.actor_phrase_count() << " phrases), " << dicts->actors.agent_count()
            << " agents, " << dicts->verbs.entry_count() << " verb forms, "
            << dicts->verbs.pattern_count() << " patterns, " << dicts->discards.size() << " discards, "
            << dicts->issues.size() << " issue phrases\n";
  std::cout << "load (median of 3): Phoenix " << Median(load_times) << " s; dyad's own "
            << Median(own_load_times) << " s\n";

  const std::vector<Article> corpus = ReadCorpus(args.corpus, args.max_articles);
  if (corpus.empty()) {
    std::cerr << "dyad: " << args.corpus << ": no articles\n";
    return 1;
  }
  PipelineOptions parse_only;
  parse_only.model_dir = args.models;
  parse_only.parse = true;
  PipelineOptions coding = parse_only;
  coding.code_events = true;
  // Both sides parse every sentence: the comparison is of the dictionaries'
  // cost, not of skipping sentences (which the PETRARCH coder cannot do).
  coding.parse_all = true;
  coding.coder.dict_dir = args.own_dict_dir;
  auto analyse = Pipeline::Open(parse_only);
  auto own = Pipeline::Open(coding);
  if (!analyse.ok() || !own.ok()) {
    std::cerr << "dyad: " << (analyse.ok() ? own.status() : analyse.status()).ToString() << "\n";
    return 1;
  }
  const peers::PetrCoder coder(*dicts);
  const peers::PetrOptions petr_options = peers::DefaultPetrOptions();

  size_t sentences = 0, own_events = 0, peer_events = 0;
  std::vector<double> t_parse, t_own, t_peer_code;
  for (int run = 0; run < 3; ++run) {
    double parse_s = 0, own_s = 0, code_s = 0;
    sentences = own_events = peer_events = 0;
    for (const Article& a : corpus) {
      auto t0 = Clock::now();
      Document doc(a.text);
      analyse->Analyze(doc);
      parse_s += Seconds(t0);
      sentences += doc.sentences().size();

      t0 = Clock::now();
      std::vector<std::string> words;
      for (const Sentence& s : doc.sentences()) {
        // Sentences without a dictionary verb cannot code: no tree needed.
        words.clear();
        for (const Token& t : doc.tokens(s)) words.emplace_back(doc.Form(t));
        if (!coder.MayCode(words)) continue;
        auto tree = peers::TreeFromDependencies(peers::DependencyWords(doc, s));
        if (tree.ok()) peer_events += coder.Code(*tree, a.date, petr_options).events.size();
      }
      code_s += Seconds(t0);

      t0 = Clock::now();
      Document coded(a.text);
      own->Analyze(coded);
      own_s += Seconds(t0);
      own_events += coded.events().size();
    }
    t_parse.push_back(parse_s);
    t_own.push_back(own_s);
    t_peer_code.push_back(code_s);
  }
  const double parse_s = Median(t_parse), own_s = Median(t_own), code_s = Median(t_peer_code);
  const double own_code_s = std::max(own_s - parse_s, 1e-9);
  const double peer_s = parse_s + code_s;
  std::cout << "corpus: " << corpus.size() << " articles, " << sentences
            << " sentences; single thread, medians of 3 passes\n";
  std::cout << "end to end: dyad's dictionaries " << sentences / own_s << " sentences/s ("
            << own_events << " events); Phoenix " << sentences / peer_s << " sentences/s ("
            << peer_events << " events); ratio " << own_s / peer_s << "\n";
  std::cout << "coding step alone (analysis " << parse_s << " s subtracted): dyad " << own_code_s
            << " s = " << sentences / own_code_s << " sentences/s; Phoenix " << code_s << " s = "
            << sentences / code_s << " sentences/s; ratio " << own_code_s / code_s << "\n";
  return 0;
}

}  // namespace dyad::tools
