// Dates and date-restricted codes of peer actor dictionaries.
//
//   [HOB < 950601]           before (or on) 1995-06-01
//   [HOBGOV 950601 - 990815] from 1995-06-01 to 1999-08-15 (inclusive)
//   [HOBREB >19990816]       after (or on) 1999-08-16
//   [HOB]                    no restriction (the default code)
//
// Dates are YYMMDD or YYYYMMDD; two-digit years 00-30 are 2000-2030, the
// rest 1931-1999 (TABARI's and the Phoenix dictionaries' convention). A date
// is kept as the integer YYYYMMDD, so comparisons are integer comparisons.
#ifndef DYAD_PEERS_PEER_DATE_H_
#define DYAD_PEERS_PEER_DATE_H_

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::peers {

inline constexpr int32_t kNoDateFloor = std::numeric_limits<int32_t>::min();
inline constexpr int32_t kNoDateCeiling = std::numeric_limits<int32_t>::max();

// "950601" -> 19950601, "20130119" -> 20130119; nullopt for anything else,
// including impossible months and days.
std::optional<int32_t> ParsePeerDate(std::string_view digits);

struct DatedCode {
  std::string code;
  int32_t from = kNoDateFloor;  // inclusive
  int32_t to = kNoDateCeiling;  // inclusive
  bool restricted() const { return from != kNoDateFloor || to != kNoDateCeiling; }
  bool Covers(int32_t date) const { return date >= from && date <= to; }
};

// Parses the inside of one "[...]" ("HOBGOV 950601 - 990815"); false with a
// message when the code is missing or a date is malformed.
bool ParseDatedCode(std::string_view inside, DatedCode* out, std::string* error);

// The code in force on `date` (YYYYMMDD): the first restricted code that
// covers it, else the first unrestricted code, else "" (none).
std::string_view CodeOnDate(const std::vector<DatedCode>& codes, int32_t date);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PEER_DATE_H_
