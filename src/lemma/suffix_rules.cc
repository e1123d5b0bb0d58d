#include "lemma/suffix_rules.h"

namespace dyad {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }

// "stopp" (from "stopped"): a doubled consonant that spelling added.
bool EndsDoubled(std::string_view stem) {
  const size_t n = stem.size();
  return n >= 3 && stem[n - 1] == stem[n - 2] && IsConsonant(stem[n - 1]) &&
         stem[n - 1] != 'l' && stem[n - 1] != 's' && stem[n - 1] != 'f' && stem[n - 1] != 'z';
}

// "hop", "us", "lat": ends in one vowel + one consonant (not w/x/y), the
// shape after which a final "-e" was probably dropped.
bool EndsVowelConsonant(std::string_view stem) {
  const size_t n = stem.size();
  if (n < 2) return false;
  const char last = stem[n - 1];
  return IsConsonant(last) && last != 'w' && last != 'x' && last != 'y' && IsVowel(stem[n - 2]) &&
         (n < 3 || !IsVowel(stem[n - 3]));
}

// Stems no English word ends with: "agre", "continu", "liv", "handl".
bool NeedsFinalE(std::string_view stem) {
  const size_t n = stem.size();
  const char last = stem[n - 1];
  if (last == 'e' || last == 'u' || last == 'v' || last == 'c' || last == 'g' || last == 'z') {
    return true;
  }
  return last == 'l' && n >= 2 && IsConsonant(stem[n - 2]) && stem[n - 2] != 'l';
}

// Collects candidates; the first one WordNet knows wins, else the first.
class Chooser {
 public:
  Chooser(const WordSet& words, uint8_t classes, std::string* scratch, std::string* out)
      : words_(words), classes_(classes), scratch_(scratch), out_(out) {}

  // Offers stem + suffix; true once a candidate has been accepted.
  bool Offer(std::string_view stem, std::string_view suffix = {}) {
    if (done_) return true;
    scratch_->assign(stem);
    scratch_->append(suffix);
    if (!have_default_) {
      *out_ = *scratch_;
      have_default_ = true;
    }
    if (words_.Has(*scratch_, classes_)) {
      *out_ = *scratch_;
      done_ = true;
    }
    return done_;
  }
  bool offered() const { return have_default_; }

 private:
  const WordSet& words_;
  uint8_t classes_;
  std::string* scratch_;
  std::string* out_;
  bool have_default_ = false;
  bool done_ = false;
};

// Shared by -ed, -ing, -er, -est once the ending is cut off.
void OfferStem(std::string_view stem, Chooser& c) {
  if (stem.empty()) return;
  if (EndsDoubled(stem)) {
    c.Offer(stem.substr(0, stem.size() - 1));
    c.Offer(stem);
    c.Offer(stem, "e");
  } else if (EndsVowelConsonant(stem) || NeedsFinalE(stem)) {
    // "hop"+e, "agre"+e, "continu"+e, "liv"+e, "forc"+e, "chang"+e, "handl"+e
    c.Offer(stem, "e");
    c.Offer(stem);
  } else {
    c.Offer(stem);
    c.Offer(stem, "e");
  }
}

void Plural(std::string_view w, Chooser& c, bool nouns) {
  const size_t n = w.size();
  if (n > 4 && w.ends_with("ies")) c.Offer(w.substr(0, n - 3), "y");
  if (nouns && n > 4 && w.ends_with("ves")) {
    c.Offer(w.substr(0, n - 3), "f");
    c.Offer(w.substr(0, n - 3), "fe");
  }
  if (n > 3 && (w.ends_with("ses") || w.ends_with("xes") || w.ends_with("zes") ||
                w.ends_with("ches") || w.ends_with("shes") || w.ends_with("oes"))) {
    c.Offer(w.substr(0, n - 2));
  }
  if (n > 2 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us") &&
      !w.ends_with("is")) {
    c.Offer(w.substr(0, n - 1));
  }
}

}  // namespace

Inflection InflectionOfXpos(std::string_view x) {
  if (x == "NNS" || x == "NNPS") return Inflection::kPlural;
  if (x == "VBZ") return Inflection::kThirdPerson;
  if (x == "VBD" || x == "VBN") return Inflection::kPast;
  if (x == "VBG") return Inflection::kGerund;
  if (x == "JJR" || x == "JJS") return Inflection::kAdjDegree;
  if (x == "RBR" || x == "RBS") return Inflection::kAdvDegree;
  return Inflection::kNone;
}

uint8_t WordClassesOf(Inflection kind) {
  switch (kind) {
    case Inflection::kPlural: return kWordNoun;
    case Inflection::kThirdPerson:
    case Inflection::kPast:
    case Inflection::kGerund: return kWordVerb;
    case Inflection::kAdjDegree: return kWordAdj;
    case Inflection::kAdvDegree: return kWordAdv | kWordAdj;
    case Inflection::kNone: return 0;
  }
  return 0;
}

void Deinflect(std::string_view w, Inflection kind, const WordSet& words, std::string* scratch,
               std::string* out) {
  Chooser c(words, WordClassesOf(kind), scratch, out);
  const size_t n = w.size();
  switch (kind) {
    case Inflection::kNone:
      break;
    case Inflection::kPlural:
      Plural(w, c, /*nouns=*/true);
      break;
    case Inflection::kThirdPerson:
      Plural(w, c, /*nouns=*/false);
      break;
    case Inflection::kPast:
      if (n > 4 && w.ends_with("ied")) c.Offer(w.substr(0, n - 3), "y");
      if (n > 3 && w.ends_with("ed")) OfferStem(w.substr(0, n - 2), c);
      break;
    case Inflection::kGerund:
      if (n > 5 && w.ends_with("ying")) c.Offer(w.substr(0, n - 4), "ie");
      if (n > 4 && w.ends_with("ing")) OfferStem(w.substr(0, n - 3), c);
      break;
    case Inflection::kAdjDegree:
    case Inflection::kAdvDegree:
      if (n > 4 && w.ends_with("iest")) c.Offer(w.substr(0, n - 4), "y");
      if (n > 3 && w.ends_with("ier")) c.Offer(w.substr(0, n - 3), "y");
      if (n > 4 && w.ends_with("est")) OfferStem(w.substr(0, n - 3), c);
      if (n > 3 && w.ends_with("er")) OfferStem(w.substr(0, n - 2), c);
      // "more", "further", "upper": not a regular comparative; keep the form
      // unless WordNet confirmed a candidate.
      if (c.offered() && !words.Has(*out, WordClassesOf(kind))) out->assign(w);
      return;
  }
  if (!c.offered()) out->assign(w);
}

}  // namespace dyad
