// Date: a calendar day (proleptic Gregorian), as used for article dates,
// event dates and the validity ranges of people's roles.
#ifndef DYAD_DATE_H_
#define DYAD_DATE_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

struct Date {
  int16_t year = 0;  // 0 = unknown
  int8_t month = 0;  // 1..12
  int8_t day = 0;    // 1..31

  bool known() const { return year != 0; }
  auto operator<=>(const Date&) const = default;

  // Strict "YYYY-MM-DD" with a real calendar day; nullopt otherwise.
  static std::optional<Date> Parse(std::string_view iso);
  std::string ToString() const;  // "YYYY-MM-DD", or "" when unknown

  // Days since 1970-01-01 and back; for weekday arithmetic.
  int64_t ToDays() const;
  static Date FromDays(int64_t days);
  int Weekday() const;  // 0 = Monday .. 6 = Sunday
  Date AddDays(int64_t n) const { return FromDays(ToDays() + n); }
};

}  // namespace dyad

#endif  // DYAD_DATE_H_
