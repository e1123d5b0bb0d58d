#include "events/event_date.h"

#include <array>

namespace dyad {

std::optional<Date> ResolveRelativeDate(std::string_view word, const Date& article) {
  if (!article.known()) return std::nullopt;
  if (word == "yesterday") return article.AddDays(-1);
  if (word == "today" || word == "tonight") return article;
  static constexpr std::array<std::string_view, 7> kWeekdays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int d = 0; d < 7; ++d) {
    // Lemmas of proper nouns keep their capital: compare case-blind.
    if (word.size() != kWeekdays[d].size()) continue;
    bool same = true;
    for (size_t i = 0; i < word.size() && same; ++i) {
      same = (word[i] | 0x20) == kWeekdays[d][i];
    }
    if (!same) continue;
    const int back = (article.Weekday() - d + 7) % 7;
    return article.AddDays(-back);
  }
  return std::nullopt;
}

}  // namespace dyad
