#include "peers/dict_convert.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <unordered_map>

#include "actors/actor_dictionary.h"
#include "events/verb_patterns.h"

namespace dyad::peers {
namespace {

// "path:line" back into its parts, for PeerReport.
void ReportAt(PeerReport* report, std::string_view kind, std::string_view where) {
  if (report == nullptr) return;
  const size_t colon = where.rfind(':');
  int line = 0;
  if (colon != std::string_view::npos) {
    for (const char c : where.substr(colon + 1)) {
      if (c < '0' || c > '9') {
        line = 0;
        break;
      }
      line = line * 10 + (c - '0');
    }
  }
  report->Unsupported(kind, colon == std::string_view::npos ? where : where.substr(0, colon), line);
}

std::string FileOf(std::string_view where) {
  const size_t colon = where.rfind(':');
  const std::string path(colon == std::string_view::npos ? where : where.substr(0, colon));
  return std::filesystem::path(path).filename().string() +
         std::string(colon == std::string_view::npos ? "" : where.substr(colon));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "BARACK" -> "Barack": names read naturally and never turn into dyad's
// capitals-only (case-sensitive) alternatives by accident. Abbreviations
// with dots ("U.S.S.R") stay in capitals, which dyad matches only in text
// that is not all lowercase, as intended for them.
std::string Title(std::string_view s) {
  if (s.find('.') != std::string_view::npos) return std::string(s);
  std::string out = Lower(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// The singular of a plural noun, as dyad's lemmatizer would give it for the
// common regular cases ("relations" -> "relation", "casualties" ->
// "casualty"); anything else as it is.
std::string Lemmaish(std::string_view upper) {
  std::string w = Lower(upper);
  auto ends = [&](std::string_view tail) { return w.size() > tail.size() && w.ends_with(tail); };
  if (w.size() > 4 && ends("ies")) return w.substr(0, w.size() - 3) + "y";
  if (ends("sses") || ends("ches") || ends("shes") || ends("xes") || ends("zzes")) {
    return w.substr(0, w.size() - 2);
  }
  if (w.size() > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is") && !ends("'s")) {
    return w.substr(0, w.size() - 1);
  }
  return w;
}

// YYYYMMDD -> "YYYY-MM-DD".
std::string IsoDate(int32_t d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

// The day after YYYYMMDD: peers' ranges include their last day, dyad's
// end is exclusive.
int32_t NextDay(int32_t d) {
  int y = d / 10000, m = d / 100 % 100, day = d % 100;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  const int last = m == 2 && leap ? 29 : kDays[(m - 1) % 12];
  if (++day > last) {
    day = 1;
    if (++m > 12) {
      m = 1;
      ++y;
    }
  }
  return y * 10000 + m * 100 + day;
}

// Characters the block format gives a meaning to.
bool SafeName(std::string_view s) {
  return !s.empty() && s.find_first_of("|#[]:") == std::string_view::npos;
}

// A phrase as a dyad name, or "" (reported) when it cannot be one.
std::string NameOf(const PeerPhrase& phrase, bool title, std::string_view where,
                   PeerReport* report) {
  std::string out;
  bool gapped = false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    const PhraseWord& w = phrase[i];
    if (w.match == WordMatch::kStem) {
      ReportAt(report, "stem word (TABARI prefix match) written as a whole word", where);
    }
    if (i > 0) {
      out += ' ';
      gapped = gapped || !w.glued;
    }
    out += title ? Title(w.text) : Lower(w.text);
  }
  if (gapped) ReportAt(report, "words with gaps between them: written as a contiguous name", where);
  if (!SafeName(out)) {
    ReportAt(report, "name with a character the dyad format reserves (| # [ ] :): left out", where);
    return "";
  }
  return out;
}

struct Block {
  std::string header;  // "[org AFGREB]"
  std::string where;   // first source
  std::vector<std::string> names;
  std::set<std::string> seen;  // lowercase names, for duplicates
  void AddName(const std::string& n) {
    if (seen.insert(Lower(n)).second) names.push_back(n);
  }
};

std::string Render(const Block& b, std::string_view field) {
  std::string out = b.header + "  # " + FileOf(b.where) + "\n";
  // One alternative per line keeps diffs readable.
  for (const std::string& n : b.names) out += std::string(field) + ": " + n + "\n";
  return out + "\n";
}

class Converter {
 public:
  Converter(const PeerDictionaries& d, const ConvertOptions& o, ConvertedDictionaries* out)
      : d_(d), o_(o), out_(out) {}

  void Actors() {
    std::map<std::string, Block> countries, orgs;
    std::string people;
    const PeerActorDict& a = d_.actors;
    for (uint32_t id = 0; id < a.actor_count(); ++id) {
      const PeerActor& actor = a.actor(id);
      std::vector<std::string> names;
      for (const PeerPhrase* p : a.ActorPhrases(id)) {
        std::string n = NameOf(*p, true, actor.where, &out_->report);
        if (!n.empty() && std::find(names.begin(), names.end(), n) == names.end()) names.push_back(n);
      }
      if (names.empty()) continue;
      std::vector<const DatedCode*> codes;
      for (const DatedCode& c : actor.codes) {
        if (!IsActorCode(c.code)) {
          Report("code that is not a dyad actor code (3-15 capitals/digits): left out",
                   actor.where);
          continue;
        }
        codes.push_back(&c);
      }
      if (codes.empty()) {
        Report("actor without a usable code: left out", actor.where);
        continue;
      }
      if (codes.size() == 1 && !codes[0]->restricted()) {
        const std::string& code = codes[0]->code;
        const bool country = code.size() == 3;
        Block& b = (country ? countries : orgs)[code];
        if (b.header.empty()) {
          b.header = std::string(country ? "[country " : "[org ") + code + "]";
          b.where = actor.where;
        }
        for (const std::string& n : names) b.AddName(n);
        continue;
      }
      people += Person(actor, names, codes);
    }
    std::string text = "# Countries converted by dyad dict convert (" + o_.source_name + ").\n\n";
    for (const auto& [code, b] : countries) text += Render(b, "name");
    out_->files["actors/countries.txt"] = text;
    out_->countries = countries.size();
    text = "# Organisations and other fixed-code actors converted by dyad dict convert (" +
           o_.source_name + ").\n\n";
    for (const auto& [code, b] : orgs) text += Render(b, "name");
    out_->files["actors/organizations.txt"] = text;
    out_->organizations = orgs.size();
    out_->files["actors/people/" + o_.source_name + ".txt"] =
        "# Actors with dated or several codes, converted by dyad dict convert (" + o_.source_name +
        ").\n\n" + people;
  }

  std::string Person(const PeerActor& actor, const std::vector<std::string>& names,
                     const std::vector<const DatedCode*>& codes) {
    ++out_->people;
    std::string out = "[person] " + names[0] + "  # " + FileOf(actor.where) + "\n";
    for (size_t i = 1; i < names.size(); ++i) out += "alias: " + names[i] + "\n";
    // dyad takes the first role whose range covers the date; the peers take
    // a dated code before the undated default. Dated roles go first.
    bool have_default = false;
    for (const DatedCode* c : codes) {
      if (!c->restricted()) continue;
      out += "role: " + c->code + " " + (c->from == kNoDateFloor ? "" : IsoDate(c->from)) + ".." +
             (c->to == kNoDateCeiling ? "" : IsoDate(NextDay(c->to))) + "\n";
    }
    for (const DatedCode* c : codes) {
      if (c->restricted()) continue;
      if (have_default) {
        Report("second undated code of an actor: left out (the first is the default)",
                 actor.where);
        continue;
      }
      have_default = true;
      out += "role: " + c->code + "\n";
    }
    return out + "\n";
  }

  void Agents() {
    std::map<std::string, Block> agents;
    const PeerActorDict& a = d_.actors;
    for (uint32_t id = 0; id < a.agent_count(); ++id) {
      const PeerAgent& agent = a.agent(id);
      if (agent.prefix) {
        Report("agent code put before the actor code (\"XXX~\"): left out", agent.where);
        continue;
      }
      if (agent.code.size() != 3 || !IsActorCode(agent.code)) {
        Report("agent code that is not three capitals: left out", agent.where);
        continue;
      }
      Block& b = agents[agent.code];
      if (b.header.empty()) {
        b.header = "[agent " + agent.code + "]";
        b.where = agent.where;
      }
      std::vector<std::string> names;
      for (const PeerPhrase* p : a.AgentPhrases(id)) {
        std::string n = NameOf(*p, false, agent.where, &out_->report);
        if (!n.empty()) names.push_back(std::move(n));
      }
      // dyad matches agent nouns by lemma, so the plurals PETRARCH generates
      // ("warden" -> "wardens") are left out and a plural as written is
      // reduced to its singular.
      const std::set<std::string> all(names.begin(), names.end());
      auto generated = [&](const std::string& n) {
        auto has = [&](size_t cut, std::string_view add) {
          return n.size() > cut && all.count(n.substr(0, n.size() - cut) + std::string(add)) > 0;
        };
        return (n.ends_with("s") && has(1, "")) || (n.ends_with("es") && has(2, "")) ||
               (n.ends_with("ies") && has(3, "y"));
      };
      for (const std::string& n : names) {
        if (generated(n)) continue;
        b.AddName(n.find(' ') == std::string::npos ? Lemmaish(n) : n);
      }
    }
    std::string text = "# Agents converted by dyad dict convert (" + o_.source_name + ").\n\n";
    for (const auto& [code, b] : agents) {
      if (!b.names.empty()) text += Render(b, "noun");
    }
    out_->files["actors/agents.txt"] = text;
    out_->agents = agents.size();
  }

  void Verbs() {
    const PeerVerbDict& v = d_.verbs;
    // Base entries of each block; inflected forms are dyad's lemmatizer's job.
    std::vector<std::vector<uint32_t>> heads(v.block_count());
    for (uint32_t e = 0; e < v.entry_count(); ++e) {
      if (!v.entry(e).inflected) heads[v.entry(e).block].push_back(e);
    }
    for (uint32_t b = 0; b < v.block_count(); ++b) {
      const VerbBlock& block = v.block(b);
      // A block's patterns apply to every verb of the block: expand once.
      std::vector<std::vector<std::vector<std::string>>> expanded(block.patterns.size());
      for (size_t k = 0; k < block.patterns.size(); ++k) {
        if (!Expand(block.patterns[k], &expanded[k])) {
          expanded[k].clear();
          ++out_->patterns_dropped;
        }
      }
      for (const uint32_t e : heads[b]) {
        const VerbEntry& entry = v.entry(e);
        std::string head;
        std::vector<std::string> fixed;
        if (!HeadOf(entry, &head, &fixed)) continue;
        const std::string& own = entry.code.empty() ? block.code : entry.code;
        Emit(head, fixed, own, entry.where, entry.where);
        for (size_t k = 0; k < block.patterns.size(); ++k) {
          const VerbPattern& p = block.patterns[k];
          for (const std::vector<std::string>& words : expanded[k]) {
            std::vector<std::string> all = fixed;
            all.insert(all.end(), words.begin(), words.end());
            Emit(head, all, p.code, p.where, p.text);
          }
        }
      }
    }
    for (auto& [file, text] : verb_files_) {
      out_->files["events/verbs/" + file] = "# Verb patterns converted by dyad dict convert (" +
                                            o_.source_name + ").\n\n" + text;
    }
  }

 private:
  // Each (kind, place) once: a block's pattern is written once per verb.
  void Report(std::string_view kind, std::string_view where) {
    if (reported_.insert(std::string(kind) + "\t" + std::string(where)).second) {
      ReportAt(&out_->report, kind, where);
    }
  }

  bool HeadOf(const VerbEntry& entry, std::string* head, std::vector<std::string>* fixed) {
    for (size_t i = 0; i < entry.words.size(); ++i) {
      const PhraseWord& w = entry.words[i];
      if (w.match == WordMatch::kStem) {
        Report("stem word (TABARI prefix match) written as a whole word", entry.where);
      }
      const int index = static_cast<int>(i);
      if (index < entry.verb_index) {
        *head += Lower(w.text) + "-";  // "wire-tap": dyad's fixed compound head
      } else if (index == entry.verb_index) {
        *head += Lower(w.text);
      } else {
        fixed->push_back(Lemmaish(w.text));
      }
    }
    return !head->empty();
  }

  // The pattern's word sequences after the verb, one per synonym-set and
  // choice alternative; false (reported) when it cannot be expressed.
  bool Expand(const VerbPattern& p, std::vector<std::vector<std::string>>* out) {
    for (const PatternToken& t : p.before) {
      if (t.kind != PatternToken::kSource) {
        Report("words or markers before the verb (other than the source $): pattern left out",
                 p.where);
        return false;
      }
    }
    std::string why;
    bool glued = false, stem = false;
    *out = {{}};
    if (!ExpandSeq(p.after, out, &why, &glued, &stem, 0)) {
      Report(why, p.where);
      return false;
    }
    if (stem) Report("stem word (TABARI prefix match) written as a whole word", p.where);
    if (glued) Report("'_' adjacency in a pattern: dyad does not check word order", p.where);
    return true;
  }

  bool ExpandSeq(const TokenSeq& seq, std::vector<std::vector<std::string>>* out, std::string* why,
                 bool* glued, bool* stem, int depth) {
    if (depth > 8) {
      *why = "synonym sets nested too deep: pattern left out";
      return false;
    }
    for (const PatternToken& t : seq) {
      *glued = *glued || (t.glued && t.kind == PatternToken::kWord);
      switch (t.kind) {
        case PatternToken::kWord:
          *stem = *stem || t.word.match == WordMatch::kStem;
          for (auto& words : *out) words.push_back(Lemmaish(t.word.text));
          break;
        case PatternToken::kTarget:
          for (auto& words : *out) words.push_back("TGT");
          break;
        case PatternToken::kSource:
          for (auto& words : *out) words.push_back("SRC");
          break;
        case PatternToken::kCompound:
          *why = "compound marker % (source and target in one phrase): pattern left out";
          return false;
        case PatternToken::kSkip:
          *why = "skip marker ^: pattern left out";
          return false;
        case PatternToken::kSynset:
        case PatternToken::kChoice: {
          const std::vector<TokenSeq>& alts = t.kind == PatternToken::kSynset
                                                   ? d_.verbs.synset(t.ref).phrases
                                                   : d_.verbs.choice(t.ref);
          std::vector<std::vector<std::string>> next;
          for (const TokenSeq& alt : alts) {
            std::vector<std::vector<std::string>> branch = *out;
            if (!ExpandSeq(alt, &branch, why, glued, stem, depth + 1)) return false;
            next.insert(next.end(), branch.begin(), branch.end());
            if (next.size() > o_.max_expansions) {
              *why = "synonym-set expansion over the limit: pattern left out";
              return false;
            }
          }
          *out = std::move(next);
          break;
        }
      }
    }
    return true;
  }

  void Emit(const std::string& head, const std::vector<std::string>& words, const std::string& code,
            const std::string& where, const std::string& evidence) {
    const bool digits = code.size() >= 3 && code.size() <= 4 &&
                        code.find_first_not_of("0123456789") == std::string::npos;
    if (code != "---" && !digits) {
      Report("code dyad patterns cannot carry (paired \"a:b\", ###, +++): left out", where);
      ++out_->patterns_dropped;
      return;
    }
    std::string line = head;
    for (const std::string& w : words) line += " " + w;
    Pattern parsed;
    std::string error;
    if (!PatternSet::ParseLine(line + " => " + code, &parsed, &error)) {
      Report("not a valid dyad pattern (" + error + "): left out", where);
      ++out_->patterns_dropped;
      return;
    }
    auto [it, inserted] = written_.emplace(line, code);
    if (!inserted) {
      if (it->second != code) {
        Report("same words as an earlier pattern with another code: left out", where);
        ++out_->patterns_dropped;
      }
      return;
    }
    const std::string root = code == "---" ? "00" : code.substr(0, 2);
    std::string comment = FileOf(where);
    if (evidence != where) comment += "  " + evidence;
    verb_files_[root + "_" + o_.source_name + ".txt"] += line + " => " + code + "  # " + comment + "\n";
    ++out_->patterns;
  }

  const PeerDictionaries& d_;
  const ConvertOptions& o_;
  ConvertedDictionaries* out_;
  std::unordered_map<std::string, std::string> written_;  // pattern words -> code
  std::set<std::string> reported_;
  std::map<std::string, std::string> verb_files_;
};

}  // namespace

ConvertedDictionaries ConvertToDyad(const PeerDictionaries& dicts, const PeerDictionaryFiles& files,
                                    const ConvertOptions& options) {
  ConvertedDictionaries out;
  Converter c(dicts, options, &out);
  c.Actors();
  c.Agents();
  c.Verbs();
  if (dicts.discards.size() > 0) {
    out.report.Unsupported("discard list (dyad has no sentence discards): not converted", files.discards, 0);
  }
  if (dicts.issues.size() > 0) {
    out.report.Unsupported("issue list (dyad codes no issues): not converted", files.issues, 0);
  }
  for (const TimeEntry& t : dicts.verbs.time_entries()) {
    ReportAt(&out.report, "TABARI <TIME> entry: not converted", t.where);
  }
  return out;
}

Status WriteConverted(const ConvertedDictionaries& converted, const std::string& dir) {
  for (const auto& [relative, text] : converted.files) {
    const std::filesystem::path path = std::filesystem::path(dir) / relative;
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec) return Status::IoError(path.parent_path().string() + ": " + ec.message());
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << text;
    if (!f) return Status::IoError(path.string() + ": cannot write");
  }
  return Status::Ok();
}

}  // namespace dyad::peers
