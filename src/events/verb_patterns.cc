#include "events/verb_patterns.h"

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <unordered_set>

#include "util/hash.h"
#include "util/text_file.h"

namespace dyad {
namespace {

// Words that, followed by TGT, say where the target stands.
bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kPrepositions[] = {
      "on",      "with",   "against", "to",     "for",     "from",   "of",      "in",
      "at",      "into",   "over",    "about",  "toward",  "towards", "upon",   "by",
      "between", "among",  "across",  "through", "within", "onto",   "under",   "behind",
      "inside",  "near",   "around",  "outside", "off",    "out",    "via",     "beyond",
  };
  return std::find(std::begin(kPrepositions), std::end(kPrepositions), w) !=
         std::end(kPrepositions);
}

std::string HeadKey(HeadKind kind, std::string_view lemma) {
  const char* prefix = kind == HeadKind::kVerb ? "v:" : kind == HeadKind::kNoun ? "n:" : "a:";
  return prefix + std::string(lemma);
}

}  // namespace

bool PatternSet::ParseLine(std::string_view line, Pattern* out, std::string* error) {
  const size_t arrow = line.find("=>");
  if (arrow == std::string_view::npos) {
    *error = "expected 'PATTERN => CODE'";
    return false;
  }
  std::istringstream words{std::string(Trim(line.substr(0, arrow)))};
  out->code = std::string(Trim(line.substr(arrow + 2)));
  const bool code_ok = out->code == "---" ||
                       (out->code.size() >= 3 && out->code.size() <= 4 &&
                        out->code.find_first_not_of("0123456789") == std::string::npos);
  if (!code_ok) {
    *error = "bad CAMEO code '" + out->code + "'";
    return false;
  }
  std::vector<std::string> w;
  for (std::string word; words >> word;) w.push_back(word);
  size_t i = 0;
  out->head_kind = HeadKind::kVerb;
  if (!w.empty() && (w[0] == "noun" || w[0] == "adj")) {
    out->head_kind = w[0] == "noun" ? HeadKind::kNoun : HeadKind::kAdjective;
    i = 1;
  }
  if (i >= w.size() || w[i] == "TGT" || w[i] == "SRC" || w[i] == "*") {
    *error = "a pattern starts with its head lemma";
    return false;
  }
  // A hyphenated head ("hunger-strike", "air-strike") is matched on its last
  // part, the one the tokenizer makes the head; the other parts become words
  // that must stand among its dependents.
  std::string head = w[i++];
  out->elements.clear();
  out->specificity = 1;
  while (true) {
    const size_t dash = head.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == head.size()) break;
    out->elements.push_back({PatternElement::kWord, head.substr(0, dash)});
    out->specificity += 2;
    head = head.substr(dash + 1);
  }
  out->head = head;
  // Specificity: literal words (prepositions included) count 2, slots 1, so
  // "clash with police" outranks "clash with TGT" and both outrank "clash".
  for (; i < w.size(); ++i) {
    PatternElement e;
    if (w[i] == "TGT") {
      e.kind = PatternElement::kTarget;
      out->specificity += 1;
    } else if (w[i] == "SRC") {
      e.kind = PatternElement::kSource;
      out->specificity += 1;
    } else if (w[i] == "*") {
      e.kind = PatternElement::kAny;
    } else if (i + 1 < w.size() && w[i + 1] == "TGT" && IsPreposition(w[i])) {
      e.kind = PatternElement::kPrepTarget;
      e.word = w[i];
      ++i;
      out->specificity += 3;
    } else if (w[i] == "to" && i + 1 < w.size() && w[i + 1] != "TGT" && w[i + 1] != "SRC" &&
               w[i + 1] != "*") {
      e.kind = PatternElement::kChain;
      e.word = w[i + 1];
      ++i;
      out->specificity += 4;
    } else {
      for (const char c : w[i]) {
        if ((c >= 'A' && c <= 'Z')) {
          *error = "unknown marker '" + w[i] + "' (only TGT, SRC and * are markers)";
          return false;
        }
      }
      e.kind = PatternElement::kWord;
      e.word = w[i];
      out->specificity += 2;
    }
    out->elements.push_back(std::move(e));
  }
  return true;
}

void PatternSet::Add(Pattern p) {
  const auto id = static_cast<uint32_t>(patterns_.size());
  by_head_[HeadKey(p.head_kind, p.head)].push_back(id);
  head_hashes_.insert(HashString(p.head));
  patterns_.push_back(std::move(p));
}

const std::vector<uint32_t>* PatternSet::ForHead(HeadKind kind, std::string_view lemma) const {
  // Most words head no pattern: one hash answers that without building the
  // "v:lemma" key string.
  if (!MayBeHead(lemma)) return nullptr;
  auto it = by_head_.find(HeadKey(kind, lemma));
  return it == by_head_.end() ? nullptr : &it->second;
}

bool PatternSet::MayBeHead(std::string_view lemma) const {
  return head_hashes_.count(HashString(lemma)) != 0;
}

Result<PatternSet> PatternSet::Load(const std::string& dir, const CameoCodes& codes,
                                    std::vector<std::string>* problems) {
  std::error_code ec;
  std::vector<std::string> files;
  for (auto it = std::filesystem::directory_iterator(dir, ec);
       !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path().string());
  }
  if (files.empty()) return Status::NotFound(dir + ": no pattern files (*.txt)");
  std::sort(files.begin(), files.end());
  PatternSet set;
  std::unordered_map<std::string, std::string> seen;  // normalised text -> where
  for (const std::string& file : files) {
    auto lines = ReadDictionaryLines(file, problems);
    if (!lines.ok()) {
      problems->push_back(lines.status().message());
      continue;
    }
    for (const DictLine& line : *lines) {
      const std::string where = file + ":" + std::to_string(line.number);
      Pattern p;
      std::string error;
      if (!ParseLine(line.text, &p, &error)) {
        problems->push_back(where + ": " + error + ": '" + line.text + "'");
        continue;
      }
      if (p.code != "---" && !codes.Find(p.code)) {
        problems->push_back(where + ": unknown CAMEO code " + p.code);
        continue;
      }
      const std::string key = std::string(Trim(line.text.substr(0, line.text.find("=>"))));
      auto [it, inserted] = seen.emplace(key, where);
      if (!inserted) {
        problems->push_back(where + ": pattern '" + key + "' already at " + it->second);
        continue;
      }
      p.text = line.text;
      p.where = where;
      set.Add(std::move(p));
    }
  }
  return set;
}

}  // namespace dyad
