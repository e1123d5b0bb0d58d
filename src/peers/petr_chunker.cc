#include "peers/petr_chunker.h"

#include <algorithm>
#include <functional>

namespace dyad::peers {
namespace {

constexpr size_t kMaxCompoundMembers = 64;

bool StartsWith(const std::string& s, char c) { return !s.empty() && s[0] == c; }

// A run of a mention's words: plain words, or the members of a compound.
struct Segment {
  std::vector<int> words;
  std::vector<std::vector<int>> members;  // non-empty: a compound
};

class Builder {
 public:
  Builder(const PhraseTree& t, ChunkedSentence* out) : t_(t), out_(out) {
    nec_.assign(t.nodes.size(), 0);
    out_->plain.assign(t.nodes.size(), 0);
  }

  void Run() {
    MarkCompounds();
    MarkReducedClauses();
    if (t_.root >= 0) Visit(t_.root);
  }

 private:
  const std::string& Label(int n) const { return t_.nodes[n].label; }

  // Calls f(node) for every proper descendant of n in document order, not
  // entering nodes marked plain (their words are plain text).
  template <typename F>
  void ForDescendants(int n, F&& f) const {
    for (const int c : t_.nodes[n].children) {
      f(c);
      if (!out_->plain[c]) ForDescendants(c, f);
    }
  }

  bool HasDescendant(int n, const std::function<bool(int)>& pred) const {
    bool found = false;
    ForDescendants(n, [&](int c) { found = found || pred(c); });
    return found;
  }

  void MarkCompounds() {
    for (int w = 0; w < static_cast<int>(t_.words.size()); ++w) {
      if (t_.tags[w] != "CC") continue;
      const int p = t_.nodes[t_.preterminal[w]].parent;
      if (p < 0 || Label(p) != "NP") continue;
      bool clause = false;
      int ccs = 0;
      int nominals = 1;  // p itself
      std::function<void(int)> walk = [&](int n) {
        for (const int c : t_.nodes[n].children) {
          const std::string& l = Label(c);
          if (l == "VP" || StartsWith(l, 'S')) clause = true;
          if (l == "CC") ++ccs;
          if (StartsWith(l, 'N')) ++nominals;
          walk(c);
        }
      };
      walk(p);
      if (!clause && ccs == 1 && nominals >= 3) nec_[p] = 1;
    }
  }

  // A clause inside a noun phrase ("the man who ...") is reduced to words.
  void MarkReducedClauses() {
    for (int n = 0; n < static_cast<int>(t_.nodes.size()); ++n) {
      if (Label(n) != "NP") continue;
      std::function<void(int)> walk = [&](int m) {
        for (const int c : t_.nodes[m].children) {
          if (Label(c) == "SBAR") {
            MarkPlain(c);
          } else {
            walk(c);
          }
        }
      };
      walk(n);
    }
  }

  void MarkPlain(int n) {
    out_->plain[n] = 1;
    for (const int c : t_.nodes[n].children) MarkPlain(c);
  }

  void Leaves(int n, std::vector<int>* out, int skip_leaf = -1) const {
    const TreeNode& node = t_.nodes[n];
    if (node.leaf >= 0) {
      if (node.leaf != skip_leaf) out->push_back(node.leaf);
      return;
    }
    for (const int c : node.children) Leaves(c, out, skip_leaf);
  }

  // Members of a compound NP.
  std::vector<std::vector<int>> CompoundMembers(int nec) const {
    std::vector<std::vector<int>> members;
    std::vector<int> adjectives;
    bool seen_noun = false;
    std::function<void(int)> walk = [&](int n) {
      for (const int c : t_.nodes[n].children) {
        const std::string& l = Label(c);
        if (l.starts_with("NP") || l.starts_with("NN")) {
          std::vector<int> words;
          if (t_.nodes[c].leaf >= 0) words = adjectives;
          Leaves(c, &words);
          members.push_back(std::move(words));
          seen_noun = true;
        } else if (t_.nodes[c].leaf >= 0) {
          if (!seen_noun && l.starts_with("JJ")) adjectives.push_back(t_.nodes[c].leaf);
        } else {
          walk(c);
        }
      }
    };
    walk(nec);
    return members;
  }

  // The segments of the words under n (compounds kept apart).
  void Segments(int n, std::vector<Segment>* segs, int skip_leaf = -1) const {
    auto plain_word = [&](int leaf) {
      if (leaf == skip_leaf) return;
      if (segs->empty() || !segs->back().members.empty()) segs->emplace_back();
      segs->back().words.push_back(leaf);
    };
    std::function<void(int)> walk = [&](int m) {
      const TreeNode& node = t_.nodes[m];
      if (node.leaf >= 0) {
        plain_word(node.leaf);
        return;
      }
      if (nec_[m] && m != n) {
        Segment s;
        s.members = CompoundMembers(m);
        if (s.members.empty()) {
          std::vector<int> ws;
          Leaves(m, &ws);
          for (const int w : ws) plain_word(w);
        } else {
          segs->push_back(std::move(s));
        }
        return;
      }
      for (const int c : node.children) walk(c);
    };
    walk(n);
  }

  // One mention (or a compound of mentions) over node n's span.
  void AddPhrase(int n, const std::vector<Segment>& segs) {
    std::vector<std::vector<int>> results{{}};
    for (const Segment& s : segs) {
      if (s.members.empty()) {
        for (auto& r : results) r.insert(r.end(), s.words.begin(), s.words.end());
        continue;
      }
      std::vector<std::vector<int>> next;
      for (const auto& r : results) {
        for (const auto& m : s.members) {
          if (next.size() >= kMaxCompoundMembers) break;
          auto combined = r;
          combined.insert(combined.end(), m.begin(), m.end());
          next.push_back(std::move(combined));
        }
      }
      results = std::move(next);
    }
    const TreeNode& node = t_.nodes[n];
    const bool compound = std::any_of(segs.begin(), segs.end(), [](const Segment& s) { return !s.members.empty(); });
    int group = -1;
    if (compound) {
      group = static_cast<int>(out_->groups.size());
      out_->groups.push_back(MentionGroup{node.first, node.last, {}});
    }
    for (auto& words : results) {
      if (words.empty()) continue;
      Mention m;
      m.words = std::move(words);
      m.first = node.first;
      m.last = node.last;
      m.group = group;
      if (group >= 0) out_->groups[group].members.push_back(static_cast<int>(out_->mentions.size()));
      out_->mentions.push_back(std::move(m));
    }
    for (int w = node.first; w <= node.last; ++w) out_->covered[w] = 1;
    MarkPlain(n);
  }

  // NP + PP(prep NP) as one phrase; false when n does not have that shape.
  bool TryPrepositional(int n) {
    int pp = -1;
    ForDescendants(n, [&](int c) {
      if (pp < 0 && Label(c) == "PP") pp = c;
    });
    if (pp < 0 || t_.nodes[pp].parent != n) return false;
    const std::vector<int>& kids = t_.nodes[n].children;
    if (kids.empty() || Label(kids[0]) != "NP" || kids[0] == pp) return false;
    const std::vector<int>& pp_kids = t_.nodes[pp].children;
    if (pp_kids.empty() || t_.nodes[pp_kids[0]].leaf < 0 ||
        (Label(pp_kids[0]) != "IN" && Label(pp_kids[0]) != "TO")) {
      return false;
    }
    int object = -1;
    for (size_t i = 1; i < pp_kids.size() && object < 0; ++i) {
      if (Label(pp_kids[i]) == "NP") object = pp_kids[i];
    }
    if (object < 0) return false;
    if (HasDescendant(object, [&](int c) { return Label(c) == "PP"; })) return false;
    std::vector<Segment> segs;
    if (nec_[kids[0]]) {
      Segment s;
      s.members = CompoundMembers(kids[0]);
      segs.push_back(std::move(s));
    } else {
      Segments(kids[0], &segs);
    }
    segs.emplace_back();
    segs.back().words.push_back(t_.nodes[pp_kids[0]].leaf);
    if (nec_[object]) {
      Segment s;
      s.members = CompoundMembers(object);
      segs.push_back(std::move(s));
    } else {
      Segments(object, &segs);
    }
    // A reduced clause closing the phrase keeps its words.
    for (size_t i = 1; i < kids.size(); ++i) {
      if (Label(kids[i]) == "SBAR" && t_.nodes[kids[i]].first > t_.nodes[pp].last) {
        Segment s;
        Leaves(kids[i], &s.words);
        segs.push_back(std::move(s));
      }
    }
    AddPhrase(n, segs);
    return true;
  }

  void Visit(int n) {
    if (out_->plain[n]) return;
    if (Label(n) == "NP") {
      if (nec_[n]) {
        Segment s;
        s.members = CompoundMembers(n);
        if (!s.members.empty()) {
          AddPhrase(n, {s});
          return;
        }
      }
      int pos_leaf = -1;
      ForDescendants(n, [&](int c) {
        if (pos_leaf < 0 && Label(c) == "POS" && t_.nodes[c].leaf >= 0) pos_leaf = t_.nodes[c].leaf;
      });
      if (pos_leaf >= 0) {
        std::vector<Segment> segs;
        Segments(n, &segs, pos_leaf);
        AddPhrase(n, segs);
        return;
      }
      const bool has_pp = HasDescendant(n, [&](int c) { return Label(c) == "PP"; });
      if (has_pp) {
        if (TryPrepositional(n)) return;
      } else if (!HasDescendant(n, [&](int c) { return Label(c) == "NP"; })) {
        std::vector<Segment> segs;
        Segments(n, &segs);
        AddPhrase(n, segs);
        return;
      }
    }
    for (const int c : t_.nodes[n].children) Visit(c);
  }

  const PhraseTree& t_;
  ChunkedSentence* out_;
  std::vector<uint8_t> nec_;
};

bool IsAlphaWord(const std::string& w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= 'a' && w[0] <= 'z'));
}

// Comma-clause deletion over the leaves, PETRARCH's order: initial,
// terminal, then internal clauses left to right.
void DeleteCommaClauses(const PhraseTree& t, const CommaOptions& o, ChunkedSentence* c) {
  const int n = static_cast<int>(t.words.size());
  auto is_comma = [&](int w) {
    // The word, not the tag: taggers also tag dashes and hyphens ",".
    return !c->deleted[w] && !c->covered[w] && t.words[w] == ",";
  };
  auto count = [&](int lo, int hi) {  // alphabetic words in [lo, hi)
    int k = 0;
    for (int w = std::max(lo, 0); w < hi && w < n; ++w) {
      if (!c->deleted[w] && IsAlphaWord(t.words[w])) ++k;
    }
    return k;
  };
  auto commas = [&] {
    std::vector<int> out;
    for (int w = 0; w < n; ++w) {
      if (is_comma(w)) out.push_back(w);
    }
    return out;
  };
  auto erase = [&](int lo, int hi) {
    for (int w = std::max(lo, 0); w < hi && w < n; ++w) c->deleted[w] = 1;
  };
  std::vector<int> cs = commas();
  if (cs.empty()) return;
  if (o.bmax != 0) {
    const int k = count(0, cs.front());
    if (k >= o.bmin && k <= o.bmax) erase(0, cs.front());
  }
  int end = n;  // final punctuation stays
  if (n > 0 && (t.tags[n - 1] == "." || t.words[n - 1] == "." || t.words[n - 1] == "!" ||
                t.words[n - 1] == "?")) {
    end = n - 1;
  }
  if (o.emax != 0) {
    const int last = cs.back();
    const int k = count(last, n);
    if (k >= o.emin && k <= o.emax) erase(last + 1, end);
  }
  if (o.max != 0) {
    cs = commas();
    for (size_t i = 0; i + 1 < cs.size(); ++i) {
      const int k = count(cs[i] + 1, cs[i + 1]);
      if (k >= o.min && k <= o.max) erase(cs[i], cs[i + 1]);
    }
  }
  cs = commas();
  if (!cs.empty() && count(0, cs.front()) == 0) c->deleted[cs.front()] = 1;
  cs = commas();
  if (!cs.empty() && count(cs.back() + 1, end) == 0) c->deleted[cs.back()] = 1;
}

void LayOut(const PhraseTree& t, ChunkedSentence* c) {
  const int n = static_cast<int>(t.words.size());
  // Top-level chunks starting at each leaf: a group, or a lone mention.
  std::vector<int> group_at(n, -1), mention_at(n, -1);
  for (int g = 0; g < static_cast<int>(c->groups.size()); ++g) group_at[c->groups[g].first] = g;
  for (int m = 0; m < static_cast<int>(c->mentions.size()); ++m) {
    if (c->mentions[m].group < 0) mention_at[c->mentions[m].first] = m;
  }
  auto push = [&](SeqItem item, int first, int last) {
    c->layout.push_back(item);
    c->item_first.push_back(first);
    c->item_last.push_back(last);
  };
  auto push_mention = [&](int m, int first, int last) {
    push({SeqItem::kActorStart, m}, first, last);
    for (const int w : c->mentions[m].words) push({SeqItem::kWord, w}, first, last);
    push({SeqItem::kActorEnd, m}, first, last);
  };
  for (int w = 0; w < n; ++w) {
    if (group_at[w] >= 0 || mention_at[w] >= 0) {
      const int first = w;
      const int last = group_at[w] >= 0 ? c->groups[group_at[w]].last : c->mentions[mention_at[w]].last;
      bool alive = false;
      for (int k = first; k <= last; ++k) alive = alive || !c->deleted[k];
      if (alive) {
        if (group_at[w] >= 0) {
          const int g = group_at[w];
          push({SeqItem::kGroupStart, g}, first, last);
          for (const int m : c->groups[g].members) push_mention(m, first, last);
          push({SeqItem::kGroupEnd, g}, first, last);
        } else {
          push_mention(mention_at[w], first, last);
        }
      }
      w = last;
      continue;
    }
    if (c->deleted[w]) continue;
    push({SeqItem::kWord, w}, w, w);
    if (t.words[w] == ",") c->commas.push_back(w);
  }
}

}  // namespace

ChunkedSentence ChunkSentence(const PhraseTree& tree, const CommaOptions& commas) {
  ChunkedSentence c;
  const size_t n = tree.words.size();
  c.deleted.assign(n, 0);
  c.covered.assign(n, 0);
  Builder(tree, &c).Run();
  DeleteCommaClauses(tree, commas, &c);
  LayOut(tree, &c);
  return c;
}

std::string MentionText(const Mention& m, const std::vector<std::string>& words) {
  std::string out;
  for (const int w : m.words) {
    if (!out.empty()) out += ' ';
    out += words[w];
  }
  return out;
}

void CodeMentions(const PeerDictionaries& dicts, const std::vector<std::string>& words, int32_t date,
                  ChunkedSentence* chunks) {
  // Mentions nest (an NP and the NPs inside it), so whether a word can open
  // an actor or agent phrase is looked up once per sentence word.
  enum : int8_t { kUnknown = -1, kNo = 0, kYes = 1 };
  std::vector<int8_t> may_actor(words.size(), kUnknown), may_agent(words.size(), kUnknown);
  auto may = [&](std::vector<int8_t>& cache, int w, bool actor) {
    if (cache[w] == kUnknown) {
      cache[w] = (actor ? dicts.actors.MayStartActor(words[w]) : dicts.actors.MayStartAgent(words[w])) ? kYes : kNo;
    }
    return cache[w] == kYes;
  };
  std::vector<std::string> phrase;
  for (Mention& m : chunks->mentions) {
    phrase.clear();
    for (const int w : m.words) phrase.push_back(words[w]);
    const int n = static_cast<int>(phrase.size());
    // The first actor in the phrase.
    std::string code;
    int actor_first = -1, actor_end = -1;
    for (int k = 0; k < n && actor_first < 0; ++k) {
      if (!may(may_actor, m.words[k], true)) continue;
      if (auto match = dicts.actors.MatchActor(phrase, k, n)) {
        code = std::string(dicts.actors.ActorCode(match->owner, date));
        if (code.empty()) code = "---";
        actor_first = k;
        actor_end = match->last + 1;
      }
    }
    // Agents anywhere else, in order.
    std::vector<const PeerAgent*> agents;
    for (int k = 0; k < n; ++k) {
      if (k >= actor_first && k < actor_end) continue;
      if (!may(may_agent, m.words[k], false)) continue;
      if (auto match = dicts.actors.MatchAgent(phrase, k, n)) {
        agents.push_back(&dicts.actors.agent(match->owner));
        k = match->last;
      }
    }
    if (agents.empty()) {
      m.code = code.empty() ? "---" : code;
      continue;
    }
    if (code.empty()) code = "---";
    for (const PeerAgent* a : agents) {
      // An agent already in the code (at a 3-letter boundary) ends the
      // composition, as in PETRARCH.
      bool duplicate = false;
      for (size_t k = 0; k + a->code.size() <= code.size(); k += 3) {
        if (code.compare(k, a->code.size(), a->code) == 0) {
          duplicate = true;
          break;
        }
      }
      if (duplicate) break;
      code = a->prefix ? a->code + code : code + a->code;
    }
    m.code = code;
  }
}

}  // namespace dyad::peers
