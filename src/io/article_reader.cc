#include "io/article_reader.h"

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

// "2022-01-22", "2022-01-22T10:15:00Z" (the day is kept) or "20220122".
std::optional<Date> ParseArticleDate(const std::string& s) {
  if (s.size() == 8 && s.find_first_not_of("0123456789") == std::string::npos) {
    return Date::Parse(s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2));
  }
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) return Date::Parse(s.substr(0, 10));
  return Date::Parse(s);
}

std::string OptionalString(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

Article ParseArticle(const std::string& json, uint64_t line) {
  Article a;
  a.line = line;
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(json);
  } catch (const nlohmann::json::exception& e) {
    // Every error the parser can raise, not only parse_error: nlohmann
    // rejects invalid UTF-8 inside strings as a parse error, but a number
    // too large for a double ("1e999") as out_of_range (found by
    // tests/fuzz/article_reader_fuzz.cc: it aborted the whole run).
    a.error = std::string("invalid JSON: ") + e.what();
    return a;
  }
  if (!j.is_object()) {
    a.error = "record is not a JSON object";
    return a;
  }
  if (auto id = j.find("id"); id != j.end()) {
    if (id->is_string()) a.id = id->get<std::string>();
    else if (id->is_number_integer()) a.id = std::to_string(id->get<int64_t>());
  }
  if (a.id.empty()) a.id = "line-" + std::to_string(line);
  auto text = j.find("text");
  if (text == j.end() || !text->is_string() || text->get_ref<const std::string&>().empty()) {
    a.error = "no \"text\" (a non-empty string is required)";
    return a;
  }
  a.text = text->get<std::string>();
  if (auto date = j.find("date"); date != j.end() && !date->is_null()) {
    const auto parsed = date->is_string() ? ParseArticleDate(date->get<std::string>()) : std::nullopt;
    if (!parsed) {
      a.error = "bad \"date\" " + date->dump() + " (expected YYYY-MM-DD)";
      return a;
    }
    a.date = *parsed;
  }
  a.title = OptionalString(j, "title");
  a.url = OptionalString(j, "url");
  a.source = OptionalString(j, "source");
  return a;
}

std::optional<Article> ArticleReader::Next() {
  while (std::getline(in_, buffer_)) {
    ++line_;
    if (!buffer_.empty() && buffer_.back() == '\r') buffer_.pop_back();
    if (buffer_.find_first_not_of(" \t") == std::string::npos) continue;
    return ParseArticle(buffer_, line_);
  }
  return std::nullopt;
}

}  // namespace dyad
