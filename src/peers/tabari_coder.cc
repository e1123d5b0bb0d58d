#include "peers/tabari_coder.h"

#include <algorithm>
#include <set>

#include "peers/pattern_match.h"
#include "peers/peer_lines.h"

namespace dyad::peers {
namespace {

// Longest sentence TABARI codes; longer ones are "complex" (its records
// with several paragraphs of text expect that).
constexpr int kMaxLiterals = 100;

bool IsPunct(const std::string& w) {
  if (w.empty()) return true;
  for (const char c : w) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return false;
  }
  return true;
}

bool IsOneOf(const std::string& w, std::initializer_list<const char*> list) {
  for (const char* x : list) {
    if (w == x) return true;
  }
  return false;
}

bool IsConjunction(const std::string& w) { return IsOneOf(w, {"AND", "BUT", "OR"}); }
bool IsDeterminer(const std::string& w) { return IsOneOf(w, {"THE", "A", "AN"}); }
bool IsPronoun(const std::string& w) {
  return IsOneOf(w, {"HE", "HIM", "SHE", "IT", "THEY", "HIS", "HER", "ITS", "THEIR"});
}
bool IsPassiveAux(const std::string& w) {
  return IsOneOf(w, {"WAS", "WERE", "IS", "ARE", "BEEN", "BE", "BEING"});
}

// Composes agent codes onto an actor code (PETRARCH/TABARI convention: an
// agent already present at a 3-letter boundary is not added again).
std::string Compose(std::string code, const std::vector<std::pair<std::string, bool>>& agents) {
  for (const auto& [agent, prefix] : agents) {
    bool duplicate = false;
    for (size_t k = 0; k + agent.size() <= code.size(); k += 3) {
      if (code.compare(k, agent.size(), agent) == 0) {
        duplicate = true;
        break;
      }
    }
    if (duplicate) continue;
    code = prefix ? agent + code : code + agent;
  }
  return code;
}

// One actor as the coder sees it: an actor phrase with its agents, a bare
// agent (CONVERT AGENT), a compound, or a pronoun standing for one.
struct Unit {
  int first = 0;
  int last = -1;
  std::vector<std::string> codes;  // one per member ("A/B" codes split)
  bool group = false;
  bool alive = true;
};

struct VerbSpan {
  int first = 0;
  int last = 0;
  int verb = 0;  // the verb literal
  std::vector<uint32_t> entries;
};

class Sentence {
 public:
  Sentence(const PeerDictionaries& d, const std::vector<std::string>& literals, int32_t date,
           const TabariOptions& o)
      : d_(d), o_(o), date_(date) {
    for (const std::string& l : literals) {
      words_.push_back(UpperAscii(l));
      original_.push_back(l);
    }
    n_ = static_cast<int>(words_.size());
    deleted_.assign(n_, 0);
    unit_at_.assign(n_, -1);
  }

  PeerCoding Run() {
    PeerCoding out;
    int word_count = 0;
    for (const std::string& w : words_) word_count += IsPunct(w) ? 0 : 1;
    if (word_count < o_.minimum_words) {
      out.note = "fewer words than SET: MINIMUM WORDS";
      return out;
    }
    if (n_ > kMaxLiterals) {
      out.disposition = PeerDisposition::kComplex;
      out.note = "too many words";
      return out;
    }
    Scan();
    if (discard_) {
      out.disposition = PeerDisposition::kDiscardSentence;
      out.note = note_;
      return out;
    }
    if (complex_) {
      out.disposition = PeerDisposition::kComplex;
      out.note = note_;
      return out;
    }
    BuildUnits();
    MakeCompounds();
    DeleteCommaClauses();
    for (Unit& u : units_) {
      for (int k = u.first; k <= u.last; ++k) {
        if (deleted_[k]) u.alive = false;
      }
    }
    IndexUnits();
    ResolvePronouns();
    if (CheckComplex(&out.note)) {
      out.disposition = PeerDisposition::kComplex;
      return out;
    }
    CodeClauses(&out);
    return out;
  }

 private:
  // --- 1. dictionary look-up ------------------------------------------------
  void Scan() {
    is_actor_.assign(n_, -1);
    std::vector<PhraseMatch> actors;
    all_caps_ = true;
    int letters = 0;
    for (const std::string& w : original_) {
      for (const char c : w) {
        if (c >= 'a' && c <= 'z') all_caps_ = false;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
      }
    }
    if (letters == 0) all_caps_ = false;
    for (int i = 0; i < n_; ++i) {
      if (IsPunct(words_[i])) continue;
      if (auto m = d_.actors.MatchActor(words_, i, n_)) {
        const std::string_view code = d_.actors.ActorCode(m->owner, date_);
        base_actors_.push_back({i, m->last, std::string(code.empty() ? "---" : code)});
        if (code == "###") Discard("actor " + words_[i] + " has the discard code");
        if (code == "+++") Complex("actor " + words_[i] + " has the complex code");
        i = m->last;
        continue;
      }
      if (auto m = d_.actors.MatchAgent(words_, i, n_)) {
        agents_.push_back({i, m->last, m->owner});
        i = m->last;
        continue;
      }
      VerbSpan v;
      if (!IsNoun(i) && LookUpVerb(i, &v)) {
        verbs_.push_back(v);
        const std::string code = DefaultCode(v);
        if (code == "###") Discard("verb " + words_[i] + " has the discard code");
        i = v.last;
        continue;
      }
    }
  }

  bool IsNoun(int i) const {
    if (i > 0 && IsDeterminer(words_[i - 1])) return true;
    const std::string& o = original_[i];
    const bool capital = !o.empty() && o[0] >= 'A' && o[0] <= 'Z';
    if (capital && !all_caps_ && i > 0 && !IsPunct(words_[i - 1])) return true;
    for (const PeerPhrase& p : d_.words.nouns) {
      if (!p.empty() && WordMatches(p[0], words_[i])) return true;
    }
    return false;
  }

  bool LookUpVerb(int i, VerbSpan* out) const {
    int best_len = 0;
    d_.verbs.ForEachVerbCandidate(words_[i], [&](uint32_t id) {
      const VerbEntry& e = d_.verbs.entry(id);
      if (e.verb_index != 0) return;  // TABARI verbs start with the verb word
      const int last = MatchPhraseAt(e.words, words_, i, std::min(n_, i + 8));
      if (last < 0) return;
      const int len = static_cast<int>(e.words.size());
      if (len > best_len) {
        best_len = len;
        out->entries.clear();
        out->first = i;
        out->last = last;
        out->verb = i;
      }
      if (len == best_len) out->entries.push_back(id);
    });
    return best_len > 0;
  }

  std::string DefaultCode(const VerbSpan& v) const {
    const VerbEntry& e = d_.verbs.entry(v.entries.back());
    return e.code.empty() ? d_.verbs.block(e.block).code : e.code;
  }

  void Discard(std::string why) {
    if (!discard_) note_ = std::move(why);
    discard_ = true;
  }
  void Complex(std::string why) {
    if (!complex_ && !discard_) note_ = std::move(why);
    complex_ = true;
  }

  // --- 2. actors with their agents, compounds, pronouns ----------------------
  struct BaseActor {
    int first, last;
    std::string code;
  };
  struct AgentSpan {
    int first, last;
    uint32_t agent;
  };

  std::pair<std::string, bool> AgentCode(const AgentSpan& a) const {
    const PeerAgent& agent = d_.actors.agent(a.agent);
    const bool former = (a.first > 0 && words_[a.first - 1] == "FORMER") ||
                        (a.first > 1 && words_[a.first - 2] == "FORMER");
    return {former ? "ELI" : agent.code, agent.prefix};
  }

  void BuildUnits() {
    std::vector<uint8_t> agent_used(agents_.size(), 0);
    auto agent_at = [&](int pos) -> int {
      for (size_t k = 0; k < agents_.size(); ++k) {
        if (agents_[k].first == pos && !agent_used[k]) return static_cast<int>(k);
      }
      return -1;
    };
    auto actor_at = [&](int pos) -> int {
      for (size_t k = 0; k < base_actors_.size(); ++k) {
        if (base_actors_[k].first == pos) return static_cast<int>(k);
      }
      return -1;
    };
    std::vector<uint8_t> actor_used(base_actors_.size(), 0);
    for (size_t a = 0; a < base_actors_.size(); ++a) {
      if (actor_used[a]) continue;
      const BaseActor& actor = base_actors_[a];
      Unit u;
      u.first = actor.first;
      u.last = actor.last;
      std::vector<std::pair<std::string, bool>> agents;
      // Agents just before ("human rights activists Gondor") or joined by
      // of / in / from ("the government of Gondor").
      int pos = actor.first - 1;
      if (pos >= 0 && words_[pos] == "THE") --pos;
      if (pos >= 0 && IsOneOf(words_[pos], {"OF", "IN", "FROM"})) --pos;
      for (size_t k = 0; k < agents_.size(); ++k) {
        if (!agent_used[k] && agents_[k].last == pos) {
          agents.push_back(AgentCode(agents_[k]));
          agent_used[k] = 1;
          u.first = std::min(u.first, agents_[k].first);
          if (u.first > 0 && words_[u.first - 1] == "FORMER") u.first -= 1;
          break;
        }
      }
      // Agents just after ("Arnor security officials", "Gondor's Prime
      // Minister"), and a name right after them ("Bree President
      // Romendacil") belongs to the same actor.
      int next = actor.last + 1;
      if (next < n_ && words_[next] == "FORMER") ++next;
      for (int k = agent_at(next); k >= 0; k = agent_at(next)) {
        agents.push_back(AgentCode(agents_[k]));
        agent_used[k] = 1;
        u.last = agents_[k].last;
        next = u.last + 1;
        if (next < n_ && words_[next] == "FORMER") ++next;
      }
      if (u.last > actor.last) {
        const int named = actor_at(u.last + 1);
        if (named >= 0) {
          actor_used[named] = 1;
          u.last = base_actors_[named].last;
        }
      }
      // "former" before the actor makes its agents ELI.
      if (actor.first > 0 && words_[actor.first - 1] == "FORMER") {
        for (auto& ag : agents) ag.first = "ELI";
        u.first = std::min(u.first, actor.first - 1);
      }
      for (const std::string& code : SplitSlash(actor.code)) u.codes.push_back(Compose(code, agents));
      u.group = u.codes.size() > 1;
      units_.push_back(std::move(u));
    }
    // Agents left alone code only under SET: CONVERT AGENT ("~MIL").
    if (o_.convert_agent) {
      for (size_t k = 0; k < agents_.size(); ++k) {
        if (agent_used[k]) continue;
        Unit u;
        u.first = agents_[k].first;
        u.last = agents_[k].last;
        const auto [code, prefix] = AgentCode(agents_[k]);
        u.codes.push_back(prefix ? code + "~" : "~" + code);
        units_.push_back(std::move(u));
      }
    }
    std::sort(units_.begin(), units_.end(), [](const Unit& a, const Unit& b) { return a.first < b.first; });
    IndexUnits();
  }

  static std::vector<std::string> SplitSlash(const std::string& code) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= code.size()) {
      size_t slash = code.find('/', start);
      if (slash == std::string::npos) slash = code.size();
      if (slash > start) out.push_back(code.substr(start, slash - start));
      start = slash + 1;
    }
    if (out.empty()) out.push_back(code);
    return out;
  }

  void IndexUnits() {
    std::fill(unit_at_.begin(), unit_at_.end(), -1);
    for (int u = 0; u < static_cast<int>(units_.size()); ++u) {
      if (!units_[u].alive) continue;
      for (int k = units_[u].first; k <= units_[u].last && k < n_; ++k) unit_at_[k] = u;
    }
  }

  static bool IsNull(const Unit& u) {
    for (const std::string& c : u.codes) {
      if (c != "---") return false;
    }
    return true;
  }

  bool IsAdjective(const std::string& w) const {
    for (const PeerPhrase& p : d_.words.adjectives) {
      if (!p.empty() && WordMatches(p[0], w)) return true;
    }
    return false;
  }

  // Actors joined by "," / "and" (articles and listed adjectives between).
  void MakeCompounds() {
    std::vector<Unit> merged;
    for (size_t i = 0; i < units_.size(); ++i) {
      Unit u = units_[i];
      while (i + 1 < units_.size()) {
        int pos = u.last + 1;
        bool joined = false;
        bool saw_and = false;
        while (pos < units_[i + 1].first) {
          const std::string& w = words_[pos];
          if (w == "," || w == "AND") {
            joined = true;
            saw_and = saw_and || w == "AND";
          } else if (!(IsDeterminer(w) || IsAdjective(w))) {
            joined = false;
            break;
          }
          ++pos;
        }
        if (!joined || pos != units_[i + 1].first) break;
        // A comma alone joins only a list that an "and" ends later.
        if (!saw_and && !ListEndsWithAnd(i + 1)) break;
        const Unit& v = units_[i + 1];
        u.codes.insert(u.codes.end(), v.codes.begin(), v.codes.end());
        u.last = v.last;
        u.group = true;
        for (int k = units_[i].last + 1; k < v.first; ++k) {
          if (words_[k] == "AND") compound_and_.insert(k);
          if (words_[k] == ",") compound_comma_.insert(k);
        }
        ++i;
      }
      merged.push_back(std::move(u));
    }
    units_ = std::move(merged);
    IndexUnits();
  }

  bool ListEndsWithAnd(size_t from) const {
    for (size_t j = from; j + 1 < units_.size(); ++j) {
      bool comma = false, conj = false, other = false;
      for (int pos = units_[j].last + 1; pos < units_[j + 1].first; ++pos) {
        const std::string& w = words_[pos];
        if (w == ",") comma = true;
        else if (w == "AND") conj = true;
        else if (!(IsDeterminer(w) || IsAdjective(w))) other = true;
      }
      if (other) return false;
      if (conj) return true;
      if (!comma) return false;
    }
    return false;
  }

  // Pronouns stand for the sentence's first actor.
  void ResolvePronouns() {
    std::vector<Unit> added;
    for (int i = 0; i < n_; ++i) {
      if (unit_at_[i] >= 0 || !IsPronoun(words_[i])) continue;
      const Unit* first = nullptr;
      for (const Unit& u : units_) {
        if (u.alive && u.last < i && !deleted_[i] && !IsNull(u)) {
          first = &u;
          break;
        }
      }
      if (first == nullptr) continue;
      Unit p = *first;
      p.first = p.last = i;
      added.push_back(std::move(p));
    }
    units_.insert(units_.end(), added.begin(), added.end());
    std::sort(units_.begin(), units_.end(), [](const Unit& a, const Unit& b) { return a.first < b.first; });
    IndexUnits();
  }

  // --- 3. comma clauses ---------------------------------------------------------
  void DeleteCommaClauses() {
    auto is_comma = [&](int i) { return words_[i] == "," && !deleted_[i] && !compound_comma_.count(i); };
    auto count = [&](int lo, int hi) {
      int k = 0;
      for (int i = std::max(lo, 0); i < hi && i < n_; ++i) {
        if (!deleted_[i] && !IsPunct(words_[i])) ++k;
      }
      return k;
    };
    auto commas = [&] {
      std::vector<int> out;
      for (int i = 0; i < n_; ++i) {
        if (is_comma(i)) out.push_back(i);
      }
      return out;
    };
    auto erase = [&](int lo, int hi) {
      for (int i = std::max(lo, 0); i < hi && i < n_; ++i) deleted_[i] = 1;
    };
    std::vector<int> cs = commas();
    if (cs.empty()) return;
    // A final clause is one that ends the sentence with its full stop.
    int end = n_;
    while (end > 0 && IsPunct(words_[end - 1]) && words_[end - 1] != ",") --end;
    const bool final_stop = end < n_ && (words_[end] == "." || words_[end] == "?" || words_[end] == "!");
    if (o_.comma_bmax != 0) {
      const int k = count(0, cs.front());
      if (k >= o_.comma_bmin && k <= o_.comma_bmax) erase(0, cs.front());
    }
    cs = commas();
    if (o_.comma_emax != 0 && !cs.empty() && final_stop) {
      const int k = count(cs.back() + 1, end);
      if (k >= o_.comma_emin && k <= o_.comma_emax) erase(cs.back() + 1, end);
    }
    cs = commas();
    if (o_.comma_max != 0) {
      for (size_t i = 0; i + 1 < cs.size(); ++i) {
        const int k = count(cs[i] + 1, cs[i + 1]);
        if (k >= o_.comma_min && k <= o_.comma_max) erase(cs[i], cs[i + 1]);
      }
    }
  }

  // --- 4. complexity ------------------------------------------------------------
  bool CheckComplex(std::string* why) const {
    int verbs = 0;
    for (const VerbSpan& v : verbs_) verbs += deleted_[v.verb] ? 0 : 1;
    if (o_.complex_verbs > 0 && verbs >= o_.complex_verbs) {
      *why = "COMPLEX: " + std::to_string(verbs) + " verbs";
      return true;
    }
    int conj = 0;
    for (int i = 0; i < n_; ++i) {
      if (!deleted_[i] && IsConjunction(words_[i]) && unit_at_[i] < 0 && !compound_and_.count(i)) ++conj;
    }
    if (o_.complex_conjunctions > 0 && conj >= o_.complex_conjunctions) {
      *why = "COMPLEX: " + std::to_string(conj) + " conjunctions";
      return true;
    }
    if (o_.no_actor_prior && o_.default_source.empty()) {
      for (const VerbSpan& v : verbs_) {
        if (deleted_[v.verb]) continue;
        const std::string code = DefaultCode(v);
        if (code == "---" && !HasPatterns(v)) continue;
        if (code == "---") continue;
        bool actor_before = false;
        for (const Unit& u : units_) actor_before = actor_before || (u.alive && u.last < v.first);
        if (!actor_before) {
          *why = "COMPLEX: no actor before the first verb";
          return true;
        }
        break;
      }
    }
    return false;
  }

  bool HasPatterns(const VerbSpan& v) const {
    for (const uint32_t e : v.entries) {
      if (!d_.verbs.block(d_.verbs.entry(e).block).patterns.empty()) return true;
    }
    return false;
  }

  // --- 5. coding ---------------------------------------------------------------
  // Items of literals [lo, hi) for the pattern matcher: words and units.
  std::vector<SeqItem> Items(int lo, int hi) const {
    std::vector<SeqItem> items;
    for (int i = std::max(lo, 0); i < hi && i < n_; ++i) {
      if (deleted_[i]) continue;
      const int u = unit_at_[i];
      const bool unit = u >= 0 && units_[u].alive && !IsNull(units_[u]);
      if (unit && (units_[u].first == i || i == lo)) {
        if (units_[u].group) items.push_back({SeqItem::kGroupStart, u});
        items.push_back({SeqItem::kActorStart, u});
      }
      items.push_back({SeqItem::kWord, i});
      if (unit && (units_[u].last == i || i + 1 == hi)) {
        items.push_back({SeqItem::kActorEnd, u});
        if (units_[u].group) items.push_back({SeqItem::kGroupEnd, u});
      }
    }
    return items;
  }

  std::vector<int> UnitsIn(int lo, int hi) const {
    std::vector<int> out;
    for (int u = 0; u < static_cast<int>(units_.size()); ++u) {
      if (units_[u].alive && units_[u].first >= lo && units_[u].last < hi) out.push_back(u);
    }
    return out;
  }

  void CodeClauses(PeerCoding* out) {
    // Clause boundaries: conjunctions outside compounds.
    std::vector<std::pair<int, int>> clauses;
    int start = 0;
    for (int i = 0; i < n_; ++i) {
      if (!deleted_[i] && IsConjunction(words_[i]) && unit_at_[i] < 0 && !compound_and_.count(i) &&
          StartsClause(i + 1)) {
        clauses.push_back({start, i});
        start = i + 1;
      }
    }
    clauses.push_back({start, n_});

    std::vector<PeerEvent> events, weak;
    int forwarded_source = -1;
    for (const auto& [lo, hi] : clauses) {
      const std::vector<int> clause_units = UnitsIn(lo, hi);
      int clause_source = -1;
      for (const VerbSpan& v : verbs_) {
        if (v.first < lo || v.last >= hi || deleted_[v.verb]) continue;
        if (!CodeVerb(v, lo, hi, clause_units, forwarded_source, &events, &weak, &clause_source, out)) {
          if (out->disposition != PeerDisposition::kCoded) return;
          continue;
        }
        break;  // one event per clause
      }
      // The subject carries into the next clause.
      if (clause_source >= 0) {
        forwarded_source = clause_source;
      } else {
        for (const int u : clause_units) {
          forwarded_source = u;
          break;
        }
      }
    }
    if (events.empty()) events = std::move(weak);
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    for (PeerEvent& e : events) {
      if (!seen.insert({e.source, e.target, e.code}).second) continue;
      out->events.push_back(std::move(e));
    }
  }

  // A conjunction starts a clause when a verb, "then", a pronoun or an actor
  // (after adjectives or agents) follows it: "and promised", "and then it
  // requested", "and Gondor asked", "and evil minister Calimehtar"; not in
  // "bombing and shelling offensive" or "and the government of Gondor".
  bool StartsClause(int i) const {
    while (i < n_ && (IsAdjective(words_[i]) || AgentStartsAt(i) >= 0)) {
      const int a = AgentStartsAt(i);
      i = a >= 0 ? agents_[a].last + 1 : i + 1;
    }
    if (i >= n_) return false;
    if (words_[i] == "THEN" || IsPronoun(words_[i])) return true;
    if (unit_at_[i] >= 0 && units_[unit_at_[i]].first == i) return true;
    for (const VerbSpan& v : verbs_) {
      if (v.first == i) return true;
    }
    return false;
  }

  int AgentStartsAt(int i) const {
    for (size_t k = 0; k < agents_.size(); ++k) {
      if (agents_[k].first == i) return static_cast<int>(k);
    }
    return -1;
  }

  // Codes one verb; true when it produced its clause's event.
  bool CodeVerb(const VerbSpan& v, int lo, int hi, const std::vector<int>& clause_units,
                int forwarded_source, std::vector<PeerEvent>* events, std::vector<PeerEvent>* weak,
                int* clause_source, PeerCoding* out) {
    const std::vector<SeqItem> before = Items(lo, v.first);
    const std::vector<SeqItem> after = Items(v.last + 1, hi);
    const PatternMatcher matcher(d_.verbs, words_, before, after, /*phrase_gaps=*/true);
    // The pattern covering the most words wins; then the one with more
    // tokens; then literal words over synonym sets; then file order.
    const VerbPattern* best = nullptr;
    PatternMatch best_match;
    int best_synsets = 0;
    std::set<uint32_t> blocks;
    for (const uint32_t e : v.entries) blocks.insert(d_.verbs.entry(e).block);
    for (const uint32_t b : blocks) {
      for (const VerbPattern& p : d_.verbs.block(b).patterns) {
        PatternMatch m;
        if (!matcher.Match(p, &m)) continue;
        int synsets = 0;
        for (const TokenSeq* side : {&p.before, &p.after}) {
          for (const PatternToken& t : *side) synsets += t.kind == PatternToken::kSynset ? 1 : 0;
        }
        bool better = best == nullptr;
        if (!better) {
          if (m.words != best_match.words) better = m.words > best_match.words;
          else if (p.Specificity() != best->Specificity()) better = p.Specificity() > best->Specificity();
          else better = synsets < best_synsets;
        }
        if (better) {
          best = &p;
          best_match = m;
          best_synsets = synsets;
        }
      }
    }
    std::string code = best != nullptr ? best->code : DefaultCode(v);
    const std::string rule = best != nullptr ? best->where : d_.verbs.entry(v.entries.back()).where;
    if (code == "###") {
      out->disposition = PeerDisposition::kDiscardSentence;
      out->note = "discard code from " + rule;
      return false;
    }
    if (code == "+++") {
      out->disposition = PeerDisposition::kComplex;
      out->note = "complex code from " + rule;
      return false;
    }
    if (code.empty() || code == "---") return false;
    bool is_weak = false;
    while (!code.empty() && (code.back() == '?' || code.back() == '!')) {
      is_weak = is_weak || code.back() == '?';
      code.pop_back();
    }

    // Source and target.
    int source = best != nullptr && best_match.source >= 0 ? best_match.source : -1;
    int target = best != nullptr && best_match.target >= 0 ? best_match.target : -1;
    const bool roles_from_pattern = source >= 0 || target >= 0;
    std::vector<int> units_before, units_after;
    for (const int u : clause_units) {
      if (IsNull(units_[u])) continue;  // known non-actors ("---")
      if (units_[u].first < v.first) units_before.push_back(u);
      else if (units_[u].first > v.last) units_after.push_back(u);
    }
    auto same_single = [&](int a, int b) {
      return a >= 0 && b >= 0 && !units_[a].group && !units_[b].group && units_[a].codes == units_[b].codes;
    };
    // Passive: "was opposed by X".
    bool passive = false;
    if (!roles_from_pattern) {
      const bool aux = (v.first > 0 && IsPassiveAux(words_[v.first - 1])) ||
                       (v.first > 1 && IsPassiveAux(words_[v.first - 2]));
      if (aux) {
        for (int i = v.last + 1; i < std::min(hi, v.last + 4); ++i) {
          if (words_[i] == "BY" && i + 1 < n_ && unit_at_[i + 1] >= 0) passive = true;
        }
      }
    }
    if (source < 0) {
      for (const int u : units_before) {
        if (u != target) {
          source = u;
          break;
        }
      }
    }
    if (source < 0 && forwarded_source >= 0) source = forwarded_source;
    if (target < 0) {
      for (const int u : units_after) {
        if (u != source && !same_single(u, source)) {
          target = u;
          break;
        }
      }
    }
    if (target < 0) {
      for (auto it = units_before.rbegin(); it != units_before.rend(); ++it) {
        if (*it != source && !same_single(*it, source)) {
          target = *it;
          break;
        }
      }
    }
    *clause_source = source;
    std::vector<std::string> sources, targets;
    if (source >= 0) sources = units_[source].codes;
    else if (!o_.default_source.empty()) sources = {o_.default_source};
    if (target >= 0) targets = units_[target].codes;
    else if (!o_.default_target.empty()) targets = {o_.default_target};
    if (sources.empty() || targets.empty()) return false;
    if (passive) std::swap(sources, targets);

    std::string verb;
    for (int i = v.first; i <= v.last; ++i) verb += (verb.empty() ? "" : " ") + words_[i];
    std::vector<PeerEvent>* sink = is_weak ? weak : events;
    const size_t before_count = sink->size();
    auto emit = [&](const std::vector<std::string>& s, const std::vector<std::string>& t,
                    const std::string& c) {
      for (const std::string& a : s) {
        for (const std::string& b : t) {
          if (a == b) continue;
          sink->push_back({a, b, c, verb, rule});
        }
      }
    };
    const size_t colon = code.find(':');
    if (colon != std::string::npos) {
      emit(sources, targets, code.substr(0, colon));
      emit(targets, sources, code.substr(colon + 1));
    } else {
      emit(sources, targets, code);
    }
    return !is_weak && sink->size() > before_count;
  }

  const PeerDictionaries& d_;
  const TabariOptions& o_;
  int32_t date_;
  std::vector<std::string> words_;
  std::vector<std::string> original_;
  int n_ = 0;
  bool all_caps_ = false;
  bool discard_ = false;
  bool complex_ = false;
  std::string note_;
  std::vector<int> is_actor_;
  std::vector<BaseActor> base_actors_;
  std::vector<AgentSpan> agents_;
  std::vector<VerbSpan> verbs_;
  std::vector<Unit> units_;
  std::vector<int> unit_at_;
  std::vector<uint8_t> deleted_;
  std::set<int> compound_and_;
  std::set<int> compound_comma_;
};

}  // namespace

TabariCoder::TabariCoder(const PeerDictionaries& dicts) : dicts_(dicts) {}

PeerCoding TabariCoder::Code(const std::vector<std::string>& literals, int32_t date,
                             const TabariOptions& options) const {
  return Sentence(dicts_, literals, date, options).Run();
}

namespace {

// "Dol_Amroth" -> "Dol" "Amroth"; "Al-Gore" -> "Al" "Gore" (TABARI reads
// both connectors as word breaks between adjacent words); "anti-" stays.
void SplitJoined(const std::string& w, std::vector<std::string>* out) {
  auto word_char = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  };
  std::string cur;
  for (size_t i = 0; i < w.size(); ++i) {
    const bool joiner = (w[i] == '_' || w[i] == '-') && i > 0 && i + 1 < w.size() &&
                        word_char(w[i - 1]) && word_char(w[i + 1]);
    if (joiner || (w[i] == '_' && (i == 0 || i + 1 == w.size()))) {
      if (!cur.empty()) out->push_back(cur);
      cur.clear();
      continue;
    }
    cur += w[i];
  }
  if (!cur.empty()) out->push_back(cur);
}

}  // namespace

std::vector<std::string> TabariLiterals(const Document& doc) {
  std::vector<std::string> joined;
  std::vector<std::string>& out = joined;
  const auto tokens = doc.tokens();
  bool glue = false;  // the previous token touches this one inside a word
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string form(doc.Form(tokens[i]));
    const bool separator = form == "," || form == "." || form == ";" || form == ":" || form == "!" ||
                           form == "?" || form == "\"" || form == "(" || form == ")" || form == "``" ||
                           form == "''";
    if (glue && !separator && !out.empty()) {
      out.back() += form;
    } else {
      out.push_back(form);
    }
    glue = !tokens[i].space_after && !separator;
  }
  std::vector<std::string> literals;
  for (const std::string& w : joined) SplitJoined(w, &literals);
  return literals;
}

}  // namespace dyad::peers
