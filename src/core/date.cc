#include "dyad/date.h"

#include <charconv>
#include <cstdio>

namespace dyad {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

bool ParseDigits(std::string_view s, int* out) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return std::from_chars(s.data(), s.data() + s.size(), *out).ec == std::errc();
}

}  // namespace

std::optional<Date> Date::Parse(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!ParseDigits(iso.substr(0, 4), &y) || !ParseDigits(iso.substr(5, 2), &m) ||
      !ParseDigits(iso.substr(8, 2), &d)) {
    return std::nullopt;
  }
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
  return Date{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(d)};
}

std::string Date::ToString() const {
  if (!known()) return "";
  char buf[32];  // room for any int the fields promote to: no truncation warning
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Civil-from-days and days-from-civil: the standard era-based conversion
// (400-year cycles of 146097 days), written out here.
int64_t Date::ToDays() const {
  const int64_t y = year - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;  // March = 0
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t doe = days - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return Date{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(d)};
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday = 0).
  const int64_t w = (ToDays() % 7 + 7 + 3) % 7;
  return static_cast<int>(w);
}

}  // namespace dyad
