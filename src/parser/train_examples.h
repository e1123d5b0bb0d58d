// What both parser trainers (the perceptron's, parser_train.cc, and the
// neural scorer's, neural_train.cc) share: the label inventory, gold trees
// made projective, a reproducible generator and attachment scores.
#ifndef DYAD_PARSER_TRAIN_EXAMPLES_H_
#define DYAD_PARSER_TRAIN_EXAMPLES_H_

#include <cstdint>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "parser/oracle.h"

namespace dyad::parser {

// splitmix64: small, fast and the same on every platform (unlike the
// standard distributions), which keeps training reproducible.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t state_;
};

// The label inventory: every relation seen in training, plus "root" and
// "dep" (the truncation fallback), in dyad's relation-id order.
std::vector<Deprel> CollectLabels(const Document& train);

// The relations a model is trained on and the maps a trainer needs:
// label_of[deprel] = index among `labels` (-1 when absent), and the indices
// of "root" and "dep" (always present).
struct TrainingLabels {
  std::vector<Deprel> labels;
  std::vector<int> label_of;
  int root_label = -1;
  int dep_label = -1;
};
// Unsupported when the treebank has more relations than a model can hold.
Result<TrainingLabels> SetUpLabels(const Document& train);

struct Example {
  const Document* doc;
  const Sentence* sentence;
  GoldTree gold;
};

struct ExampleStats {
  size_t sentences = 0, skipped = 0, lifted = 0, lifted_sentences = 0;
};

// Gold trees of `doc`, projectivized, appended to `out`. Sentences that are
// not trees are skipped.
void AddExamples(const Document& doc, const std::vector<int>& label_of, int root_label,
                 int dep_label, std::vector<Example>& out, ExampleStats& stats);

struct Accuracy {
  size_t words = 0, heads = 0, labelled = 0;
  double uas() const { return words ? 100.0 * heads / words : 0.0; }
  double las() const { return words ? 100.0 * labelled / words : 0.0; }
};

}  // namespace dyad::parser

#endif  // DYAD_PARSER_TRAIN_EXAMPLES_H_
