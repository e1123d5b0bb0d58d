#include "peers/peer_date.h"

#include "peers/peer_lines.h"
#include "util/text_file.h"

namespace dyad::peers {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

}  // namespace

std::optional<int32_t> ParsePeerDate(std::string_view digits) {
  if (!AllDigits(digits) || (digits.size() != 6 && digits.size() != 8)) return std::nullopt;
  int32_t value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  int year = 0;
  if (digits.size() == 6) {
    const int yy = value / 10000;
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    value = year * 10000 + value % 10000;
  } else {
    year = value / 10000;
  }
  const int month = value / 100 % 100;
  const int day = value % 100;
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return std::nullopt;
  return value;
}

bool ParseDatedCode(std::string_view inside, DatedCode* out, std::string* error) {
  const std::string_view s = Trim(inside);
  size_t i = 0;
  while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '<' && s[i] != '>') ++i;
  DatedCode dc;
  dc.code = std::string(s.substr(0, i));
  if (dc.code.empty()) {
    *error = "code block without a code: [" + std::string(inside) + "]";
    return false;
  }
  bool digits_only = true;
  for (const char c : dc.code) {
    if ((c < '0' || c > '9') && c != '-') digits_only = false;
  }
  if (digits_only && dc.code.find_first_of("0123456789") != std::string::npos) {
    *error = "date restriction without a code: [" + std::string(inside) + "]";
    return false;
  }
  const std::string_view rest = Trim(s.substr(i));
  if (!rest.empty()) {
    if (rest[0] == '<' || rest[0] == '>') {
      const std::string_view digits = Trim(rest.substr(1));
      const auto d = ParsePeerDate(digits);
      if (!d) {
        *error = "bad date \"" + std::string(digits) + "\" in [" + std::string(inside) +
                 "] (expected YYMMDD or YYYYMMDD)";
        return false;
      }
      if (rest[0] == '<') dc.to = *d;
      else dc.from = *d;
    } else {
      const size_t dash = rest.find('-');
      const auto d1 = dash == std::string_view::npos ? std::nullopt
                                                     : ParsePeerDate(Trim(rest.substr(0, dash)));
      const auto d2 = dash == std::string_view::npos ? std::nullopt
                                                     : ParsePeerDate(Trim(rest.substr(dash + 1)));
      if (!d1 || !d2) {
        *error = "bad date restriction in [" + std::string(inside) +
                 "] (expected <DATE, >DATE or DATE-DATE with YYMMDD or YYYYMMDD dates)";
        return false;
      }
      dc.from = *d1;
      dc.to = *d2;
    }
  }
  *out = std::move(dc);
  return true;
}

std::string_view CodeOnDate(const std::vector<DatedCode>& codes, int32_t date) {
  for (const DatedCode& c : codes) {
    if (c.restricted() && c.Covers(date)) return c.code;
  }
  for (const DatedCode& c : codes) {
    if (!c.restricted()) return c.code;
  }
  return {};
}

}  // namespace dyad::peers
