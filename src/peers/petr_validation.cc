#include "peers/petr_validation.h"

#include <algorithm>
#include <map>

#include "peers/peer_lines.h"
#include "util/text_file.h"

namespace dyad::peers {
namespace {

std::string DecodeEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 8) {
      out += s[i];
      continue;
    }
    const std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "amp") out += '&';
    else if (ent == "lt") out += '<';
    else if (ent == "gt") out += '>';
    else if (ent == "quot") out += '"';
    else if (ent == "apos") out += '\'';
    else if (ent.starts_with("#") && ent.size() > 1 && ent.size() < 7) {
      int code = 0;
      bool ok = true;
      for (const char c : ent.substr(1)) {
        if (c < '0' || c > '9') ok = false;
        else code = code * 10 + (c - '0');
      }
      if (!ok || code <= 0 || code >= 128) {
        out.append(s.substr(i, semi - i + 1));
      } else {
        out += static_cast<char>(code);
      }
    } else {
      out.append(s.substr(i, semi - i + 1));
      i = semi;
      continue;
    }
    i = semi;
  }
  return out;
}

// Collapses runs of blanks and newlines into single spaces.
std::string Flatten(std::string_view s) {
  std::string out;
  bool blank = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

struct Tag {
  std::string name;  // without '/'
  bool closing = false;
  bool self_closing = false;
  std::map<std::string, std::string> attributes;
  size_t end = 0;  // position after '>'
};

// Reads the tag starting at content[pos] == '<'; false when it never closes.
bool ReadTag(std::string_view content, size_t pos, Tag* tag) {
  size_t i = pos + 1;
  const size_t n = content.size();
  if (i < n && content[i] == '/') {
    tag->closing = true;
    ++i;
  }
  const size_t name_start = i;
  while (i < n && content[i] != ' ' && content[i] != '\t' && content[i] != '\n' &&
         content[i] != '\r' && content[i] != '>' && content[i] != '/') {
    ++i;
  }
  tag->name = std::string(content.substr(name_start, i - name_start));
  for (;;) {
    while (i < n && (content[i] == ' ' || content[i] == '\t' || content[i] == '\n' || content[i] == '\r')) ++i;
    if (i >= n) return false;
    if (content[i] == '>') {
      tag->end = i + 1;
      return true;
    }
    if (content[i] == '/' && i + 1 < n && content[i + 1] == '>') {
      tag->self_closing = true;
      tag->end = i + 2;
      return true;
    }
    const size_t key_start = i;
    while (i < n && content[i] != '=' && content[i] != '>' && content[i] != ' ' &&
           content[i] != '\t' && content[i] != '\n' && content[i] != '/') {
      ++i;
    }
    std::string key(content.substr(key_start, i - key_start));
    while (i < n && (content[i] == ' ' || content[i] == '\t' || content[i] == '\n')) ++i;
    if (i >= n) return false;
    if (content[i] != '=') {
      if (key.empty()) ++i;  // stray character: skip it
      else tag->attributes[key] = "";
      continue;
    }
    ++i;
    while (i < n && (content[i] == ' ' || content[i] == '\t' || content[i] == '\n')) ++i;
    if (i >= n) return false;
    std::string value;
    if (content[i] == '"' || content[i] == '\'') {
      const char q = content[i];
      const size_t close = content.find(q, i + 1);
      if (close == std::string_view::npos) return false;
      value = DecodeEntities(content.substr(i + 1, close - i - 1));
      i = close + 1;
    } else {
      const size_t start = i;
      while (i < n && content[i] != ' ' && content[i] != '>' && content[i] != '/') ++i;
      value = std::string(content.substr(start, i - start));
    }
    tag->attributes[key] = std::move(value);
  }
}

std::string Attr(const Tag& t, const char* name) {
  auto it = t.attributes.find(name);
  return it == t.attributes.end() ? std::string() : it->second;
}

std::vector<std::string> SplitList(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view item = Trim(s.substr(start, end - start));
    if (!item.empty()) out.emplace_back(item);
    start = end + 1;
  }
  return out;
}

}  // namespace

Result<PetrValidationFile> ParsePetrValidation(std::string_view content, const std::string& name) {
  PetrValidationFile file;
  std::vector<std::pair<std::string, std::string>> pending_config;
  PetrRecord* current = nullptr;
  bool in_environment = false;
  size_t pos = 0;
  size_t line = 1;
  size_t line_pos = 0;  // `line` counts newlines before line_pos
  auto line_at = [&](size_t p) {
    line += static_cast<size_t>(std::count(content.begin() + line_pos, content.begin() + p, '\n'));
    line_pos = p;
    return static_cast<int>(line);
  };
  // Content up to "</name>" from `from`; npos-safe.
  auto element_text = [&](size_t from, const std::string& tag_name, size_t* after) -> std::string {
    const std::string close = "</" + tag_name + ">";
    const size_t end = content.find(close, from);
    if (end == std::string_view::npos) {
      *after = content.size();
      return std::string(content.substr(from));
    }
    *after = end + close.size();
    return std::string(content.substr(from, end - from));
  };
  while ((pos = content.find('<', pos)) != std::string_view::npos) {
    if (content.substr(pos, 4) == "<!--") {
      const size_t end = content.find("-->", pos + 4);
      if (end == std::string_view::npos) break;
      pos = end + 3;
      continue;
    }
    if (content.substr(pos, 2) == "<!" || content.substr(pos, 2) == "<?") {
      const size_t end = content.find('>', pos);
      if (end == std::string_view::npos) break;
      pos = end + 1;
      continue;
    }
    Tag tag;
    if (!ReadTag(content, pos, &tag)) {
      return Status::Corrupt(name + ":" + std::to_string(line_at(pos)) + ": unterminated tag");
    }
    size_t next = tag.end;
    if (tag.name == "Environment") {
      in_environment = !tag.closing;
    } else if (in_environment && !tag.closing && !tag.self_closing &&
               (tag.name == "Verbfile" || tag.name == "Actorfile" || tag.name == "Agentfile" ||
                tag.name == "Discardfile" || tag.name == "Include" || tag.name == "Exclude")) {
      const std::string value = Flatten(element_text(tag.end, tag.name, &next));
      if (tag.name == "Verbfile") file.verb_file = value;
      else if (tag.name == "Actorfile") file.actor_files = SplitList(value, ',');
      else if (tag.name == "Agentfile") file.agent_file = value;
      else if (tag.name == "Discardfile") file.discard_file = value;
      else {
        std::vector<std::string> cats;
        for (const std::string_view c : SplitBlanks(value)) {
          if (c != "valid") cats.emplace_back(c);
        }
        (tag.name == "Include" ? file.include : file.exclude) = std::move(cats);
      }
    } else if (tag.name == "Config" && !tag.closing) {
      pending_config.emplace_back(Attr(tag, "option"), Attr(tag, "value"));
    } else if (tag.name == "Sentence") {
      if (tag.closing) {
        current = nullptr;
      } else {
        PetrRecord r;
        r.id = Attr(tag, "id");
        r.category = Attr(tag, "category");
        r.date = Attr(tag, "date");
        const std::string s = Attr(tag, "sentence");
        r.sentence = s.empty() || s == "true" || s == "True";
        r.line = line_at(pos);
        r.config = std::move(pending_config);
        pending_config.clear();
        file.records.push_back(std::move(r));
        current = &file.records.back();
      }
    } else if (tag.name == "EventCoding" && !tag.closing && current != nullptr) {
      current->has_coding = true;
      const std::string error = Attr(tag, "error");
      if (!error.empty()) {
        current->error = error;
      } else if (tag.attributes.count("noevents") == 0) {
        current->expected.push_back(
            {Attr(tag, "sourcecode"), Attr(tag, "targetcode"), Attr(tag, "eventcode")});
      }
    } else if (tag.name == "Text" && !tag.closing && !tag.self_closing && current != nullptr) {
      current->text = Flatten(DecodeEntities(element_text(tag.end, "Text", &next)));
    } else if (tag.name == "Parse" && !tag.closing && !tag.self_closing && current != nullptr) {
      current->parse = element_text(tag.end, "Parse", &next);
    }
    pos = next;
  }
  return file;
}

Result<PetrValidationFile> ReadPetrValidation(const std::string& path) {
  auto content = ReadWholeFile(path);
  if (!content.ok()) return content.status();
  return ParsePetrValidation(*content, path);
}

}  // namespace dyad::peers
