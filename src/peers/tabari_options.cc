#include "peers/tabari_options.h"

#include "peers/peer_lines.h"
#include "util/text_file.h"

namespace dyad::peers {
namespace {

// "VERBS[5]" -> 5; -1 when malformed.
int BracketNumber(std::string_view item) {
  const size_t open = item.find('[');
  const size_t close = item.find(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open + 2) return -1;
  int n = 0;
  for (const char c : item.substr(open + 1, close - open - 1)) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
    if (n > 100000) return -1;
  }
  return n;
}

bool ParseInt(std::string_view s, int* out) {
  s = Trim(s);
  if (s.empty() || s.size() > 6) return false;
  int n = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  *out = n;
  return true;
}

bool IsTrue(std::string_view v) {
  const std::string u = UpperAscii(Trim(v));
  return u == "TRUE" || u == "T" || u == "YES" || u == "1" || u == "ON";
}

}  // namespace

bool ApplyTabariOption(std::string_view line, TabariOptions* o, std::string* error,
                       std::string* unsupported) {
  const std::string upper = UpperAscii(Trim(line));
  const size_t colon = upper.find(':');
  if (colon == std::string::npos) {
    *error = "option without a ':' keyword: \"" + std::string(line) + "\"";
    return false;
  }
  const std::string key = std::string(Trim(std::string_view(upper).substr(0, colon)));
  const std::string rest = std::string(Trim(std::string_view(upper).substr(colon + 1)));
  const std::string rest_raw = std::string(Trim(Trim(line).substr(colon + 1)));
  if (key == "COMPLEX") {
    o->complex_verbs = o->complex_conjunctions = o->complex_actors = 0;
    o->no_actor_prior = false;
    for (const std::string_view item : SplitBlanks(rest)) {
      if (item.starts_with("VERBS")) o->complex_verbs = BracketNumber(item);
      else if (item.starts_with("CONJ")) o->complex_conjunctions = BracketNumber(item);
      else if (item.starts_with("ACTORS")) o->complex_actors = BracketNumber(item);
      else if (item == "NOACTPRIOR") o->no_actor_prior = true;
      else if (item == "EXPLAIN") continue;  // explanations on screen only
      else {
        *error = "unknown COMPLEX item \"" + std::string(item) + "\"";
        return false;
      }
      if (o->complex_verbs < 0 || o->complex_conjunctions < 0 || o->complex_actors < 0) {
        *error = "bad COMPLEX limit \"" + std::string(item) + "\" (expected NAME[number])";
        return false;
      }
    }
    return true;
  }
  if (key == "SET") {
    if (rest.starts_with("CODE BY SENTENCE")) { o->code_by = TabariOptions::CodeBy::kSentence; return true; }
    if (rest.starts_with("CODE BY CLAUSE")) { o->code_by = TabariOptions::CodeBy::kClause; return true; }
    if (rest.starts_with("CODE ALL")) { o->code_by = TabariOptions::CodeBy::kAll; return true; }
    const size_t eq = rest.find('=');
    if (eq == std::string::npos) {
      *error = "SET without '=': \"" + std::string(line) + "\"";
      return false;
    }
    const std::string name = std::string(Trim(std::string_view(rest).substr(0, eq)));
    const std::string value = std::string(Trim(std::string_view(rest).substr(eq + 1)));
    if (name == "MINIMUM WORDS") {
      if (!ParseInt(value, &o->minimum_words)) {
        *error = "SET: MINIMUM WORDS needs a number";
        return false;
      }
    } else if (name == "CONVERT AGENT") {
      o->convert_agent = IsTrue(value);
    } else if (name == "TIME SHIFT") {
      o->time_shift = IsTrue(value);
      if (o->time_shift) *unsupported = "SET: TIME SHIFT (event dates are not shifted)";
    } else if (name == "YYYY") {
      o->yyyy_dates = IsTrue(value);
    } else if (name == "FBIS") {
      o->fbis = IsTrue(value);
      if (o->fbis) *unsupported = "SET: FBIS";
    } else if (name == "SKIP RECORDS" || name == "VERB USAGE" || name == "ACTOR USAGE" ||
               name == "AGENT USAGE" || name == "DUP WARNING" || name == "LABEL") {
      // Interface and output settings: no effect on the codes.
    } else {
      *unsupported = "SET: " + name;
    }
    return true;
  }
  if (key == "DEFAULT") {
    if (rest == "OFF") {
      o->default_source.clear();
      o->default_target.clear();
      o->default_source_prior = o->default_target_after = false;
      return true;
    }
    const auto words = SplitBlanks(rest);
    for (size_t i = 0; i < words.size(); ++i) {
      const bool source = words[i] == "SOURCE";
      if (source || words[i] == "TARGET") {
        if (i + 1 >= words.size() || words[i + 1].size() < 3 || words[i + 1].front() != '[' ||
            words[i + 1].back() != ']') {
          *error = "DEFAULT: " + std::string(words[i]) + " needs a [CODE]";
          return false;
        }
        const std::string code(words[i + 1].substr(1, words[i + 1].size() - 2));
        (source ? o->default_source : o->default_target) = code;
        ++i;
      } else if (words[i] == "PRIOR") {
        o->default_source_prior = true;
      } else if (words[i] == "AFTER") {
        o->default_target_after = true;
      } else {
        *error = "unknown DEFAULT item \"" + std::string(words[i]) + "\"";
        return false;
      }
    }
    return true;
  }
  if (key == "COMMA") {
    if (rest == "OFF") {
      o->comma_max = o->comma_emax = o->comma_bmax = 0;
      return true;
    }
    const auto words = SplitBlanks(rest);
    for (size_t i = 0; i < words.size(); ++i) {
      int* field = nullptr;
      if (words[i] == "MIN") field = &o->comma_min;
      else if (words[i] == "MAX") field = &o->comma_max;
      else if (words[i] == "EMIN") field = &o->comma_emin;
      else if (words[i] == "EMAX") field = &o->comma_emax;
      else if (words[i] == "BMIN") field = &o->comma_bmin;
      else if (words[i] == "BMAX") field = &o->comma_bmax;
      if (field == nullptr || i + 2 >= words.size() || words[i + 1] != "=" ||
          !ParseInt(words[i + 2], field)) {
        // "BMAX = 8}" in a validation record: tolerate a closing brace.
        if (field != nullptr && i + 2 < words.size() && words[i + 1] == "=" &&
            ParseInt(std::string(words[i + 2]).substr(0, words[i + 2].find('}')), field)) {
          i += 2;
          continue;
        }
        *error = "bad COMMA setting near \"" + std::string(words[i]) + "\"";
        return false;
      }
      i += 2;
    }
    return true;
  }
  if (key == "LABEL") {
    const size_t eq = rest_raw.find('=');
    if (eq == std::string::npos) {
      *error = "LABEL without '='";
      return false;
    }
    o->labels[std::string(Trim(std::string_view(rest_raw).substr(0, eq)))] =
        std::string(Trim(std::string_view(rest_raw).substr(eq + 1)));
    return true;
  }
  if (key == "OUTPUT") return true;  // output format only
  if (key == "FORWARD") {
    o->forward = rest.find("OFF") == std::string::npos;
    if (o->forward) *unsupported = "FORWARD (story-level subject forwarding)";
    return true;
  }
  *unsupported = key + ":";
  return true;
}

Status ReadTabariOptions(const std::string& path, TabariOptions* options, PeerReport* report) {
  auto content = ReadWholeFile(path);
  if (!content.ok()) return content.status();
  int number = 0;
  size_t start = 0;
  const std::string& text = *content;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string_view line = std::string_view(text).substr(start, end - start);
    start = end + 1;
    ++number;
    if (!IsValidUtf8(line)) {
      report->Error(path, number, "invalid UTF-8; line skipped");
      continue;
    }
    if (line.starts_with("~~")) break;
    const size_t comment = line.find("//");
    if (comment != std::string_view::npos) line = line.substr(0, comment);
    line = Trim(line);
    if (line.empty()) continue;
    std::string error, unsupported;
    if (!ApplyTabariOption(line, options, &error, &unsupported)) {
      report->Error(path, number, error);
    } else if (!unsupported.empty()) {
      report->Unsupported("TABARI option " + unsupported, path, number);
    }
  }
  return Status::Ok();
}

Result<TabariProject> ReadTabariProject(const std::string& path, PeerReport* report) {
  auto content = ReadWholeFile(path);
  if (!content.ok()) return content.status();
  TabariProject p;
  const size_t slash = path.find_last_of('/');
  p.dir = slash == std::string::npos ? "." : path.substr(0, slash);
  int number = 0;
  size_t start = 0;
  const std::string& text = *content;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line = Trim(std::string_view(text).substr(start, end - start));
    start = end + 1;
    ++number;
    if (!line.starts_with("<")) continue;  // the title line and free text
    const size_t close = line.find('>');
    if (close == std::string_view::npos) {
      report->Error(path, number, "unterminated <tag>");
      continue;
    }
    const std::string tag = UpperAscii(line.substr(1, close - 1));
    const std::string value(Trim(line.substr(close + 1)));
    if (tag == "ACTORSFILE") p.actors = value;
    else if (tag == "VERBSFILE") p.verbs = value;
    else if (tag == "AGENTSFILE") p.agents = value;
    else if (tag == "OPTIONSFILE") p.options = value;
    else if (tag == "TEXTFILE") p.text = value;
    else p.other.push_back(tag);
  }
  if (p.actors.empty() || p.verbs.empty()) {
    return Status::InvalidArgument(path + ": a project needs <actorsfile> and <verbsfile>");
  }
  return p;
}

}  // namespace dyad::peers
