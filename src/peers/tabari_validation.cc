#include "peers/tabari_validation.h"

#include "peers/peer_date.h"
#include "peers/peer_lines.h"
#include "util/text_file.h"

namespace dyad::peers {
namespace {

// "950101  DEMO-01" -> (date, id); false when the line is not a header.
bool ParseHeader(std::string_view line, std::string* date, std::string* id) {
  size_t i = 0;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  if (i < 6 || i > 8 || i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return false;
  *date = std::string(line.substr(0, i));
  // The id is the first token that is not another date ("950101  950101  AGENTS-11").
  for (const std::string_view tok : SplitBlanks(line.substr(i))) {
    bool digits = true;
    for (const char c : tok) digits = digits && c >= '0' && c <= '9';
    if (!digits) {
      *id = std::string(tok);
      return true;
    }
  }
  *id = std::string(SplitBlanks(line.substr(i)).empty() ? "" : SplitBlanks(line.substr(i))[0]);
  return !id->empty();
}

void ReadExpectations(TabariRecord* r) {
  const std::string& c = r->comment;
  size_t pos = 0;
  while ((pos = c.find('{', pos)) != std::string::npos) {
    size_t close = c.find('}', pos + 1);
    if (close == std::string::npos) {
      // "{ OPTION: SET: MINIMUM WORDS = 4  */" lacks its brace in the file:
      // an option command runs to the end of the comment.
      if (Trim(std::string_view(c).substr(pos + 1)).starts_with("OPTION:")) close = c.size();
      else break;
    }
    const bool disabled = pos > 0 && c[pos - 1] == '-';
    const std::string inner(Trim(std::string_view(c).substr(pos + 1, close - pos - 1)));
    pos = close + 1;
    if (inner.starts_with("OPTION:")) {
      r->options.emplace_back(Trim(std::string_view(inner).substr(7)));
      continue;
    }
    if (disabled) continue;
    if (inner == "+++") { r->expect_complex = true; continue; }
    if (inner == "---") { r->expect_none = true; continue; }
    if (inner == "###") { r->expect_discard = true; continue; }
    const size_t s1 = inner.find('/');
    const size_t s2 = s1 == std::string::npos ? std::string::npos : inner.find('/', s1 + 1);
    if (s2 == std::string::npos) continue;  // braces in prose, not an expectation
    ExpectedEvent e;
    e.source = std::string(Trim(std::string_view(inner).substr(0, s1)));
    e.target = std::string(Trim(std::string_view(inner).substr(s1 + 1, s2 - s1 - 1)));
    e.code = std::string(Trim(std::string_view(inner).substr(s2 + 1)));
    r->expected.push_back(std::move(e));
  }
}

}  // namespace

int32_t TabariRecordDate(std::string_view text) {
  std::string_view digits = text;
  if (digits.size() == 7) digits = digits.substr(0, 6);
  return ParsePeerDate(digits).value_or(0);
}

std::vector<TabariRecord> ParseTabariValidation(std::string_view content) {
  std::vector<TabariRecord> records;
  bool in_comment = false;
  bool standard = true;
  int number = 0;
  size_t start = 0;
  while (start < content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    start = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string date, id;
    if (!in_comment && ParseHeader(line, &date, &id)) {
      if (!records.empty() && records.back().id == "FINAL-01") standard = false;
      TabariRecord r;
      r.id = std::move(id);
      r.date_text = std::move(date);
      r.line = number;
      r.standard = standard && r.id != "FINAL-01";
      records.push_back(std::move(r));
      continue;
    }
    if (records.empty()) continue;
    TabariRecord& r = records.back();
    if (!in_comment && Trim(line).starts_with("#")) continue;
    // Split the line into text and comment parts.
    while (!line.empty()) {
      if (in_comment) {
        const size_t close = line.find("*/");
        if (close == std::string_view::npos) {
          r.comment.append(line);
          r.comment += '\n';
          line = {};
        } else {
          r.comment.append(line.substr(0, close));
          line = line.substr(close + 2);
          in_comment = false;
        }
      } else {
        const size_t open = line.find("/*");
        const std::string_view text = open == std::string_view::npos ? line : line.substr(0, open);
        if (!Trim(text).empty()) {
          if (!r.text.empty()) r.text += ' ';
          r.text.append(Trim(text));
        }
        if (open == std::string_view::npos) {
          line = {};
        } else {
          line = line.substr(open + 2);
          in_comment = true;
        }
      }
    }
  }
  for (TabariRecord& r : records) ReadExpectations(&r);
  return records;
}

Result<std::vector<TabariRecord>> ReadTabariValidation(const std::string& path) {
  auto content = ReadWholeFile(path);
  if (!content.ok()) return content.status();
  return ParseTabariValidation(*content);
}

}  // namespace dyad::peers
