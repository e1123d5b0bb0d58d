// parser_bench: accuracy with the tags already in a CoNLL-U file (gold tags)
// and parsing speed, for the parser alone. Not a test: it prints figures.
//
//   parser_bench MODEL GOLD.conllu [repeats]
//   parser_bench --train TRAIN.conllu DEV.conllu OUT [epochs [min_word_count]]
//
// (--train is `dyad train parser` without a tagger: gold tags; for
// development without the CLI.)
// prints "UAS x LAS y" over every word (punctuation included, full labels,
// as `dyad parse --eval` counts), then tokens and sentences per second of
// Parser::Parse on one thread (best of `repeats` passes, default 5), in
// thread CPU time so that other jobs on a shared machine do not count.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <string_view>

#include "corpus/conllu.h"
#include "parser/parser.h"

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

int Train(int argc, char** argv) {
  auto train = dyad::ReadConllu(argv[2]);
  auto dev = dyad::ReadConllu(argv[3]);
  if (!train.ok() || !dev.ok()) {
    std::cerr << (train.ok() ? dev.status() : train.status()).ToString() << "\n";
    return 1;
  }
  dyad::ParserTrainOptions options;
  if (argc > 5) options.epochs = std::atoi(argv[5]);
  if (argc > 6) options.min_word_count = std::atoi(argv[6]);
  const auto start = std::chrono::steady_clock::now();
  auto parser = dyad::Parser::Train(train->doc, dev->doc, options, std::cerr);
  if (!parser.ok()) {
    std::cerr << parser.status().ToString() << "\n";
    return 1;
  }
  if (auto s = parser->Save(argv[4]); !s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  std::cerr << "trained in "
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count()
            << " s\n";
  return 0;
}

int main(int argc, char** argv) {
  if (argc >= 5 && std::string_view(argv[1]) == "--train") return Train(argc, argv);
  if (argc < 3) {
    std::cerr << "usage: parser_bench MODEL GOLD.conllu [repeats]\n";
    return 2;
  }
  const auto load_start = std::chrono::steady_clock::now();
  auto parser = dyad::Parser::Load(argv[1]);
  if (!parser.ok()) {
    std::cerr << parser.status().ToString() << "\n";
    return 1;
  }
  const double load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - load_start).count();
  auto gold = dyad::ReadConllu(argv[2]);
  auto work = dyad::ReadConllu(argv[2]);
  if (!gold.ok() || !work.ok()) {
    std::cerr << (gold.ok() ? work.status() : gold.status()).ToString() << "\n";
    return 1;
  }
  const int repeats = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
  dyad::Document& doc = work->doc;
  double best = 1e30;
  for (int r = 0; r < repeats; ++r) {
    for (dyad::Token& t : doc.mutable_tokens()) {
      t.head = -1;
      t.deprel = 0;
    }
    const double start = CpuSeconds();
    parser->Parse(doc, dyad::ParserOptions{});
    best = std::min(best, CpuSeconds() - start);
  }
  size_t uas = 0, las = 0;
  const auto g = gold->doc.tokens();
  const auto p = doc.tokens();
  for (size_t i = 0; i < p.size(); ++i) {
    if (g[i].head == p[i].head) {
      ++uas;
      las += g[i].deprel == p[i].deprel;
    }
  }
  const double n = static_cast<double>(p.size());
  std::cout << std::fixed << std::setprecision(2) << "UAS " << 100.0 * uas / n << " LAS "
            << 100.0 * las / n << "\n"
            << std::setprecision(0) << "speed " << n / best << " tokens/s, "
            << doc.sentences().size() / best << " sentences/s (" << p.size() << " tokens, best of "
            << repeats << ")\n"
            << std::setprecision(3) << "load " << load_seconds << " s, " << parser->num_features()
            << " features, " << parser->num_weights() << " weights\n";
  return 0;
}
