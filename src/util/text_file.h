// Line-oriented reading of dyad's text dictionaries (docs/DICTIONARIES.md).
//
// ReadDictionaryLines gives every meaningful line with its 1-based number,
// comments ("#" to the end of the line) and surrounding blanks removed.
// ParseBlocks groups "key: value" lines under "[kind ID]" headers. Problems
// are collected as "path:line: message" strings rather than stopping at the
// first, so `dyad dict check` can list them all.
#ifndef DYAD_UTIL_TEXT_FILE_H_
#define DYAD_UTIL_TEXT_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

struct DictLine {
  int number = 0;
  std::string text;  // comment and outer whitespace removed; never empty
};

// Reads `path`; invalid UTF-8 on a line is reported in `problems` and the
// line skipped.
Result<std::vector<DictLine>> ReadDictionaryLines(const std::string& path,
                                                  std::vector<std::string>* problems);

struct DictField {
  int line = 0;
  std::string key;
  std::vector<std::string> values;  // split on "|", trimmed, empty ones dropped
};

struct DictBlock {
  int line = 0;
  std::string kind;  // "country", "person", "org", "agent"
  std::string id;    // "JPN" in "[country JPN]"; the name in "[person] Fumio Kishida"
  std::vector<DictField> fields;
};

std::vector<DictBlock> ParseBlocks(const std::string& path, const std::vector<DictLine>& lines,
                                   std::vector<std::string>* problems);

std::string_view Trim(std::string_view s);
std::vector<std::string> SplitAlternatives(std::string_view s);  // on '|'
bool IsValidUtf8(std::string_view s);

}  // namespace dyad

#endif  // DYAD_UTIL_TEXT_FILE_H_
