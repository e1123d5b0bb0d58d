// PhraseTree: a constituency tree of one sentence, the structure the
// PETRARCH-style coder works on.
//
// It comes either from a Penn Treebank bracketing (a validation record's
// <Parse>, penn_tree.h) or from dyad's own dependency parse (dep_tree.h),
// so both paths share one coder. Nodes are stored in one vector; the leaves
// (words) are numbered in sentence order and each has a preterminal node
// whose label is its Penn tag.
#ifndef DYAD_PEERS_PHRASE_TREE_H_
#define DYAD_PEERS_PHRASE_TREE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::peers {

struct TreeNode {
  std::string label;          // "S", "NP", "VP", ... or a Penn tag for a preterminal
  int parent = -1;
  std::vector<int> children;  // node ids in order
  int leaf = -1;              // word index for a preterminal, else -1
  int first = 0;              // first leaf covered
  int last = -1;              // last leaf covered (inclusive)
};

struct PhraseTree {
  std::vector<TreeNode> nodes;
  int root = -1;
  std::vector<std::string> words;  // as written ("Arnor", "n't")
  std::vector<std::string> tags;   // Penn tags per word
  std::vector<int> preterminal;    // node id per word

  bool IsPreterminal(int node) const { return nodes[node].leaf >= 0; }
  // Adds a node under `parent` (-1 for the root); returns its id.
  int AddNode(std::string label, int parent);
  // Adds a word with its tag as a preterminal under `parent`.
  int AddWord(std::string word, std::string tag, int parent);
  // Fills first/last of every node from the leaves (call once built).
  void ComputeSpans();
  // "(S (NP (NNP Arnor)) ...)" for debugging and tests.
  std::string ToString() const;
};

// Parses a Penn bracketing ("(ROOT (S (NP (NNP Arnor)) (VP ...)))" or with
// an empty root label "( (S ...))"). Corrupt status for unbalanced
// parentheses, an empty tree or a word without a tag. -LRB- / -RRB- and the
// quote tags are turned back into the characters.
Result<PhraseTree> ParsePennTree(std::string_view text);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PHRASE_TREE_H_
