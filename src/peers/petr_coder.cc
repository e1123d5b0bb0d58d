#include "peers/petr_coder.h"

#include <algorithm>
#include <set>

#include "peers/peer_lines.h"

namespace dyad::peers {

std::string_view DispositionName(PeerDisposition d) {
  switch (d) {
    case PeerDisposition::kCoded: return "coded";
    case PeerDisposition::kDiscardSentence: return "sentencediscard";
    case PeerDisposition::kDiscardStory: return "storydiscard";
    case PeerDisposition::kBadParse: return "bad_input_parse";
    case PeerDisposition::kDateline: return "dateline";
    case PeerDisposition::kComplex: return "complex";
    case PeerDisposition::kTooShort: return "too_short";
  }
  return "?";
}

bool LooksLikeDateline(const std::vector<std::string>& words) {
  size_t caps = 0;
  while (caps < words.size() && caps < 4) {
    const std::string& w = words[caps];
    bool upper = w.size() >= 2;
    for (const char c : w) upper = upper && c >= 'A' && c <= 'Z';
    if (!upper) break;
    ++caps;
  }
  if (caps == 0 || caps >= words.size()) return false;
  const std::string& next = words[caps];
  return next == ":" || next == "--" || next == "-" || next == "\xE2\x80\x94";
}

namespace {

bool IsNullCode(const std::string& code) { return code.empty() || code == "---"; }

// Words PETRARCH steps over when it checks the fixed words of a multi-word verb.
bool SkippedInVerbPhrase(const std::string& w) {
  static const std::set<std::string> kSkip = {
      "THE", "A", "AN", "IT", "HE", "THEY", "HER", "HAS", "HAD", "HAVE", "SOME", "FEW", "THAT",
      "HUNDRED", "THOUSAND", "MILLION", "BILLION", "TRILLION", "DOZEN", "ONE", "TWO", "THREE",
      "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "DOLLAR", "DUCAT"};
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') return true;
  return kSkip.count(w) > 0;
}

struct VerbHit {
  std::vector<uint32_t> entries;  // entries of the same length that matched
  int start = 0;                  // first leaf of the verb phrase
  int end = 0;                    // last leaf
};

// The dictionary entries of the verb at `leaf` (longest multi-word form).
bool LookUpVerb(const PeerVerbDict& verbs, const std::vector<std::string>& words,
                const std::vector<uint8_t>& deleted, int leaf, VerbHit* hit) {
  int best_len = 0;
  verbs.ForEachVerbCandidate(words[leaf], [&](uint32_t id) {
    const VerbEntry& e = verbs.entry(id);
    if (!WordMatches(e.words[e.verb_index], words[leaf])) return;
    int start = leaf, end = leaf;
    // Fixed words after the verb.
    int pos = leaf + 1;
    for (size_t k = e.verb_index + 1; k < e.words.size(); ++k) {
      while (pos < static_cast<int>(words.size()) && (deleted[pos] || SkippedInVerbPhrase(words[pos])) &&
             !WordMatches(e.words[k], words[pos])) {
        ++pos;
      }
      if (pos >= static_cast<int>(words.size()) || !WordMatches(e.words[k], words[pos])) return;
      end = pos++;
    }
    // Fixed words before it.
    pos = leaf - 1;
    for (int k = e.verb_index - 1; k >= 0; --k) {
      while (pos >= 0 && (deleted[pos] || SkippedInVerbPhrase(words[pos])) &&
             !WordMatches(e.words[k], words[pos])) {
        --pos;
      }
      if (pos < 0 || !WordMatches(e.words[k], words[pos])) return;
      start = pos--;
    }
    const int len = static_cast<int>(e.words.size());
    if (len > best_len) {
      best_len = len;
      hit->entries.clear();
      hit->start = start;
      hit->end = end;
    }
    if (len == best_len) hit->entries.push_back(id);
  });
  return best_len > 0;
}

// The participle of a passive verb phrase, or -1.
int PassiveVerb(const PhraseTree& t, const std::vector<std::string>& words, int vp, int head_leaf) {
  const TreeNode& node = t.nodes[vp];
  int vbn = -1;
  for (int w = head_leaf + 1; w <= node.last; ++w) {
    if (t.tags[w] == "VBN") {
      vbn = w;
      break;
    }
  }
  if (vbn < 0) return -1;
  bool by = false;
  for (int w = vbn + 1; w <= node.last && !by; ++w) by = words[w] == "BY";
  if (!by) return -1;
  for (int w = head_leaf; w < vbn; ++w) {
    if (t.tags[w].starts_with("VB") && (words[w] == "WAS" || words[w] == "IS" || words[w] == "BEEN")) {
      return vbn;
    }
  }
  return -1;
}

// A chosen source or target: a mention or a compound.
struct Slot {
  int id = -1;
  bool group = false;
  bool ok() const { return id >= 0; }
};

// First coded (or compound) chunk in `items`, else the first uncoded one.
Slot FindTarget(const ChunkedSentence& c, const std::vector<SeqItem>& items) {
  for (const SeqItem& it : items) {
    if (it.kind == SeqItem::kGroupStart) return {it.index, true};
    if (it.kind == SeqItem::kActorStart && c.mentions[it.index].group < 0 &&
        !IsNullCode(c.mentions[it.index].code)) {
      return {it.index, false};
    }
  }
  for (const SeqItem& it : items) {
    if (it.kind == SeqItem::kActorStart) return {it.index, false};
  }
  return {};
}

// The first chunk (in text order) before the verb: a compound or a coded
// phrase whose code differs from the target's, else an uncoded one.
// PETRARCH-1 reads the words before the verb from the clause start, so the
// leftmost candidate (usually the subject) wins over nearer ones.
Slot FindSource(const ChunkedSentence& c, const std::vector<SeqItem>& items, const Slot& target) {
  const std::string target_code =
      target.ok() && !target.group && !IsNullCode(c.mentions[target.id].code)
          ? c.mentions[target.id].code
          : std::string("\x01");
  for (int pass = 0; pass < 2; ++pass) {
    for (const SeqItem& it : items) {
      if (it.kind == SeqItem::kGroupStart) {
        if (pass == 0) return {it.index, true};
        continue;
      }
      if (it.kind != SeqItem::kActorStart) continue;
      const Mention& m = c.mentions[it.index];
      if (m.group >= 0) continue;  // inside a compound: the compound is the unit
      if (m.code == target_code) continue;
      if (pass == 0 && IsNullCode(m.code)) continue;
      return {it.index, false};
    }
  }
  return {};
}

// The codes of a slot, PETRARCH's way: members' non-null codes (or quoted
// new-actor text), "---" when none; "A/B" codes split.
std::vector<std::string> SlotCodes(const ChunkedSentence& c, const Slot& s,
                                   const std::vector<std::string>& words, const PetrOptions& o) {
  std::vector<int> mentions;
  if (s.group) {
    mentions = c.groups[s.id].members;
  } else {
    mentions.push_back(s.id);
  }
  std::vector<std::string> codes;
  for (const int m : mentions) {
    const Mention& mention = c.mentions[m];
    if (!IsNullCode(mention.code)) {
      codes.push_back(mention.code);
    } else if (o.new_actor_length > 0) {
      const std::string text = MentionText(mention, words);
      const int spaces = static_cast<int>(std::count(text.begin(), text.end(), ' '));
      codes.push_back(spaces < o.new_actor_length ? "\"" + text + "\"" : "---");
    }
  }
  if (codes.empty()) codes.push_back("---");
  std::vector<std::string> out;
  for (const std::string& code : codes) {
    if (code.find('/') == std::string::npos || code.front() == '"') {
      out.push_back(code);
      continue;
    }
    size_t start = 0;
    while (start <= code.size()) {
      size_t slash = code.find('/', start);
      if (slash == std::string::npos) slash = code.size();
      if (slash > start) out.push_back(code.substr(start, slash - start));
      start = slash + 1;
    }
  }
  return out;
}

std::string VerbText(const std::vector<std::string>& words, int start, int end) {
  std::string out;
  for (int w = start; w <= end; ++w) {
    if (!out.empty()) out += ' ';
    out += words[w];
  }
  return out;
}

}  // namespace

bool PetrCoder::MayCode(const std::vector<std::string>& words) const {
  for (const std::string& w : words) {
    const std::string upper = UpperAscii(w);
    bool verb = false;
    dicts_.verbs.ForEachVerbCandidate(upper, [&](uint32_t id) {
      const VerbEntry& e = dicts_.verbs.entry(id);
      verb = verb || WordMatches(e.words[e.verb_index], upper);
    });
    if (verb) return true;
  }
  return false;
}

PeerCoding PetrCoder::Code(const PhraseTree& tree, int32_t date, const PetrOptions& options) const {
  PeerCoding result;
  std::vector<std::string> words;
  words.reserve(tree.words.size());
  for (const std::string& w : tree.words) words.push_back(UpperAscii(w));

  std::string matched;
  const DiscardLevel discard = dicts_.discards.Check(words, &matched);
  if (discard != DiscardLevel::kNone) {
    result.disposition = discard == DiscardLevel::kStory ? PeerDisposition::kDiscardStory
                                                         : PeerDisposition::kDiscardSentence;
    result.note = matched;
    return result;
  }
  if (LooksLikeDateline(tree.words)) {
    result.disposition = PeerDisposition::kDateline;
    return result;
  }

  ChunkedSentence chunks = ChunkSentence(tree, options.commas);
  CodeMentions(dicts_, words, date, &chunks);

  // Verb phrases, outermost first in text order.
  std::vector<int> vps;
  for (int n = 0; n < static_cast<int>(tree.nodes.size()); ++n) {
    if (tree.nodes[n].label == "VP" && !tree.nodes[n].children.empty()) vps.push_back(n);
  }
  std::vector<int> depth(tree.nodes.size(), 0);
  for (int n = 0; n < static_cast<int>(tree.nodes.size()); ++n) {
    for (int p = tree.nodes[n].parent; p >= 0; p = tree.nodes[p].parent) ++depth[n];
  }
  std::sort(vps.begin(), vps.end(), [&](int a, int b) {
    if (tree.nodes[a].first != tree.nodes[b].first) return tree.nodes[a].first < tree.nodes[b].first;
    return depth[a] < depth[b];
  });

  std::vector<PeerEvent> events;
  int coded_until = -1;
  for (const int vp : vps) {
    const TreeNode& node = tree.nodes[vp];
    if (node.first <= coded_until || chunks.plain[vp]) continue;
    const int head = node.children[0];
    if (!tree.IsPreterminal(head) || !tree.tags[tree.nodes[head].leaf].starts_with("VB")) continue;
    int verb_leaf = tree.nodes[head].leaf;
    if (chunks.deleted[verb_leaf] || chunks.covered[verb_leaf]) continue;
    const int passive_leaf = PassiveVerb(tree, words, vp, verb_leaf);
    const bool passive = passive_leaf >= 0;
    if (passive) verb_leaf = passive_leaf;
    VerbHit hit;
    if (!LookUpVerb(dicts_.verbs, words, chunks.deleted, verb_leaf, &hit)) {
      // "wire tap": a parser may head a multi-word verb on its first word;
      // the dictionary's verb word is then the next one.
      VerbHit next;
      const int n = static_cast<int>(words.size());
      if (verb_leaf + 1 >= n || !LookUpVerb(dicts_.verbs, words, chunks.deleted, verb_leaf + 1, &next) ||
          next.start > verb_leaf) {
        continue;
      }
      hit = std::move(next);
    }

    // The items before the verb (back to the nearest comma) and after it
    // (to the end of the verb phrase).
    int boundary = -1;
    for (const int comma : chunks.commas) {
      if (comma < hit.start && !chunks.deleted[comma]) boundary = comma;
    }
    std::vector<SeqItem> before, after;
    for (size_t i = 0; i < chunks.layout.size(); ++i) {
      // A phrase the verb's fixed words cut into (WIRE in "Gondor wire
      // tapped") still counts as before the verb.
      if (chunks.item_first[i] < hit.start && chunks.item_first[i] > boundary) {
        before.push_back(chunks.layout[i]);
      } else if (chunks.item_first[i] > hit.end && chunks.item_last[i] <= node.last) {
        after.push_back(chunks.layout[i]);
      }
    }

    // The most specific matching pattern of the verb's blocks.
    const PatternMatcher matcher(dicts_.verbs, words, before, after);
    const VerbPattern* best = nullptr;
    PatternMatch best_match;
    std::set<uint32_t> blocks;
    for (const uint32_t e : hit.entries) blocks.insert(dicts_.verbs.entry(e).block);
    for (const uint32_t b : blocks) {
      for (const VerbPattern& p : dicts_.verbs.block(b).patterns) {
        if (p.code == "+++" || p.code == "###") continue;
        if (best != nullptr && p.Specificity() <= best->Specificity()) continue;
        PatternMatch m;
        if (matcher.Match(p, &m)) {
          best = &p;
          best_match = m;
        }
      }
    }
    const VerbEntry& entry = dicts_.verbs.entry(hit.entries.back());
    const std::string& verb_code = entry.code.empty() ? dicts_.verbs.block(entry.block).code : entry.code;
    std::string code;
    std::string rule;
    if (best != nullptr && !IsNullCode(best->code)) {
      code = best->code;
      rule = best->where;
    } else if (!IsNullCode(verb_code)) {
      code = verb_code;
      rule = entry.where;
    } else {
      continue;  // the verb codes nothing: look at the verb phrases inside it
    }
    coded_until = node.last;

    Slot target, source;
    if (best != nullptr && best_match.target >= 0) target = {best_match.target, best_match.target_is_group};
    if (best != nullptr && best_match.source >= 0) source = {best_match.source, best_match.source_is_group};
    if (!target.ok()) target = FindTarget(chunks, after);
    if (!target.ok()) continue;
    if (!source.ok()) source = FindSource(chunks, before, target);
    if (!source.ok()) continue;

    std::vector<std::string> sources = SlotCodes(chunks, source, words, options);
    std::vector<std::string> targets = SlotCodes(chunks, target, words, options);
    const std::string verb = VerbText(tree.words, hit.start, hit.end);
    auto emit = [&](const std::vector<std::string>& srcs, const std::vector<std::string>& tgts,
                    const std::string& c) {
      for (const std::string& s : srcs) {
        for (const std::string& t : tgts) {
          if (s == t) continue;
          PeerEvent e;
          e.source = passive ? t : s;
          e.target = passive ? s : t;
          e.code = c;
          e.verb = verb;
          e.rule = rule;
          events.push_back(std::move(e));
        }
      }
    };
    const size_t colon = code.find(':');
    if (colon != std::string::npos) {
      if (sources[0] == "---" || targets[0] == "---") {
        if (targets[0] == "---") targets = sources;
        else sources = targets;
      }
      emit(sources, targets, code.substr(0, colon));
      emit(targets, sources, code.substr(colon + 1));
    } else {
      emit(sources, targets, code);
    }
  }

  // Require both sides, drop duplicates (first occurrence kept).
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (PeerEvent& e : events) {
    if (options.require_dyad && (e.source == "---" || e.target == "---")) continue;
    if (!seen.insert({e.source, e.target, e.code}).second) continue;
    result.events.push_back(std::move(e));
  }
  return result;
}

}  // namespace dyad::peers
