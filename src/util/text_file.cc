#include "util/text_file.h"

#include <fstream>

namespace dyad {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> SplitAlternatives(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t bar = s.find('|', start);
    if (bar == std::string_view::npos) bar = s.size();
    const std::string_view part = Trim(s.substr(start, bar - start));
    if (!part.empty()) out.emplace_back(part);
    start = bar + 1;
  }
  return out;
}

bool IsValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    int extra = 0;
    uint32_t cp = 0;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) { extra = 1; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { extra = 2; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { extra = 3; cp = c & 0x07; }
    else return false;
    if (i + extra >= s.size()) return false;  // truncated sequence
    for (int k = 1; k <= extra; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      return false;
    }
    i += extra + 1;
  }
  return true;
}

Result<std::vector<DictLine>> ReadDictionaryLines(const std::string& path,
                                                  std::vector<std::string>* problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open dictionary file");
  std::vector<DictLine> lines;
  std::string raw;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    if (!IsValidUtf8(raw)) {
      problems->push_back(path + ":" + std::to_string(number) + ": invalid UTF-8; line skipped");
      continue;
    }
    std::string_view text = raw;
    if (const size_t hash = text.find('#'); hash != std::string_view::npos) {
      text = text.substr(0, hash);
    }
    text = Trim(text);
    if (!text.empty()) lines.push_back({number, std::string(text)});
  }
  return lines;
}

std::vector<DictBlock> ParseBlocks(const std::string& path, const std::vector<DictLine>& lines,
                                   std::vector<std::string>* problems) {
  std::vector<DictBlock> blocks;
  auto where = [&](int line) { return path + ":" + std::to_string(line) + ": "; };
  for (const DictLine& line : lines) {
    const std::string_view text = line.text;
    if (text.front() == '[') {
      const size_t close = text.find(']');
      if (close == std::string_view::npos) {
        problems->push_back(where(line.number) + "unbalanced '[' in block header");
        continue;
      }
      const std::string_view inside = Trim(text.substr(1, close - 1));
      const std::string_view after = Trim(text.substr(close + 1));
      DictBlock block;
      block.line = line.number;
      const size_t space = inside.find(' ');
      block.kind = std::string(inside.substr(0, space));
      if (space != std::string_view::npos) block.id = std::string(Trim(inside.substr(space + 1)));
      if (!after.empty()) {
        if (!block.id.empty()) {
          problems->push_back(where(line.number) + "text after the block header: '" +
                              std::string(after) + "'");
        }
        block.id = std::string(after);
      }
      if (block.kind.empty() || block.id.empty()) {
        problems->push_back(where(line.number) + "block header needs a kind and a name or code");
        continue;
      }
      blocks.push_back(std::move(block));
      continue;
    }
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      problems->push_back(where(line.number) + "expected 'key: value', found '" +
                          std::string(text) + "'");
      continue;
    }
    if (blocks.empty()) {
      problems->push_back(where(line.number) + "field before any [block] header");
      continue;
    }
    DictField field;
    field.line = line.number;
    field.key = std::string(Trim(text.substr(0, colon)));
    field.values = SplitAlternatives(text.substr(colon + 1));
    if (field.values.empty()) {
      problems->push_back(where(line.number) + "field '" + field.key + "' has no value");
      continue;
    }
    blocks.back().fields.push_back(std::move(field));
  }
  return blocks;
}

}  // namespace dyad
