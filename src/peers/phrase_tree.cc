#include "peers/phrase_tree.h"

namespace dyad::peers {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string UnescapeWord(std::string_view w) {
  if (w == "-LRB-" || w == "-LCB-") return "(";
  if (w == "-RRB-" || w == "-RCB-") return ")";
  if (w == "-LSB-") return "[";
  if (w == "-RSB-") return "]";
  return std::string(w);
}

void Render(const PhraseTree& t, int node, std::string* out) {
  const TreeNode& n = t.nodes[node];
  *out += '(';
  *out += n.label;
  if (n.leaf >= 0) {
    *out += ' ';
    *out += t.words[n.leaf];
  }
  for (const int c : n.children) {
    *out += ' ';
    Render(t, c, out);
  }
  *out += ')';
}

}  // namespace

int PhraseTree::AddNode(std::string label, int parent) {
  const int id = static_cast<int>(nodes.size());
  TreeNode n;
  n.label = std::move(label);
  n.parent = parent;
  nodes.push_back(std::move(n));
  if (parent >= 0) nodes[parent].children.push_back(id);
  else root = id;
  return id;
}

int PhraseTree::AddWord(std::string word, std::string tag, int parent) {
  const int id = AddNode(tag, parent);
  nodes[id].leaf = static_cast<int>(words.size());
  words.push_back(std::move(word));
  tags.push_back(std::move(tag));
  preterminal.push_back(id);
  return id;
}

void PhraseTree::ComputeSpans() {
  for (TreeNode& n : nodes) {
    n.first = static_cast<int>(words.size());
    n.last = -1;
  }
  for (int w = 0; w < static_cast<int>(words.size()); ++w) {
    for (int node = preterminal[w]; node >= 0; node = nodes[node].parent) {
      if (w < nodes[node].first) nodes[node].first = w;
      if (w > nodes[node].last) nodes[node].last = w;
    }
  }
}

std::string PhraseTree::ToString() const {
  std::string out;
  if (root >= 0) Render(*this, root, &out);
  return out;
}

Result<PhraseTree> ParsePennTree(std::string_view text) {
  PhraseTree tree;
  std::vector<int> stack;
  size_t i = 0;
  const size_t n = text.size();
  int depth = 0;
  while (i < n) {
    const char c = text[i];
    if (IsBlank(c)) {
      ++i;
      continue;
    }
    if (c == '(') {
      ++i;
      while (i < n && IsBlank(text[i])) ++i;
      size_t j = i;
      while (j < n && !IsBlank(text[j]) && text[j] != '(' && text[j] != ')') ++j;
      std::string label(text.substr(i, j - i));
      i = j;
      while (i < n && IsBlank(text[i])) ++i;
      const int parent = stack.empty() ? -1 : stack.back();
      if (parent < 0 && tree.root >= 0) {
        return Status::Corrupt("parse tree: text after the closing parenthesis of the tree");
      }
      if (i < n && text[i] != '(' && text[i] != ')') {
        // A preterminal: "(TAG word)".
        size_t k = i;
        while (k < n && !IsBlank(text[k]) && text[k] != '(' && text[k] != ')') ++k;
        std::string word = UnescapeWord(text.substr(i, k - i));
        i = k;
        while (i < n && IsBlank(text[i])) ++i;
        if (i >= n || text[i] != ')') {
          return Status::Corrupt("parse tree: expected ')' after word \"" + word + "\"");
        }
        ++i;
        if (label.empty()) return Status::Corrupt("parse tree: word \"" + word + "\" without a tag");
        tree.AddWord(std::move(word), std::move(label), parent);
        continue;
      }
      if (label.empty()) label = "ROOT";
      stack.push_back(tree.AddNode(std::move(label), parent));
      ++depth;
      if (depth > 4000) return Status::Corrupt("parse tree: nesting deeper than 4000");
      continue;
    }
    if (c == ')') {
      if (stack.empty()) return Status::Corrupt("parse tree: unbalanced ')'");
      stack.pop_back();
      --depth;
      ++i;
      continue;
    }
    return Status::Corrupt("parse tree: text outside brackets near \"" +
                           std::string(text.substr(i, 20)) + "\"");
  }
  if (!stack.empty()) return Status::Corrupt("parse tree: unbalanced '(' (" + std::to_string(stack.size()) + " open)");
  if (tree.root < 0 || tree.words.empty()) return Status::Corrupt("parse tree: empty");
  tree.ComputeSpans();
  return tree;
}

}  // namespace dyad::peers
