#include "parser/train_examples.h"

namespace dyad::parser {

std::vector<Deprel> CollectLabels(const Document& train) {
  std::vector<bool> seen(DeprelNames().size(), false);
  for (const Token& t : train.tokens()) {
    if (t.deprel != 0 && t.deprel < seen.size()) seen[t.deprel] = true;
  }
  seen[*DeprelFromName("root")] = true;
  seen[*DeprelFromName("dep")] = true;
  std::vector<Deprel> labels;
  for (size_t d = 1; d < seen.size(); ++d) {
    if (seen[d]) labels.push_back(static_cast<Deprel>(d));
  }
  return labels;
}

Result<TrainingLabels> SetUpLabels(const Document& train) {
  TrainingLabels out;
  out.labels = CollectLabels(train);
  // Left/Right label sets are 64-bit masks in ParseState.
  if (out.labels.size() > 64) {
    return Status::Unsupported("parser training: more than 64 relations in the training data");
  }
  out.label_of.assign(DeprelNames().size(), -1);
  for (size_t i = 0; i < out.labels.size(); ++i) {
    out.label_of[out.labels[i]] = static_cast<int>(i);
  }
  out.root_label = out.label_of[*DeprelFromName("root")];
  out.dep_label = out.label_of[*DeprelFromName("dep")];
  return out;
}

void AddExamples(const Document& doc, const std::vector<int>& label_of, int root_label,
                 int dep_label, std::vector<Example>& out, ExampleStats& stats) {
  for (const Sentence& s : doc.sentences()) {
    const auto tokens = doc.tokens(s);
    const int n = static_cast<int>(tokens.size());
    if (n == 0) continue;
    std::vector<int32_t> heads(n), labels(n);
    for (int i = 0; i < n; ++i) {
      heads[i] = tokens[i].head < 0 ? n : tokens[i].head;
      const int l = tokens[i].deprel != 0 ? label_of[tokens[i].deprel] : -1;
      // The root word and only it carries "root" (the move rules insist);
      // a relation unknown to the inventory (not in train) becomes "dep".
      labels[i] = heads[i] == n ? root_label : (l < 0 || l == root_label ? dep_label : l);
    }
    if (!parser::IsTree(heads)) {
      ++stats.skipped;
      continue;
    }
    if (const int k = parser::Projectivize(heads); k > 0) {
      stats.lifted += k;
      ++stats.lifted_sentences;
    }
    ++stats.sentences;
    out.push_back({&doc, &s, GoldTree(std::move(heads), std::move(labels))});
  }
}

}  // namespace dyad::parser
