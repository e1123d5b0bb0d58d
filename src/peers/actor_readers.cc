#include "peers/actor_readers.h"

#include <map>

#include "util/text_file.h"

namespace dyad::peers {
namespace {

// Adds the code blocks of one line to `actor`; reports bad blocks.
void AddCodes(const std::vector<std::string_view>& blocks, const std::string& path, int line,
              uint32_t actor, PeerActorDict* dict, PeerReport* report) {
  for (const std::string_view block : blocks) {
    DatedCode dc;
    std::string error;
    if (!ParseDatedCode(block, &dc, &error)) {
      report->Error(path, line, error);
      continue;
    }
    dict->AddActorCode(actor, std::move(dc));
  }
}

}  // namespace

bool SplitCodeBlocks(std::string_view line, std::string_view* before,
                     std::vector<std::string_view>* blocks, std::string* error) {
  blocks->clear();
  const size_t first = line.find_first_of("[]");
  *before = Trim(line.substr(0, first == std::string_view::npos ? line.size() : first));
  size_t i = first;
  while (i != std::string_view::npos && i < line.size()) {
    if (line[i] == ']') {
      *error = "unbalanced ']' in \"" + std::string(line) + "\"";
      return false;
    }
    const size_t close = line.find_first_of("[]", i + 1);
    if (close == std::string_view::npos || line[close] == '[') {
      *error = "unbalanced '[' in \"" + std::string(line) + "\"";
      return false;
    }
    blocks->push_back(line.substr(i + 1, close - i - 1));
    // Only blanks may separate blocks.
    const size_t next = line.find_first_not_of(" \t", close + 1);
    if (next != std::string_view::npos && line[next] != '[') {
      if (line[next] == ']') {
        *error = "unbalanced ']' in \"" + std::string(line) + "\"";
      } else {
        *error = "text after a code block in \"" + std::string(line) + "\"";
      }
      return false;
    }
    i = next;
  }
  return true;
}

void ParseActorLines(const std::vector<PeerLine>& lines, const std::string& path, Dialect dialect,
                     PeerActorDict* dict, PeerWordLists* words, PeerReport* report) {
  // Code lines and synonyms attach to the latest primary phrase.
  std::optional<uint32_t> current;
  enum class Section { kNone, kNoun, kAdjective } section = Section::kNone;
  for (const PeerLine& l : lines) {
    const std::string_view text = l.text;
    if (text.front() == '<') {
      const std::string tag = UpperAscii(text);
      if (tag == "<NOUN>") section = Section::kNoun;
      else if (tag == "<ADJECTIVE>") section = Section::kAdjective;
      else if (tag == "</NOUN>" || tag == "</ADJECTIVE>") section = Section::kNone;
      else report->Unsupported("actor file section " + std::string(text), path, l.number);
      continue;
    }
    if (section != Section::kNone) {
      PeerPhrase phrase;
      std::string error;
      if (!ParsePhrase(SplitBlanks(text)[0], dialect, false, &phrase, &error)) {
        report->Error(path, l.number, error);
        continue;
      }
      if (words != nullptr) {
        (section == Section::kNoun ? words->nouns : words->adjectives).push_back(std::move(phrase));
      }
      continue;
    }
    std::string_view before;
    std::vector<std::string_view> blocks;
    std::string error;
    if (!SplitCodeBlocks(text, &before, &blocks, &error)) {
      report->Error(path, l.number, error);
      continue;
    }
    if (text.front() == '[') {
      if (!current) {
        report->Error(path, l.number, "code line before any actor");
        continue;
      }
      AddCodes(blocks, path, l.number, *current, dict, report);
      continue;
    }
    if (text.front() == '+') {
      if (!current) {
        report->Error(path, l.number, "synonym \"" + std::string(text) + "\" before any actor");
        continue;
      }
      PeerPhrase phrase;
      if (!ParsePhrase(before.substr(1), dialect, false, &phrase, &error)) {
        report->Error(path, l.number, error);
        continue;
      }
      dict->AddActorPhrase(*current, std::move(phrase));
      AddCodes(blocks, path, l.number, *current, dict, report);
      continue;
    }
    PeerPhrase phrase;
    if (!ParsePhrase(before, dialect, false, &phrase, &error)) {
      report->Error(path, l.number, error);
      continue;
    }
    PeerActor actor;
    actor.name = std::string(before);
    actor.where = path + ":" + std::to_string(l.number);
    current = dict->AddActor(std::move(actor));
    dict->AddActorPhrase(*current, std::move(phrase));
    AddCodes(blocks, path, l.number, *current, dict, report);
  }
}

void ParseAgentLines(const std::vector<PeerLine>& lines, const std::string& path, Dialect dialect,
                     PeerActorDict* dict, PeerReport* report) {
  std::map<std::string, std::vector<std::string>> substitutions;
  for (const PeerLine& l : lines) {
    std::string_view text = l.text;
    if (text.front() == '!' && text.find('=') != std::string_view::npos &&
        text.find('[') == std::string_view::npos) {
      const size_t eq = text.find('=');
      const std::string marker = UpperAscii(Trim(text.substr(0, eq)));
      if (marker.size() < 3 || marker.back() != '!') {
        report->Error(path, l.number, "bad substitution marker \"" + marker + "\" (expected !NAME!)");
        continue;
      }
      std::vector<std::string> items;
      std::string_view rest = text.substr(eq + 1);
      while (!rest.empty()) {
        const size_t comma = rest.find(',');
        const std::string item = UpperAscii(Trim(rest.substr(0, comma)));
        if (!item.empty()) items.push_back(item);
        if (comma == std::string_view::npos) break;
        rest = rest.substr(comma + 1);
      }
      if (items.empty()) {
        report->Error(path, l.number, "substitution set " + marker + " has no items");
        continue;
      }
      substitutions[marker] = std::move(items);
      continue;
    }
    std::string_view before;
    std::vector<std::string_view> blocks;
    std::string error;
    if (!SplitCodeBlocks(text, &before, &blocks, &error)) {
      report->Error(path, l.number, error);
      continue;
    }
    if (blocks.size() != 1) {
      report->Error(path, l.number,
                    blocks.empty() ? "agent without a [code]" : "agent with more than one [code]");
      continue;
    }
    const std::string code_text = UpperAscii(Trim(blocks[0]));
    PeerAgent agent;
    if (code_text.size() >= 2 && code_text.front() == '~') {
      agent.code = code_text.substr(1);
    } else if (code_text.size() >= 2 && code_text.back() == '~') {
      agent.code = code_text.substr(0, code_text.size() - 1);
      agent.prefix = true;
    } else {
      report->Error(path, l.number,
                    "agent code \"" + code_text + "\" must start or end with '~' (~GOV, NGO~)");
      continue;
    }
    agent.code = std::string(Trim(agent.code));
    // The phrase, then an optional "{plurals}".
    std::string_view phrase_text = before;
    std::optional<std::string_view> plurals;
    const size_t brace = before.find('{');
    if (brace != std::string_view::npos) {
      const size_t close = before.find('}', brace);
      if (close == std::string_view::npos || before.find('{', brace + 1) < close) {
        report->Error(path, l.number, "unbalanced '{' in \"" + std::string(text) + "\"");
        continue;
      }
      plurals = before.substr(brace + 1, close - brace - 1);
      phrase_text = Trim(before.substr(0, brace));
    } else if (before.find('}') != std::string_view::npos) {
      report->Error(path, l.number, "unbalanced '}' in \"" + std::string(text) + "\"");
      continue;
    }
    // Expand substitution markers ("CONGRESS!PERSON!").
    std::vector<std::string> forms{UpperAscii(phrase_text)};
    bool substituted = false;
    bool bad_marker = false;
    for (int guard = 0; guard < 4; ++guard) {
      std::vector<std::string> next;
      bool any = false;
      for (const std::string& f : forms) {
        const size_t open = f.find('!');
        if (open == std::string::npos) {
          next.push_back(f);
          continue;
        }
        const size_t close = f.find('!', open + 1);
        if (close == std::string::npos) {
          report->Error(path, l.number, "unterminated substitution marker in \"" + f + "\"");
          bad_marker = true;
          break;
        }
        const std::string marker = f.substr(open, close - open + 1);
        auto it = substitutions.find(marker);
        if (it == substitutions.end()) {
          report->Error(path, l.number, "unknown substitution marker " + marker);
          bad_marker = true;
          break;
        }
        for (const std::string& item : it->second) {
          next.push_back(f.substr(0, open) + item + f.substr(close + 1));
        }
        any = true;
      }
      if (bad_marker) break;
      forms = std::move(next);
      if (!any) break;
      substituted = true;
    }
    if (bad_marker) continue;
    agent.name = std::string(phrase_text);
    agent.where = path + ":" + std::to_string(l.number);
    std::vector<PeerPhrase> phrases;
    for (const std::string& f : forms) {
      PeerPhrase phrase;
      if (!ParsePhrase(f, dialect, false, &phrase, &error)) {
        report->Error(path, l.number, error);
        continue;
      }
      // PETRARCH: regular plural of the last word unless {...} says
      // otherwise; substituted forms get none.
      if (dialect == Dialect::kPetrarch && !plurals && !substituted) {
        PeerPhrase plural = phrase;
        plural.back().text = RegularPlural(plural.back().text);
        phrases.push_back(std::move(plural));
      }
      phrases.push_back(std::move(phrase));
    }
    if (plurals) {
      if (dialect == Dialect::kTabari) {
        report->Unsupported("agent plural braces in a TABARI file", path, l.number);
      }
      for (const std::string_view p : SplitBlanks(*plurals)) {
        PeerPhrase phrase;
        if (!ParsePhrase(p, dialect, false, &phrase, &error)) {
          report->Error(path, l.number, error);
          continue;
        }
        phrases.push_back(std::move(phrase));
      }
    }
    if (phrases.empty()) continue;
    const uint32_t id = dict->AddAgent(std::move(agent));
    for (PeerPhrase& p : phrases) dict->AddAgentPhrase(id, std::move(p));
  }
}

Status ReadActorFile(const std::string& path, Dialect dialect, PeerActorDict* dict,
                     PeerWordLists* words, PeerReport* report) {
  const CommentStyle style = dialect == Dialect::kTabari ? CommentStyle::kTabari : CommentStyle::kPetrarch;
  auto lines = ReadPeerLines(path, style, report);
  if (!lines.ok()) return lines.status();
  ParseActorLines(*lines, path, dialect, dict, words, report);
  return Status::Ok();
}

Status ReadAgentFile(const std::string& path, Dialect dialect, PeerActorDict* dict,
                     PeerReport* report) {
  const CommentStyle style = dialect == Dialect::kTabari ? CommentStyle::kTabari : CommentStyle::kPetrarch;
  auto lines = ReadPeerLines(path, style, report);
  if (!lines.ok()) return lines.status();
  ParseAgentLines(*lines, path, dialect, dict, report);
  return Status::Ok();
}

}  // namespace dyad::peers
