#include "resume.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

namespace dyad::tools {
namespace {

// The doc_id of one output line; empty when the line is not a record.
std::string DocIdOf(const std::string& line, const std::string& format) {
  if (format == "csv") {
    if (line.empty()) return "";
    if (line[0] != '"') return line.substr(0, line.find(','));
    std::string id;
    for (size_t i = 1; i < line.size(); ++i) {
      if (line[i] == '"') {
        if (i + 1 < line.size() && line[i + 1] == '"') {
          id += '"';
          ++i;
        } else {
          break;
        }
      } else {
        id += line[i];
      }
    }
    return id;
  }
  try {
    const auto j = nlohmann::json::parse(line);
    if (j.contains("doc_id") && j["doc_id"].is_string()) return j["doc_id"].get<std::string>();
  } catch (const nlohmann::json::exception&) {
  }
  return "";
}

}  // namespace

Result<std::unordered_set<std::string>> PrepareResume(const std::string& path,
                                                      const std::string& format) {
  std::unordered_set<std::string> done;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return done;  // nothing to resume: a fresh run
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot read for --resume");
  const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  // Whole lines only.
  size_t keep = content.rfind('\n');
  keep = keep == std::string::npos ? 0 : keep + 1;
  // Walk the complete lines; remember where the last article's run begins.
  std::string last_id;
  size_t last_start = 0, pos = 0;
  bool header = format == "csv";
  while (pos < keep) {
    const size_t nl = content.find('\n', pos);
    const std::string line = content.substr(pos, nl - pos);
    if (header) {
      header = false;
    } else {
      const std::string id = DocIdOf(line, format);
      if (!id.empty() && id != last_id) {
        if (!last_id.empty()) done.insert(last_id);
        last_id = id;
        last_start = pos;
      }
    }
    pos = nl + 1;
  }
  if (!last_id.empty()) keep = last_start;  // the last article is coded again
  std::filesystem::resize_file(path, keep, ec);
  if (ec) return Status::IoError(path + ": cannot truncate for --resume: " + ec.message());
  return done;
}

}  // namespace dyad::tools
