// A small synthetic news treebank shared by the parser tests:
// "[the] NOUN VERB [the] NOUN [in PROPN] ." with words drawn by a fixed
// generator, so the structure must be learnt from tags and positions, not
// memorised word by word.
#ifndef DYAD_TESTS_PARSER_SYNTHETIC_TREEBANK_H_
#define DYAD_TESTS_PARSER_SYNTHETIC_TREEBANK_H_

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "corpus/conllu.h"
#include "parser/train_examples.h"

namespace dyad::testing {

inline std::string SyntheticTreebank(int sentences) {
  const char* nouns[] = {"army", "minister", "rebels", "police", "envoy", "talks", "town"};
  const char* verbs[] = {"attacked", "met", "condemned", "shelled", "welcomed"};
  const char* names[] = {"Paris", "Kabul", "Moscow", "Gaza"};
  parser::Random random(7);
  std::ostringstream out;
  for (int s = 0; s < sentences; ++s) {
    struct Word {
      std::string form, upos, xpos, rel;
      int head;  // 1-based, 0 = root
    };
    std::vector<Word> w;
    const bool det1 = random.Below(2), det2 = random.Below(2), pp = random.Below(2);
    const int subj = det1 ? 2 : 1, verb = subj + 1;
    if (det1) w.push_back({"the", "DET", "DT", "det", subj});
    w.push_back({nouns[random.Below(7)], "NOUN", "NN", "nsubj", verb});
    w.push_back({verbs[random.Below(5)], "VERB", "VBD", "root", 0});
    const int obj = verb + (det2 ? 2 : 1);
    if (det2) w.push_back({"the", "DET", "DT", "det", obj});
    w.push_back({nouns[random.Below(7)], "NOUN", "NN", "obj", verb});
    if (pp) {
      const int name = obj + 2;
      w.push_back({"in", "ADP", "IN", "case", name});
      w.push_back({names[random.Below(4)], "PROPN", "NNP", "obl", verb});
    }
    w.push_back({".", "PUNCT", ".", "punct", verb});
    for (size_t i = 0; i < w.size(); ++i) {
      out << i + 1 << '\t' << w[i].form << '\t' << w[i].form << '\t' << w[i].upos << '\t'
          << w[i].xpos << "\t_\t" << w[i].head << '\t' << w[i].rel << "\t_\t_\n";
    }
    out << '\n';
  }
  return out.str();
}

inline ConlluCorpus ReadSynthetic() {
  auto corpus = ParseConllu(SyntheticTreebank(40), "synthetic.conllu");
  EXPECT_TRUE(corpus.ok()) << corpus.status().ToString();
  return std::move(corpus).value();
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_PARSER_SYNTHETIC_TREEBANK_H_
