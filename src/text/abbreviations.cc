#include "text/abbreviations.h"

#include "text/word_list.h"

namespace dyad {
namespace {

struct AbbrevEntry {
  std::string_view key;  // lower case, with the final period
  AbbrevKind kind;
  bool needs_capital;  // "Calif." yes, "calif." no: guards real words
};

using K = AbbrevKind;
// Sorted by key (static_assert below). News vocabulary: titles and ranks,
// months and weekdays, company forms, US state abbreviations (AP style).
constexpr AbbrevEntry kAbbreviations[] = {
    {"adm.", K::kTitle, true}, {"al.", K::kOther, false}, {"ala.", K::kOther, true},
    {"approx.", K::kOther, false}, {"apr.", K::kDate, true}, {"ariz.", K::kOther, true},
    {"ark.", K::kOther, true}, {"art.", K::kNumber, true}, {"assn.", K::kOther, false},
    {"asst.", K::kTitle, false}, {"attn.", K::kOther, false}, {"atty.", K::kTitle, false},
    {"aug.", K::kDate, true}, {"ave.", K::kOther, true}, {"blvd.", K::kOther, true},
    {"brig.", K::kTitle, true}, {"bros.", K::kOther, true}, {"c.", K::kNumber, false},
    {"ca.", K::kOther, false}, {"cal.", K::kOther, true}, {"calif.", K::kOther, true},
    {"capt.", K::kTitle, true}, {"cdr.", K::kTitle, true}, {"cf.", K::kOther, false},
    {"ch.", K::kNumber, false}, {"cmdr.", K::kTitle, true}, {"co.", K::kOther, true},
    {"col.", K::kTitle, true}, {"colo.", K::kOther, true}, {"conn.", K::kOther, true},
    {"corp.", K::kOther, true}, {"cos.", K::kOther, true}, {"cpl.", K::kTitle, true},
    {"dec.", K::kDate, true}, {"del.", K::kOther, true}, {"dept.", K::kOther, false},
    {"det.", K::kTitle, true}, {"dr.", K::kTitle, false}, {"esq.", K::kOther, true},
    {"est.", K::kOther, false}, {"etc.", K::kOther, false}, {"ext.", K::kNumber, false},
    {"feb.", K::kDate, true}, {"fig.", K::kNumber, false}, {"fla.", K::kOther, true},
    {"fr.", K::kTitle, true}, {"fri.", K::kDate, true}, {"ft.", K::kTitle, true},
    {"ga.", K::kOther, true}, {"gen.", K::kTitle, true}, {"gov.", K::kTitle, true},
    {"govt.", K::kOther, false}, {"hon.", K::kTitle, true}, {"ill.", K::kOther, true},
    {"inc.", K::kOther, false}, {"ind.", K::kOther, true}, {"insp.", K::kTitle, true},
    {"jan.", K::kDate, true}, {"jr.", K::kOther, false}, {"jul.", K::kDate, true},
    {"jun.", K::kDate, true}, {"kan.", K::kOther, true}, {"kans.", K::kOther, true},
    {"ky.", K::kOther, true}, {"la.", K::kOther, true}, {"lt.", K::kTitle, true},
    {"ltd.", K::kOther, false}, {"maj.", K::kTitle, true}, {"mar.", K::kDate, true},
    {"mass.", K::kOther, true}, {"md.", K::kOther, true}, {"messrs.", K::kTitle, true},
    {"mich.", K::kOther, true}, {"minn.", K::kOther, true}, {"miss.", K::kOther, true},
    {"mlle.", K::kTitle, true}, {"mme.", K::kTitle, true}, {"mo.", K::kOther, true},
    {"mon.", K::kDate, true}, {"mont.", K::kOther, true}, {"mr.", K::kTitle, false},
    {"mrs.", K::kTitle, false}, {"ms.", K::kTitle, true}, {"msgr.", K::kTitle, true},
    {"mt.", K::kTitle, true}, {"neb.", K::kOther, true}, {"nev.", K::kOther, true},
    {"no.", K::kNumber, false}, {"nos.", K::kNumber, false}, {"nov.", K::kDate, true},
    {"oct.", K::kDate, true}, {"okla.", K::kOther, true}, {"ore.", K::kOther, true},
    {"pa.", K::kOther, true}, {"ph.d.", K::kOther, false}, {"pp.", K::kNumber, false},
    {"pres.", K::kTitle, true}, {"prof.", K::kTitle, false}, {"pt.", K::kNumber, false},
    {"pvt.", K::kTitle, true}, {"rd.", K::kOther, true}, {"rep.", K::kTitle, true},
    {"reps.", K::kTitle, true}, {"rev.", K::kTitle, true}, {"sat.", K::kDate, true},
    {"sec.", K::kNumber, true}, {"sen.", K::kTitle, true}, {"sens.", K::kTitle, true},
    {"sep.", K::kDate, true}, {"sept.", K::kDate, true}, {"sgt.", K::kTitle, true},
    {"sr.", K::kOther, false}, {"st.", K::kTitle, true}, {"supt.", K::kTitle, true},
    {"tenn.", K::kOther, true}, {"tex.", K::kOther, true}, {"thu.", K::kDate, true},
    {"thur.", K::kDate, true}, {"thurs.", K::kDate, true}, {"tue.", K::kDate, true},
    {"tues.", K::kDate, true}, {"univ.", K::kOther, true}, {"va.", K::kOther, true},
    {"vol.", K::kNumber, false}, {"vs.", K::kOther, false}, {"vt.", K::kOther, true},
    {"wash.", K::kOther, true}, {"wed.", K::kDate, true}, {"wis.", K::kOther, true},
    {"wyo.", K::kOther, true},
};
static_assert(IsSortedByKey<AbbrevEntry>(kAbbreviations), "keep kAbbreviations sorted");

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

bool IsInitialism(std::string_view w) {
  if (w.size() < 2 || w.size() % 2 != 0) return false;
  for (size_t i = 0; i < w.size(); i += 2) {
    if (!IsAsciiLetter(w[i]) || w[i + 1] != '.') return false;
  }
  // A single lower-case letter is a word ("plan a."), and so is "I".
  return w.size() > 2 || (w[0] >= 'A' && w[0] <= 'Z' && w[0] != 'I');
}

AbbrevKind LookupAbbreviation(std::string_view word) {
  char buf[16];
  std::string_view key;
  if (word.empty() || word.back() != '.' || !LowerAscii(word, buf, sizeof buf, &key)) {
    return AbbrevKind::kNone;
  }
  const AbbrevEntry* e = FindInList<AbbrevEntry>(kAbbreviations, key);
  if (e == nullptr) return AbbrevKind::kNone;
  if (e->needs_capital && !(word[0] >= 'A' && word[0] <= 'Z')) return AbbrevKind::kNone;
  return e->kind;
}

AbbrevKind ClassifyAbbreviation(std::string_view word) {
  if (IsInitialism(word)) return AbbrevKind::kInitial;
  return LookupAbbreviation(word);
}

}  // namespace dyad
