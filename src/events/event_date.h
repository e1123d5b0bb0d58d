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

// Whether `word` (a lemma) names a time rather than a thing or a party: a
// relative date word, a month ("May" only as a date is too ambiguous and is
// left out), or a period of the day, week or year. A phrase headed by one
// ("on Sunday", "in March", "at night") is when an act happened, never
// whom it involved.
bool IsTimeWord(std::string_view word);

}  // namespace dyad

#endif  // DYAD_EVENTS_EVENT_DATE_H_
