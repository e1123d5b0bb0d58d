#include "events/event_date.h"

#include <array>

namespace dyad {
namespace {

// 0 for Monday ... 6 for Sunday, -1 for any other word. Lemmas of proper
// nouns keep their capital: compared case-blind.
bool SameCaseBlind(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    if ((word[i] | 0x20) != lower[i]) return false;
  }
  return true;
}

int WeekdayIndex(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kWeekdays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) {
    if (SameCaseBlind(word, kWeekdays[d])) return d;
  }
  return -1;
}

}  // namespace

bool IsRelativeDateWord(std::string_view word) {
  return word == "yesterday" || word == "today" || word == "tonight" || WeekdayIndex(word) >= 0;
}

bool IsTimeWord(std::string_view word) {
  if (IsRelativeDateWord(word)) return true;
  static constexpr std::array<std::string_view, 24> kTimes = {
      "january", "february", "march",   "april",   "june",    "july",
      "august",  "september", "october", "november", "december", "morning",
      "afternoon", "evening", "night",   "weekend", "week",    "day",
      "month",   "year",     "dawn",    "dusk",    "midnight", "hour"};
  for (std::string_view t : kTimes) {
    if (SameCaseBlind(word, t)) return true;
  }
  return false;
}

std::optional<Date> ResolveRelativeDate(std::string_view word, const Date& article) {
  if (!article.known()) return std::nullopt;
  if (word == "yesterday") return article.AddDays(-1);
  if (word == "today" || word == "tonight") return article;
  const int d = WeekdayIndex(word);
  if (d < 0) return std::nullopt;
  const int back = (article.Weekday() - d + 7) % 7;
  return article.AddDays(-back);
}

}  // namespace dyad
