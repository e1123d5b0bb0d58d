#include "peers/dep_tree.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <functional>

#include "peers/peer_lines.h"
#include "util/text_file.h"

namespace dyad::peers {
namespace {

// UD v1 names (and a few Stanford ones) as their v2 equivalents.
std::string NormalRelation(std::string_view raw) {
  std::string r;
  for (const char c : raw) r += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (r == "dobj") return "obj";
  if (r == "nsubjpass") return "nsubj:pass";
  if (r == "csubjpass") return "csubj:pass";
  if (r == "auxpass") return "aux:pass";
  if (r == "neg") return "advmod";
  if (r == "name") return "flat";
  if (r == "mwe") return "fixed";
  if (r == "nn") return "compound";
  if (r == "poss") return "nmod:poss";
  if (r == "prt") return "compound:prt";
  if (r == "possessive") return "case";
  return r;
}

bool Is(const std::string& rel, std::string_view base) {
  // Called very often: most calls fail on the first letter.
  if (rel.empty() || rel[0] != base[0]) return false;
  return rel == base || (rel.size() > base.size() && rel.starts_with(base) && rel[base.size()] == ':');
}

std::string TagOf(const DepWord& w) {
  if (!w.xpos.empty() && w.xpos != "_") return w.xpos;
  const std::string& u = w.upos;
  if (u == "NOUN") return "NN";
  if (u == "PROPN") return "NNP";
  if (u == "VERB" || u == "AUX") return "VB";
  if (u == "ADJ") return "JJ";
  if (u == "ADV") return "RB";
  if (u == "ADP") return "IN";
  if (u == "DET") return "DT";
  if (u == "PRON") return "PRP";
  if (u == "NUM") return "CD";
  if (u == "CCONJ" || u == "CONJ") return "CC";
  if (u == "PART") return "RP";
  if (u == "SCONJ") return "IN";
  if (u == "PUNCT") return w.form == "," ? "," : w.form == "." ? "." : ":";
  return "NN";
}

enum class Cat : uint8_t { kVerb, kNoun, kAdj, kAdv, kOther };

Cat CategoryOf(const DepWord& w, const std::string& tag) {
  if (tag.starts_with("VB") || tag == "MD") return Cat::kVerb;
  if (tag.starts_with("NN") || tag == "PRP" || tag == "WP" || tag == "EX" || tag == "FW" ||
      tag == "CD" || tag == "$" || tag == "DT" || tag == "WDT") {
    return Cat::kNoun;
  }
  if (tag.starts_with("JJ")) return Cat::kAdj;
  if (tag.starts_with("RB") || tag == "WRB") return Cat::kAdv;
  if (w.upos == "NOUN" || w.upos == "PROPN" || w.upos == "PRON" || w.upos == "NUM") return Cat::kNoun;
  if (w.upos == "VERB") return Cat::kVerb;
  if (w.upos == "ADJ") return Cat::kAdj;
  if (w.upos == "ADV") return Cat::kAdv;
  return Cat::kOther;
}

class Converter {
 public:
  explicit Converter(const std::vector<DepWord>& w) : w_(w) {}

  Result<PhraseTree> Run() {
    const int n = static_cast<int>(w_.size());
    if (n == 0) return Status::Corrupt("dependency tree: no words");
    nodes_.reserve(static_cast<size_t>(4 * n));
    rel_.resize(n);
    pulled_.assign(n, 0);
    tag_.resize(n);
    cat_.resize(n);
    deps_.assign(n, {});
    std::vector<int> roots;
    for (int i = 0; i < n; ++i) {
      rel_[i] = NormalRelation(w_[i].deprel);
      tag_[i] = TagOf(w_[i]);
      cat_[i] = CategoryOf(w_[i], tag_[i]);
      const int h = w_[i].head;
      if (h < -1 || h >= n || h == i) return Status::Corrupt("dependency tree: bad head of word " + std::to_string(i + 1));
      if (h < 0) roots.push_back(i);
      else deps_[h].push_back(i);
    }
    // Every word must reach a root (no cycles).
    for (int i = 0; i < n; ++i) {
      int steps = 0;
      for (int k = i; k >= 0; k = w_[k].head) {
        if (++steps > n + 1) return Status::Corrupt("dependency tree: cycle through word " + std::to_string(i + 1));
      }
    }
    if (roots.empty()) return Status::Corrupt("dependency tree: no root");
    Projectivize();
    roots.clear();
    for (int i = 0; i < n; ++i) {
      if (head_[i] < 0) roots.push_back(i);
    }
    std::vector<int> tops;
    for (const int r : roots) tops.push_back(Project(r, /*need_s=*/true));
    int top = tops.size() == 1 ? tops[0] : Make("S", tops);
    const int root = Make("ROOT", {top});
    Repair(root);
    MergeNameRuns(root);
    MergeSubjectLists(root);
    PhraseTree tree;
    tree.nodes.reserve(nodes_.size());
    tree.words.reserve(w_.size());
    tree.tags.reserve(w_.size());
    tree.preterminal.reserve(w_.size());
    order_.reserve(w_.size());
    Emit(root, -1, &tree);
    tree.ComputeSpans();
    for (int i = 0; i < static_cast<int>(tree.words.size()); ++i) {
      if (tree.words[i] != w_[order_[i]].form || order_[i] != i) return FlatFallback();
    }
    return tree;
  }

 private:
  // Leaf span of a node: [min, max] and the number of leaves.
  struct Span {
    int lo = INT_MAX, hi = -1, count = 0;
  };

  struct Node {
    std::string label;
    int leaf = -1;
    std::vector<int> kids;
    int first = INT_MAX;
    // Computed when the node is made. The passes after construction only
    // regroup a node's leaves (never move leaves between unrelated nodes),
    // so the span of a node never changes.
    Span span;
  };

  int Leaf(int i) {
    Node node;
    node.label = tag_[i];
    node.leaf = i;
    node.first = i;
    node.span = {i, i, 1};
    nodes_.push_back(std::move(node));
    return static_cast<int>(nodes_.size() - 1);
  }

  int Make(std::string label, std::vector<int> kids) {
    std::sort(kids.begin(), kids.end(), [&](int a, int b) { return nodes_[a].first < nodes_[b].first; });
    Node node;
    node.label = std::move(label);
    for (const int k : kids) {
      const Span& c = nodes_[k].span;
      node.first = std::min(node.first, nodes_[k].first);
      node.span.lo = std::min(node.span.lo, c.lo);
      node.span.hi = std::max(node.span.hi, c.hi);
      node.span.count += c.count;
    }
    node.kids = std::move(kids);
    nodes_.push_back(std::move(node));
    return static_cast<int>(nodes_.size() - 1);
  }

  Span SpanOf(int node) const { return nodes_[node].span; }

  // Parser output is not always shaped the way the construction above
  // expects (a comma attached across a marker, an adverb between an
  // auxiliary and a subject): a phrase whose words are not contiguous is
  // dissolved into its parent, bottom up, until every phrase is contiguous.
  // This keeps the rest of the structure (unlike flattening the sentence).
  void Repair(int node) {
    Node& n = nodes_[node];
    if (n.leaf >= 0) return;
    for (const int k : std::vector<int>(n.kids)) Repair(k);
    std::vector<int> kids;
    for (const int k : nodes_[node].kids) {
      const Span s = SpanOf(k);
      if (nodes_[k].leaf < 0 && s.count != s.hi - s.lo + 1) {
        kids.insert(kids.end(), nodes_[k].kids.begin(), nodes_[k].kids.end());
      } else {
        kids.push_back(k);
      }
    }
    // Dissolving can leave this node's kids interleaved (a kid spanning
    // another's words): dissolve those kids too, until none overlap.
    for (int guard = 0; guard < 64; ++guard) {
      std::sort(kids.begin(), kids.end(), [&](int a, int b) { return SpanOf(a).lo < SpanOf(b).lo; });
      bool changed = false;
      std::vector<int> next;
      for (size_t i = 0; i < kids.size(); ++i) {
        const Span s = SpanOf(kids[i]);
        const bool overlaps = i + 1 < kids.size() && SpanOf(kids[i + 1]).lo < s.hi;
        if (overlaps && nodes_[kids[i]].leaf < 0) {
          next.insert(next.end(), nodes_[kids[i]].kids.begin(), nodes_[kids[i]].kids.end());
          changed = true;
        } else {
          next.push_back(kids[i]);
        }
      }
      kids = std::move(next);
      if (!changed) break;
    }
    std::sort(kids.begin(), kids.end(), [&](int a, int b) { return SpanOf(a).lo < SpanOf(b).lo; });
    nodes_[node].kids = std::move(kids);
    nodes_[node].first = SpanOf(node).lo;
  }

  static bool NameTag(const std::string& t) {
    return t == "NNP" || t == "NNPS" || t == "NN" || t == "NNS" || t == "JJ" || t == "POS" ||
           t == "DT" || t == "CD" || t == "HYPH";
  }

  // A name the parser split into neighbouring noun phrases ("Bree" "Prime
  // Minister Romendacil", "The Hermit" "Kingdom") is one phrase again: a
  // run of adjacent NPs made only of name-like words, with a proper noun in
  // each, becomes one flat NP.
  void MergeNameRuns(int node) {
    if (nodes_[node].leaf >= 0) return;
    // Make() below grows nodes_: hold indices, never references.
    for (const int k : std::vector<int>(nodes_[node].kids)) MergeNameRuns(k);
    bool proper = false;
    auto name_np = [&](int k, std::vector<int>* leaves) {
      if (nodes_[k].leaf >= 0 || nodes_[k].label != "NP") return false;
      std::vector<int> stack{k};
      while (!stack.empty()) {
        const int x = stack.back();
        stack.pop_back();
        if (nodes_[x].leaf >= 0) {
          const std::string& t = nodes_[x].label;
          if (!NameTag(t)) return false;
          proper = proper || t == "NNP" || t == "NNPS";
          leaves->push_back(x);
        } else {
          if (nodes_[x].label != "NP") return false;
          for (const int c : nodes_[x].kids) stack.push_back(c);
        }
      }
      return true;
    };
    std::vector<int> kids;
    const std::vector<int> old = nodes_[node].kids;
    for (size_t i = 0; i < old.size();) {
      std::vector<int> leaves;
      proper = false;
      size_t j = i;
      while (j < old.size()) {
        std::vector<int> l;
        if (!name_np(old[j], &l)) break;
        leaves.insert(leaves.end(), l.begin(), l.end());
        ++j;
      }
      if (j - i >= 2 && proper) {
        std::sort(leaves.begin(), leaves.end(), [&](int a, int b) { return nodes_[a].leaf < nodes_[b].leaf; });
        kids.push_back(Make("NP", leaves));
        i = j;
      } else {
        kids.push_back(old[i]);
        ++i;
      }
    }
    nodes_[node].kids = std::move(kids);
  }

  bool IsLeafTagged(int k, std::string_view tag) const {
    return nodes_[k].leaf >= 0 && nodes_[k].label == tag;
  }

  // An NP that only lists other phrases: its kids are NPs, commas and
  // conjunctions (and bare nouns beside a conjunction: "Fornost and Bree").
  bool ListNp(int k) const {
    const Node& n = nodes_[k];
    if (n.leaf >= 0 || n.label != "NP") return false;
    bool np = false, cc = false, noun = false;
    for (const int c : n.kids) {
      if (IsLeafTagged(c, ",") || IsLeafTagged(c, "CC")) {
        cc = cc || IsLeafTagged(c, "CC");
        continue;
      }
      if (nodes_[c].leaf < 0 && nodes_[c].label == "NP") {
        np = true;
        continue;
      }
      const std::string& t = nodes_[c].label;
      if (nodes_[c].leaf >= 0 && (t == "NNP" || t == "NNPS" || t == "NN" || t == "NNS")) {
        noun = true;
        continue;
      }
      return false;
    }
    return np || (noun && cc);
  }

  void SpliceList(int k, std::vector<int>* out, int* members, int* conjunctions) const {
    if (!ListNp(k)) {
      if (IsLeafTagged(k, "CC")) ++*conjunctions;
      else if (!IsLeafTagged(k, ",")) ++*members;
      out->push_back(k);
      return;
    }
    for (const int c : nodes_[k].kids) SpliceList(c, out, members, conjunctions);
  }

  // The parser often splits a listed subject ("Mordor, the Shire, Fornost
  // and Bree welcomed ...") into appositions and dislocated phrases; Penn
  // trees, which PETRARCH's compound rule reads, have one NP listing the
  // members. Before a clause's verb phrase, a run of NPs, commas and
  // conjunctions holding a conjunction becomes that one flat list.
  void MergeSubjectLists(int node) {
    if (nodes_[node].leaf >= 0) return;
    for (const int k : std::vector<int>(nodes_[node].kids)) MergeSubjectLists(k);
    if (nodes_[node].label != "S") return;
    const std::vector<int> kids = nodes_[node].kids;
    size_t vp = 0;
    while (vp < kids.size() && !(nodes_[kids[vp]].leaf < 0 && nodes_[kids[vp]].label == "VP")) ++vp;
    if (vp == kids.size()) return;
    size_t start = vp;
    while (start > 0) {
      const int k = kids[start - 1];
      const bool np = nodes_[k].leaf < 0 && nodes_[k].label == "NP";
      if (!np && !IsLeafTagged(k, ",") && !IsLeafTagged(k, "CC")) break;
      --start;
    }
    while (start < vp && nodes_[kids[start]].leaf >= 0) ++start;  // open on a phrase
    if (vp - start < 2) return;
    std::vector<int> list;
    int members = 0, conjunctions = 0;
    for (size_t i = start; i < vp; ++i) SpliceList(kids[i], &list, &members, &conjunctions);
    // Commas closing the list stay outside it, before the verb phrase.
    std::vector<int> trailing;
    while (!list.empty() && IsLeafTagged(list.back(), ",")) {
      trailing.push_back(list.back());
      list.pop_back();
    }
    if (members < 2 || conjunctions == 0) return;
    std::vector<int> merged(kids.begin(), kids.begin() + static_cast<long>(start));
    merged.push_back(Make("NP", list));
    merged.insert(merged.end(), trailing.begin(), trailing.end());
    merged.insert(merged.end(), kids.begin() + static_cast<long>(vp), kids.end());
    std::sort(merged.begin(), merged.end(), [&](int a, int b) { return nodes_[a].first < nodes_[b].first; });
    nodes_[node].kids = std::move(merged);
  }

  void Emit(int node, int parent, PhraseTree* tree) {
    const Node& n = nodes_[node];
    if (n.leaf >= 0) {
      tree->AddWord(w_[n.leaf].form, n.label, parent);
      order_.push_back(n.leaf);
      return;
    }
    const int id = tree->AddNode(n.label, parent);
    for (const int k : n.kids) Emit(k, id, tree);
  }

  // When the parse is not projective the words cannot all stay in order
  // under this construction: a flat clause keeps the words and verbs.
  Result<PhraseTree> FlatFallback() {
    PhraseTree tree;
    const int root = tree.AddNode("ROOT", -1);
    const int s = tree.AddNode("FLAT", root);
    for (int i = 0; i < static_cast<int>(w_.size()); ++i) {
      if (cat_[i] == Cat::kVerb) {
        const int vp = tree.AddNode("VP", s);
        tree.AddWord(w_[i].form, tag_[i], vp);
      } else {
        tree.AddWord(w_[i].form, tag_[i], s);
      }
    }
    tree.ComputeSpans();
    return tree;
  }

  // Lifts each word whose arc crosses another until the tree is projective
  // (a dependent hangs from its head's head), so every phrase covers a
  // contiguous run of words.
  // "Old foes Gondor and Osgiliath have renewed ties": a parser may take the
  // opening noun for the root and the real clause for a relative clause
  // without relative word whose subject is the name right after the noun.
  // The clause becomes the root again, the noun its subject, and the name
  // the noun's apposition (flat when a single word), as Penn trees have it.
  void RerootZeroRelative() {
    const int n = static_cast<int>(w_.size());
    // Whether i lies in h's subtree without passing through `exclude`.
    auto under = [&](int i, int h, int exclude) {
      for (int k = i, steps = 0; k >= 0 && steps <= n; k = head_[k], ++steps) {
        if (k == exclude) return false;
        if (k == h) return true;
      }
      return false;
    };
    for (int r = 0; r < n; ++r) {
      if (head_[r] >= 0 || cat_[r] != Cat::kNoun) continue;
      for (int v = r + 1; v < n; ++v) {
        if (head_[v] != r || !Is(rel_[v], "acl") || cat_[v] != Cat::kVerb) continue;
        int subject = -1;
        bool relative_word = false;
        for (int i = 0; i < n; ++i) {
          if (head_[i] != v) continue;
          if (Is(rel_[i], "nsubj") && subject < 0) subject = i;
          const std::string& t = tag_[i];
          relative_word = relative_word || t == "WDT" || t == "WP" || t == "WP$" || Is(rel_[i], "mark");
        }
        if (subject < 0 || relative_word || subject < r) continue;
        if (tag_[subject] == "WDT" || tag_[subject] == "WP" || tag_[subject] == "PRP") continue;
        if (tag_[subject] != "NNP" && tag_[subject] != "NNPS") continue;
        int s_lo = subject;
        for (int i = 0; i < n; ++i) {
          if (under(i, subject, -1)) s_lo = std::min(s_lo, i);
        }
        // The name follows the noun's own words directly.
        bool adjacent = s_lo > r;
        for (int k = r + 1; k < s_lo && adjacent; ++k) adjacent = under(k, r, v);
        if (!adjacent) continue;
        bool has_deps = false;
        for (int i = 0; i < n; ++i) has_deps = has_deps || head_[i] == subject;
        head_[v] = -1;
        rel_[v] = "root";
        head_[r] = v;
        rel_[r] = "nsubj";
        head_[subject] = r;
        rel_[subject] = has_deps ? "appos" : "flat";
        return;
      }
    }
  }

  // "X welcomed Y ..., the news agency said on Thursday": a closing clause
  // with its own subject and nothing but modifiers (no object, no clause of
  // its own) is the attribution of the sentence. Parsers hang it under the
  // main verb; Penn trees, which PETRARCH reads, put it on top with the
  // main clause beside its subject, so both verbs are coded.
  void PromoteFinalReport() {
    const int n = static_cast<int>(w_.size());
    int root = -1;
    for (int i = 0; i < n; ++i) {
      if (head_[i] < 0) {
        if (root >= 0) return;
        root = i;
      }
    }
    if (root < 0 || cat_[root] != Cat::kVerb) return;
    auto under = [&](int i, int h) {
      for (int k = i, steps = 0; k >= 0 && steps <= n; k = head_[k], ++steps) {
        if (k == h) return true;
      }
      return false;
    };
    for (int v = n - 1; v > root; --v) {
      if (head_[v] != root || cat_[v] != Cat::kVerb) continue;
      const std::string& r = rel_[v];
      if (!Is(r, "advcl") && !Is(r, "parataxis") && !Is(r, "ccomp") && !Is(r, "conj") && !Is(r, "dep")) continue;
      bool subject = false, complement = false;
      int lo = v, hi = v;
      for (int i = 0; i < n; ++i) {
        if (head_[i] == v) {
          subject = subject || Is(rel_[i], "nsubj");
          complement = complement || Is(rel_[i], "obj") || Is(rel_[i], "dobj") || Is(rel_[i], "ccomp") ||
                       Is(rel_[i], "xcomp") || Is(rel_[i], "iobj") || Is(rel_[i], "mark") || Is(rel_[i], "cc");
        }
        if (under(i, v)) {
          lo = std::min(lo, i);
          hi = std::max(hi, i);
        }
      }
      if (!subject || complement) return;
      bool closes = true;
      for (int i = hi + 1; i < n && closes; ++i) closes = Is(rel_[i], "punct");
      const bool after_comma = w_[lo].form == "," || (lo > 0 && w_[lo - 1].form == ",");
      if (!closes || !after_comma) return;
      head_[v] = -1;
      rel_[v] = "root";
      head_[root] = v;
      rel_[root] = "ccomp";
      return;
    }
  }

  // ", the official news agency WFNA said": the parser may hang "agency" on
  // an earlier noun as its apposition and give "said" the name alone as
  // subject. A common noun right before a clause-opening name subject, with
  // nothing of its own after it, is the head of that subject.
  void JoinSplitSubjects() {
    const int n = static_cast<int>(w_.size());
    auto under = [&](int i, int h) {
      for (int k = i, steps = 0; k >= 0 && steps <= n; k = head_[k], ++steps) {
        if (k == h) return true;
      }
      return false;
    };
    for (int subject = 1; subject < n; ++subject) {
      const int v = head_[subject];
      if (v < 0 || !Is(rel_[subject], "nsubj") || cat_[v] != Cat::kVerb) continue;
      if (tag_[subject] != "NNP" && tag_[subject] != "NNPS") continue;
      int s_lo = subject;
      for (int i = 0; i < subject; ++i) {
        if (under(i, subject)) s_lo = std::min(s_lo, i);
      }
      const int noun = s_lo - 1;
      if (noun < 0 || under(noun, v) || !Is(rel_[noun], "appos")) continue;
      if (tag_[noun] != "NN" && tag_[noun] != "NNS") continue;
      bool ends_there = true;
      for (int i = noun + 1; i < n && ends_there; ++i) ends_there = !under(i, noun);
      if (!ends_there) continue;
      bool has_deps = false;
      for (int i = 0; i < n; ++i) has_deps = has_deps || head_[i] == subject;
      head_[noun] = v;
      rel_[noun] = "nsubj";
      head_[subject] = noun;
      rel_[subject] = has_deps ? "appos" : "flat";
    }
  }

  void Projectivize() {
    const int n = static_cast<int>(w_.size());
    head_.resize(n);
    for (int i = 0; i < n; ++i) head_[i] = w_[i].head;
    // Function words are leaves of the phrase they serve: a parser that
    // hangs a word on punctuation, a preposition or an auxiliary has it
    // hang on that word's head instead.
    auto function_word = [&](int d) {
      const std::string& r = rel_[d];
      return Is(r, "punct") || Is(r, "cc") || Is(r, "case") || Is(r, "mark") || Is(r, "aux") ||
             Is(r, "cop") || Is(r, "det");
    };
    for (int round = 0; round < 4; ++round) {
      for (int i = 0; i < n; ++i) {
        const int h = head_[i];
        if (h < 0 || !function_word(h) || head_[h] < 0) continue;
        if (Is(rel_[i], "fixed") || Is(rel_[i], "flat") || Is(rel_[i], "goeswith")) continue;
        head_[i] = head_[h];
      }
    }
    RerootZeroRelative();
    JoinSplitSubjects();
    PromoteFinalReport();
    // An adverb the parser hung on a subject noun it follows ("Romendacil
    // unexpectedly won't clash") modifies the verb.
    for (int d = 0; d < n; ++d) {
      const int h = head_[d];
      if (h < 0 || h > d || !Is(rel_[d], "advmod") || cat_[h] != Cat::kNoun || tag_[d] != "RB") continue;
      const int v = head_[h];
      if (v > d && Is(rel_[h], "nsubj") && cat_[v] == Cat::kVerb) head_[d] = v;
    }
    // "the ambassadors of Arnor, Osgiliath and Gondor": names conjoined to a
    // common noun across its "of" + name modifier list that name.
    for (int c = 0; c < n; ++c) {
      const int h = head_[c];
      if (h < 0 || h > c || !Is(rel_[c], "conj") || (tag_[c] != "NNP" && tag_[c] != "NNPS")) continue;
      if (tag_[h] != "NN" && tag_[h] != "NNS") continue;
      int name = -1;
      for (int m = h + 1; m < c; ++m) {
        if (head_[m] == h && Is(rel_[m], "nmod") && (tag_[m] == "NNP" || tag_[m] == "NNPS")) name = m;
      }
      if (name >= 0) head_[c] = name;
    }
    // The same list read as a second subject of the verb.
    for (int b = 0; b < n; ++b) {
      const int v = head_[b];
      if (v < 0 || !Is(rel_[b], "nsubj") || (tag_[b] != "NNP" && tag_[b] != "NNPS")) continue;
      for (int a = 0; a < b; ++a) {
        if (head_[a] != v || !Is(rel_[a], "nsubj") || (tag_[a] != "NN" && tag_[a] != "NNS")) continue;
        int name = -1;
        for (int m = a + 1; m < b; ++m) {
          if (head_[m] == a && Is(rel_[m], "nmod") && (tag_[m] == "NNP" || tag_[m] == "NNPS")) name = m;
        }
        if (name >= 0) {
          head_[b] = name;
          rel_[b] = "conj";
          for (int c = b + 1; c < n; ++c) {  // its own conjuncts join the one list
            if (head_[c] == b && Is(rel_[c], "conj")) head_[c] = name;
          }
        }
      }
    }
    // A noun's modifier after its last conjunct goes with that conjunct
    // ("sheep and goats of Gondor"), as Penn trees attach it.
    for (int h = 0; h < n; ++h) {
      if (cat_[h] != Cat::kNoun) continue;
      int last_conj = -1;
      for (int i = 0; i < n; ++i) {
        if (head_[i] == h && Is(rel_[i], "conj") && cat_[i] == Cat::kNoun) last_conj = std::max(last_conj, i);
      }
      if (last_conj < 0) continue;
      for (int i = last_conj + 1; i < n; ++i) {
        if (head_[i] == h && !Is(rel_[i], "punct") && !Is(rel_[i], "conj") && !Is(rel_[i], "cc") &&
            (Is(rel_[i], "nmod") || Is(rel_[i], "acl") || Is(rel_[i], "amod"))) {
          head_[i] = last_conj;
        }
      }
    }
    auto dominated = [&](int k, int h) {
      for (int steps = 0; k >= 0 && steps <= n; k = head_[k], ++steps) {
        if (k == h) return true;
      }
      return false;
    };
    for (int round = 0; round < n; ++round) {
      bool changed = false;
      for (int d = 0; d < n; ++d) {
        const int h = head_[d];
        if (h < 0) continue;
        const int lo = std::min(d, h), hi = std::max(d, h);
        for (int k = lo + 1; k < hi; ++k) {
          if (!dominated(k, h) && head_[h] >= 0) {
            head_[d] = head_[h];
            changed = true;
            break;
          }
        }
      }
      if (!changed) break;
    }
    for (auto& list : deps_) list.clear();
    for (int i = 0; i < n; ++i) {
      if (head_[i] >= 0) deps_[head_[i]].push_back(i);
    }
  }

  bool HasDep(int h, std::string_view rel) const {
    for (const int d : deps_[h]) {
      if (Is(rel_[d], rel)) return true;
    }
    return false;
  }

  bool IsPossessiveMark(int d) const {
    return Is(rel_[d], "case") && (tag_[d] == "POS" || w_[d].form == "'s" || w_[d].form == "'" ||
                                   w_[d].form == "’s");
  }

  void SubtreeLeaves(int h, std::vector<int>* out) const {
    out->push_back(h);
    for (const int d : deps_[h]) SubtreeLeaves(d, out);
  }

  // All words of d's subtree as flat preterminals.
  void Flatten(int d, std::vector<int>* kids) {
    std::vector<int> leaves;
    SubtreeLeaves(d, &leaves);
    std::sort(leaves.begin(), leaves.end());
    for (const int l : leaves) kids->push_back(Leaf(l));
  }

  bool IsPredicate(int h) const {
    return cat_[h] == Cat::kVerb || HasDep(h, "cop") ||
           ((cat_[h] == Cat::kAdj || cat_[h] == Cat::kNoun) && HasDep(h, "nsubj"));
  }

  int Project(int h, bool need_s) {
    if (IsPredicate(h)) return Clause(h, need_s ? ClauseKind::kClause : KindFor(h));
    if (cat_[h] == Cat::kNoun) return Nominal(h, {});
    std::vector<int> kids{Leaf(h)};
    for (const int d : deps_[h]) {
      if (!pulled_[d]) kids.push_back(Dependent(d));  // a conjunct's cc is the coordination's
    }
    if (kids.size() == 1) return kids[0];
    return Make(cat_[h] == Cat::kAdj ? "ADJP" : cat_[h] == Cat::kAdv ? "ADVP" : "X", kids);
  }

  int Dependent(int d) {
    if (Is(rel_[d], "punct")) return Leaf(d);
    return Project(d, false);
  }

  enum class ClauseKind { kClause, kBareVerbPhrase };

  ClauseKind KindFor(int h) const {
    const std::string& r = rel_[h];
    if (Is(r, "acl") && !Is(r, "acl:relcl")) return ClauseKind::kBareVerbPhrase;
    if (Is(r, "amod")) return ClauseKind::kBareVerbPhrase;
    return ClauseKind::kClause;
  }

  // A noun and its dependents; `skip` holds dependents handled by a caller.
  int Nominal(int h, const std::vector<int>& skip_in) {
    std::vector<int> run, leading;
    CaseRun(h, &run, &leading);
    std::vector<int> skip = skip_in;
    skip.insert(skip.end(), leading.begin(), leading.end());
    if (!leading.empty()) {
      std::vector<int> kids;
      for (const int d : leading) {
        if (std::find(skip_in.begin(), skip_in.end(), d) == skip_in.end() && !pulled_[d]) {
          kids.push_back(Is(rel_[d], "case") ? Leaf(d) : Dependent(d));
        }
      }
      kids.push_back(NominalCore(h, skip));
      return Make("NP", kids);
    }
    return NominalCore(h, skip);
  }

  int NominalCore(int h, const std::vector<int>& skip) {
    auto skipped = [&](int d) { return std::find(skip.begin(), skip.end(), d) != skip.end(); };
    // Punctuation opening the phrase (", the official news agency") stands
    // outside it, as in Penn trees, so the comma still delimits a clause.
    int leftmost_word = h;
    for (const int d : deps_[h]) {
      if (!skipped(d) && !pulled_[d] && !Is(rel_[d], "punct") && d < leftmost_word) {
        std::vector<int> sub;
        SubtreeLeaves(d, &sub);
        leftmost_word = std::min(leftmost_word, *std::min_element(sub.begin(), sub.end()));
      }
    }
    std::vector<int> edge_punct;
    for (const int d : deps_[h]) {
      if (!skipped(d) && !pulled_[d] && Is(rel_[d], "punct") && d < leftmost_word) {
        edge_punct.push_back(d);
        pulled_[d] = 1;
      }
    }
    std::vector<int> base{Leaf(h)};
    std::vector<int> post;
    std::vector<int> cases;
    std::vector<int> conjuncts;
    std::vector<int> coord;  // cc and commas of the coordination
    for (const int d : deps_[h]) {
      if (skipped(d) || pulled_[d]) continue;
      const std::string& r = rel_[d];
      if (IsPossessiveMark(d)) {
        base.push_back(Leaf(d));
      } else if (Is(r, "case") && d < h) {
        cases.push_back(d);
      } else if (Is(r, "conj")) {
        conjuncts.push_back(d);
      } else if (Is(r, "cc")) {
        coord.push_back(Leaf(d));
      } else if (d < h && (Is(r, "nmod:poss") || std::any_of(deps_[d].begin(), deps_[d].end(),
                                                              [&](int x) { return IsPossessiveMark(x); }))) {
        base.push_back(Nominal(d, {}));  // the possessor: an inner NP ending in POS
      } else if (d < h && Is(r, "amod") && cat_[d] == Cat::kAdj && HasDep(d, "conj")) {
        // Coordinated adjectives are one ADJP ("awful and evil minister"),
        // not a coordination of the noun phrase.
        std::vector<int> adj;
        Flatten(d, &adj);
        base.push_back(Make("ADJP", adj));
      } else if (d < h && (Is(r, "det") || Is(r, "amod") || Is(r, "compound") || Is(r, "nummod") ||
                           Is(r, "flat") || Is(r, "fixed") || Is(r, "advmod") || Is(r, "nmod:npmod") ||
                           Is(r, "goeswith") || Is(r, "punct") || Is(r, "dep"))) {
        Flatten(d, &base);
      } else if (d > h && (Is(r, "flat") || Is(r, "fixed") || Is(r, "goeswith") ||
                           (Is(r, "compound") && deps_[d].empty()))) {
        Flatten(d, &base);
      } else if (Is(r, "punct") && !conjuncts.empty()) {
        coord.push_back(Leaf(d));
      } else {
        post.push_back(d);
      }
    }
    // Coordination cc / commas attached to the conjuncts (UD v2) belong to
    // the coordination.
    std::vector<int> conj_skip;
    for (const int c : conjuncts) {
      for (const int d : deps_[c]) {
        if (d < c && !pulled_[d] && (Is(rel_[d], "cc") || Is(rel_[d], "punct"))) {
          coord.push_back(Leaf(d));
          conj_skip.push_back(d);
          pulled_[d] = 1;
        }
      }
    }
    // Commas attached to the head between conjuncts are coordination too.
    if (!conjuncts.empty()) {
      std::vector<int> keep;
      for (const int d : post) {
        if (Is(rel_[d], "punct") && d < conjuncts.back()) coord.push_back(Leaf(d));
        else keep.push_back(d);
      }
      post = std::move(keep);
    }
    auto bare = [&](int c) {
      for (const int d : deps_[c]) {
        if (std::find(conj_skip.begin(), conj_skip.end(), d) != conj_skip.end()) continue;
        const std::string& r = rel_[d];
        if (!(Is(r, "flat") || Is(r, "compound") || Is(r, "fixed"))) return false;
      }
      return true;
    };
    if (conjuncts.empty() && !coord.empty()) {
      // A conjunction left without a conjunct (a parse error) stays a word.
      if (post.empty()) base.insert(base.end(), coord.begin(), coord.end());
      else for (const int c : coord) post_leaves_.push_back(c);
      coord.clear();
    }
    int np;
    const bool flat_coordination =
        !conjuncts.empty() && post.empty() && std::all_of(conjuncts.begin(), conjuncts.end(), bare);
    if (flat_coordination) {
      // A multi-word name among the conjuncts keeps its words together, as
      // Penn trees do: (NP (NP Minas Tirith) (CC and) (NNP Osgiliath)).
      auto name = [&](const std::vector<int>& nodes) {
        return nodes.size() >= 2 && std::all_of(nodes.begin(), nodes.end(), [&](int k) {
                 return IsLeafTagged(k, "NNP") || IsLeafTagged(k, "NNPS");
               });
      };
      std::vector<int> kids;
      if (name(base)) kids.push_back(Make("NP", base));
      else kids = base;
      kids.insert(kids.end(), coord.begin(), coord.end());
      for (const int c : conjuncts) {
        std::vector<int> leaves;
        SubtreeLeaves(c, &leaves);
        std::sort(leaves.begin(), leaves.end());
        std::vector<int> words;
        for (const int l : leaves) {
          if (!pulled_[l]) words.push_back(Leaf(l));
        }
        if (name(words)) kids.push_back(Make("NP", words));
        else kids.insert(kids.end(), words.begin(), words.end());
      }
      np = Make("NP", kids);
    } else {
      // Post-modifiers after the last conjunct are shared by the
      // coordination ("a bombing and shelling offensive against X").
      std::vector<int> post_inner, post_shared;
      for (const int d : post) {
        if (!conjuncts.empty() && d > conjuncts.back()) post_shared.push_back(d);
        else post_inner.push_back(d);
      }
      np = Make("NP", base);
      // Several post-modifiers nest from the left, as Penn trees do:
      // (NP (NP (NP a resumption) (PP of ties)) (PP with Osgiliath)), so
      // each NP + PP pair can be one actor phrase.
      for (const int d : post_inner) {
        if (Is(rel_[d], "punct")) {
          np = Make("NP", {np, Leaf(d)});
        } else {
          np = Make("NP", {np, Dependent(d)});
        }
      }
      if (!post_leaves_.empty()) {
        std::vector<int> kids{np};
        kids.insert(kids.end(), post_leaves_.begin(), post_leaves_.end());
        post_leaves_.clear();
        np = Make("NP", kids);
      }
      if (!conjuncts.empty()) {
        std::vector<int> kids{np};
        kids.insert(kids.end(), coord.begin(), coord.end());
        for (const int c : conjuncts) {
          kids.push_back(cat_[c] == Cat::kNoun ? Nominal(c, conj_skip) : Project(c, false));
        }
        for (const int d : post_shared) kids.push_back(Dependent(d));
        np = Make("NP", kids);
      }
    }
    if (!edge_punct.empty()) {
      std::vector<int> kids{np};
      for (const int d : edge_punct) kids.push_back(Leaf(d));
      np = Make("NP", kids);
    }
    if (cases.empty()) return np;
    std::vector<int> kids;
    for (const int c : cases) Flatten(c, &kids);
    kids.push_back(np);
    return Make("PP", kids);
  }

  // The case markers that head h's PP: the run of case dependents right
  // before the rest of the phrase ("out of"). Left dependents before that
  // run ("almost five years after crowds", or an earlier stray marker) cannot
  // sit inside the PP without breaking word order: they become phrases
  // beside it (`leading`).
  void CaseRun(int h, std::vector<int>* run, std::vector<int>* leading) const {
    std::vector<int> cases;
    for (const int d : deps_[h]) {
      if (Is(rel_[d], "case") && d < h && !IsPossessiveMark(d) && !pulled_[d]) cases.push_back(d);
    }
    if (cases.empty()) return;
    std::sort(cases.begin(), cases.end());
    size_t k = cases.size() - 1;
    while (k > 0 && cases[k - 1] + 1 == cases[k]) --k;
    run->assign(cases.begin() + static_cast<long>(k), cases.end());
    for (const int d : deps_[h]) {
      if (d < run->front() && !pulled_[d]) leading->push_back(d);
    }
  }

  // A predicate (verb, or adjective/noun with a copula) and its clause.
  int Clause(int h, ClauseKind kind) {
    std::vector<int> subjects, auxes, marks, conjuncts, coord, left, right;
    int to_mark = -1;
    const bool has_conj = HasDep(h, "conj");
    for (const int d : deps_[h]) {
      if (pulled_[d]) continue;
      const std::string& r = rel_[d];
      if (Is(r, "nsubj") || Is(r, "csubj") || Is(r, "expl")) subjects.push_back(d);
      else if ((Is(r, "aux") || Is(r, "cop")) && d < h) auxes.push_back(d);
      else if (Is(r, "mark") && d < h) {
        if (tag_[d] == "TO" || UpperAscii(w_[d].form) == "TO") to_mark = d;
        else marks.push_back(d);
      } else if (Is(r, "conj")) conjuncts.push_back(d);
      else if (Is(r, "cc") && has_conj && d > h) coord.push_back(d);
      else if (d < h) left.push_back(d);
      else right.push_back(d);
    }
    // cc and commas on the conjuncts (UD v2) belong to the coordination.
    std::vector<int> conj_skip;
    for (const int c : conjuncts) {
      for (const int d : deps_[c]) {
        if (d < c && !pulled_[d] && (Is(rel_[d], "cc") || Is(rel_[d], "punct"))) {
          coord.push_back(d);
          conj_skip.push_back(d);
          pulled_[d] = 1;
        }
      }
    }
    // Commas between the verb and a conjunct go with the coordination.
    const int last_conj = conjuncts.empty() ? INT_MAX : conjuncts.back();
    const int first_conj = conjuncts.empty() ? INT_MAX : conjuncts.front();
    std::vector<int> right_kept;
    for (const int d : right) {
      if (!conjuncts.empty() && Is(rel_[d], "punct") && d > h && d < first_conj && d < last_conj &&
          std::none_of(right.begin(), right.end(), [&](int x) { return x > d && x < first_conj && !Is(rel_[x], "punct"); })) {
        coord.push_back(d);
      } else {
        right_kept.push_back(d);
      }
    }
    right = std::move(right_kept);
    // Final punctuation and commas outside the verb phrase go to the clause.
    int last_inner = h;
    for (const int d : right) {
      if (!Is(rel_[d], "punct")) last_inner = std::max(last_inner, d);
    }
    std::vector<int> clause_punct;
    {
      std::vector<int> keep;
      for (const int d : right) {
        if (Is(rel_[d], "punct") && d > last_inner) clause_punct.push_back(d);
        else keep.push_back(d);
      }
      right = std::move(keep);
    }
    // The core phrase of the predicate.
    int core;
    if (cat_[h] == Cat::kVerb) {
      std::vector<int> kids{Leaf(h)};
      for (const int d : right) kids.push_back(Dependent(d));
      core = Make("VP", kids);
    } else {
      // Copular predicate: its own modifiers after the copula stay with it.
      const int first_aux = auxes.empty() ? -1 : *std::max_element(auxes.begin(), auxes.end());
      std::vector<int> skip = subjects;
      skip.insert(skip.end(), auxes.begin(), auxes.end());
      skip.insert(skip.end(), marks.begin(), marks.end());
      skip.insert(skip.end(), conjuncts.begin(), conjuncts.end());
      skip.insert(skip.end(), coord.begin(), coord.end());
      skip.insert(skip.end(), clause_punct.begin(), clause_punct.end());
      if (to_mark >= 0) skip.push_back(to_mark);
      std::vector<int> remaining_left;
      for (const int d : left) {
        if (d < first_aux) {
          skip.push_back(d);
          remaining_left.push_back(d);
        }
      }
      left = std::move(remaining_left);
      if (cat_[h] == Cat::kNoun) {
        core = Nominal(h, skip);
      } else {
        std::vector<int> kids{Leaf(h)};
        for (const int d : deps_[h]) {
          if (std::find(skip.begin(), skip.end(), d) == skip.end() && !pulled_[d]) kids.push_back(Dependent(d));
        }
        core = kids.size() == 1 ? kids[0] : Make(cat_[h] == Cat::kAdj ? "ADJP" : "ADVP", kids);
      }
    }
    // Auxiliaries wrap the core from the inside out; words between an
    // auxiliary and the next ("will not ever clash") stay with the first.
    std::sort(auxes.begin(), auxes.end());
    int cur = core;
    std::vector<int> left_outer;  // left dependents before the first auxiliary
    const int first_verbal = auxes.empty() ? h : auxes.front();
    for (const int d : left) {
      if (d < first_verbal) left_outer.push_back(d);
    }
    for (int k = static_cast<int>(auxes.size()) - 1; k >= 0; --k) {
      const int a = auxes[k];
      const int next = k + 1 < static_cast<int>(auxes.size()) ? auxes[k + 1] : h;
      std::vector<int> kids{Leaf(a)};
      for (const int d : left) {
        if (d > a && d < next) kids.push_back(Dependent(d));
      }
      kids.push_back(cur);
      cur = Make("VP", kids);
    }
    if (auxes.empty()) {
      // Adverbs right before a bare verb stay outside its VP (Penn style).
      for (const int d : left) {
        if (d >= first_verbal) left_outer.push_back(d);
      }
    }
    if (to_mark >= 0) cur = Make("VP", {Leaf(to_mark), cur});
    // Conjoined predicates without their own subject share this one.
    std::vector<int> clause_conj;
    if (!conjuncts.empty()) {
      std::vector<int> kids{cur};
      for (const int d : coord) kids.push_back(Leaf(d));
      bool any_vp = false;
      for (const int c : conjuncts) {
        const bool own_subject = HasDep(c, "nsubj") || HasDep(c, "csubj");
        if (IsPredicate(c) && !own_subject) {
          kids.push_back(ConjunctPhrase(c));
          any_vp = true;
        } else {
          clause_conj.push_back(c);
        }
      }
      if (any_vp) {
        cur = Make("VP", kids);
      } else {
        // Only clausal conjuncts: the coordination words go to the clause.
        for (const int d : coord) clause_punct.push_back(d);
      }
    }
    if (kind == ClauseKind::kBareVerbPhrase && subjects.empty() && marks.empty() && clause_conj.empty()) {
      std::vector<int> kids{cur};
      for (const int d : left_outer) kids.push_back(Dependent(d));
      for (const int d : clause_punct) kids.push_back(Leaf(d));
      return kids.size() == 1 ? cur : Make("VP", kids);
    }
    std::vector<int> s_kids{cur};
    for (const int d : subjects) s_kids.push_back(Project(d, false));
    for (const int d : left_outer) s_kids.push_back(Dependent(d));
    // With clausal conjuncts the clause's punctuation closes the whole
    // coordination (it may follow the conjuncts).
    if (clause_conj.empty()) {
      for (const int d : clause_punct) s_kids.push_back(Leaf(d));
    }
    int s = Make("S", s_kids);
    if (!clause_conj.empty()) {
      std::vector<int> kids{s};
      for (const int c : clause_conj) kids.push_back(Project(c, true));
      for (const int d : clause_punct) kids.push_back(Leaf(d));
      s = Make("S", kids);
    }
    if (!marks.empty()) {
      std::vector<int> kids;
      for (const int m : marks) Flatten(m, &kids);
      kids.push_back(s);
      s = Make("SBAR", kids);
    }
    if (Is(rel_[h], "acl:relcl")) s = Make("SBAR", {s});
    return s;
  }

  // A conjoined predicate sharing the subject: its verb phrase only (the
  // cc and commas it carries are already in the coordination).
  int ConjunctPhrase(int c) { return Clause(c, ClauseKind::kBareVerbPhrase); }

  const std::vector<DepWord>& w_;
  std::vector<std::string> rel_;
  std::vector<std::string> tag_;
  std::vector<Cat> cat_;
  std::vector<std::vector<int>> deps_;
  std::vector<Node> nodes_;
  std::vector<int> order_;
  std::vector<uint8_t> pulled_;  // cc / commas already placed in a coordination
  std::vector<int> head_;        // heads after Projectivize
  std::vector<int> post_leaves_;  // stray words placed with a phrase's post-modifiers
};

}  // namespace

Result<PhraseTree> TreeFromDependencies(const std::vector<DepWord>& words) {
  return Converter(words).Run();
}

std::vector<DepWord> DependencyWords(const Document& doc, const Sentence& s) {
  std::vector<DepWord> out;
  out.reserve(s.token_count);
  for (const Token& t : doc.tokens(s)) {
    DepWord w;
    w.form = std::string(doc.Form(t));
    w.xpos = std::string(XposName(t.xpos));
    w.upos = std::string(UposName(t.upos));
    w.deprel = std::string(DeprelName(t.deprel));
    w.head = t.head;
    out.push_back(std::move(w));
  }
  return out;
}

Result<std::vector<DepWord>> ParseConlluSentence(std::string_view rows) {
  std::vector<DepWord> words;
  std::vector<int> heads;
  size_t start = 0;
  int line = 0;
  while (start < rows.size()) {
    size_t end = rows.find('\n', start);
    if (end == std::string_view::npos) end = rows.size();
    std::string_view row = Trim(rows.substr(start, end - start));
    start = end + 1;
    ++line;
    if (row.empty() || row.front() == '#') continue;
    std::vector<std::string_view> cols;
    size_t c0 = 0;
    while (c0 <= row.size()) {
      size_t tab = row.find('\t', c0);
      if (tab == std::string_view::npos) tab = row.size();
      cols.push_back(row.substr(c0, tab - c0));
      c0 = tab + 1;
    }
    if (cols.size() < 8) return Status::Corrupt("CoNLL-U row " + std::to_string(line) + ": fewer than 8 columns");
    if (cols[0].find_first_of("-.") != std::string_view::npos) continue;  // multi-word token or empty node
    int head = 0;
    for (const char ch : cols[6]) {
      if (ch < '0' || ch > '9') return Status::Corrupt("CoNLL-U row " + std::to_string(line) + ": bad head");
      head = head * 10 + (ch - '0');
      if (head > 100000) return Status::Corrupt("CoNLL-U row " + std::to_string(line) + ": bad head");
    }
    DepWord w;
    w.form = std::string(cols[1]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    w.deprel = std::string(cols[7]);
    w.head = head - 1;
    words.push_back(std::move(w));
  }
  if (words.empty()) return Status::Corrupt("CoNLL-U: no words");
  return words;
}

Result<std::vector<PhraseTree>> DocumentTrees(const Document& doc) {
  std::vector<PhraseTree> trees;
  for (const Sentence& s : doc.sentences()) {
    auto tree = TreeFromDependencies(DependencyWords(doc, s));
    if (!tree.ok()) return tree.status();
    trees.push_back(std::move(tree).value());
  }
  return trees;
}

std::string SplitUnderscoreJoins(std::string_view text) {
  std::string out(text);
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (size_t i = 1; i + 1 < out.size(); ++i) {
    if (out[i] == '_' && alnum(out[i - 1]) && alnum(out[i + 1])) out[i] = ' ';
  }
  return out;
}

}  // namespace dyad::peers
