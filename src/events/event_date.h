// Relative dates in news text ("on Friday", "yesterday", "today"),
// resolved against the article's date.
#ifndef DYAD_EVENTS_EVENT_DATE_H_
#define DYAD_EVENTS_EVENT_DATE_H_

#include <optional>
#include <string_view>

#include "dyad/date.h"

namespace dyad {

// The date `word` (a lowercased lemma) refers to, for an article published
// on `article`: a weekday is its latest occurrence on or before the article
// date (wire stories report the past); nullopt for other words or when the
// article date is unknown.
std::optional<Date> ResolveRelativeDate(std::string_view word, const Date& article);

// Whether `word` is one ResolveRelativeDate reads (a weekday, "today",
// "yesterday", "tonight"), whatever the article date.
bool IsRelativeDateWord(std::string_view word);

}  // namespace dyad

#endif  // DYAD_EVENTS_EVENT_DATE_H_
