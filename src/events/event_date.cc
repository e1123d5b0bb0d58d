#include "events/event_date.h"

#include <array>

namespace dyad {
namespace {

// 0 for Monday ... 6 for Sunday, -1 for any other word. Lemmas of proper
// nouns keep their capital: compared case-blind.
int WeekdayIndex(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kWeekdays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) {
    if (word.size() != kWeekdays[d].size()) continue;
    bool same = true;
    for (size_t i = 0; i < word.size() && same; ++i) {
      same = (word[i] | 0x20) == kWeekdays[d][i];
    }
    if (same) return d;
  }
  return -1;
}

}  // namespace

bool IsRelativeDateWord(std::string_view word) {
  return word == "yesterday" || word == "today" || word == "tonight" || WeekdayIndex(word) >= 0;
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
