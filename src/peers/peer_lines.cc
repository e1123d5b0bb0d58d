#include "peers/peer_lines.h"

#include <fstream>
#include <sstream>

#include "util/text_file.h"

namespace dyad::peers {
namespace {

// Removes a PETRARCH "#" comment: "#" outside "[...]" starts it.
std::string_view StripHash(std::string_view s) {
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '[') ++depth;
    else if (s[i] == ']' && depth > 0) --depth;
    else if (s[i] == '#' && depth == 0) return s.substr(0, i);
  }
  return s;
}

}  // namespace

std::vector<PeerLine> SplitPeerLines(std::string_view content, const std::string& name,
                                     CommentStyle style, PeerReport* report) {
  std::vector<PeerLine> lines;
  bool in_xml_comment = false;
  int number = 0;
  size_t start = 0;
  while (start < content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view raw = content.substr(start, end - start);
    start = end + 1;
    ++number;
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (!IsValidUtf8(raw)) {
      report->Error(name, number, "invalid UTF-8; line skipped");
      continue;
    }
    std::string_view text = raw;
    if (style == CommentStyle::kPetrarch) {
      if (in_xml_comment) {
        const size_t close = text.find("-->");
        if (close == std::string_view::npos) continue;
        in_xml_comment = false;
        text = text.substr(close + 3);
      }
      // XML comments can also sit inside a line ("ABC <!-- x --> DEF").
      std::string joined;
      for (;;) {
        const size_t open = text.find("<!");
        if (open == std::string_view::npos) break;
        const size_t close = text.find("-->", open);
        joined.append(text.substr(0, open));
        if (close == std::string_view::npos) {
          in_xml_comment = true;
          text = {};
          break;
        }
        text = text.substr(close + 3);
      }
      if (!joined.empty()) {
        joined.append(text);
        text = StripHash(joined);
        const std::string_view trimmed = Trim(text);
        if (!trimmed.empty()) {
          lines.push_back({number, raw.front() == '\t' || raw.front() == ' ', std::string(trimmed)});
        }
        continue;
      }
      text = StripHash(text);
    } else {
      if (text.starts_with("~~")) break;  // "~~FINISH": end of the dictionary
      const std::string_view lead = Trim(text);
      if (lead.starts_with("#")) continue;
      const size_t semi = text.find(';');
      if (semi != std::string_view::npos) text = text.substr(0, semi);
    }
    const std::string_view trimmed = Trim(text);
    if (trimmed.empty()) continue;
    lines.push_back({number, raw.front() == '\t' || raw.front() == ' ', std::string(trimmed)});
  }
  return lines;
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read failed");
  return buffer.str();
}

Result<std::vector<PeerLine>> ReadPeerLines(const std::string& path, CommentStyle style,
                                            PeerReport* report) {
  auto content = ReadWholeFile(path);
  if (!content.ok()) return content.status();
  return SplitPeerLines(*content, path, style, report);
}

std::string UpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::vector<std::string_view> SplitBlanks(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const size_t begin = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > begin) out.push_back(s.substr(begin, i - begin));
  }
  return out;
}

std::string BaseName(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

}  // namespace dyad::peers
