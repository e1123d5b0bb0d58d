#include "text/tokenizer.h"

#include <algorithm>
#include <string>

#include "text/abbreviations.h"
#include "util/utf8.h"
#include "text/word_list.h"

namespace dyad {
namespace {

// Every look left or right inside a chunk stops after this many units, which
// keeps chunk processing linear however long a run of letters or digits is.
constexpr size_t kMaxLook = 32;

struct Entry {
  std::string_view key;
  unsigned char value;
};

// Hyphenated words EWT keeps whole: the part before the hyphen is a prefix
// ("e-mail", "non-stop", "co-workers", "mid-1980s").
constexpr Entry kHyphenPrefixes[] = {
    {"anti", 0},  {"arch", 0},  {"co", 0},    {"counter", 0}, {"cross", 0}, {"e", 0},
    {"ex", 0},    {"hyper", 0}, {"inter", 0}, {"intra", 0},   {"macro", 0}, {"mega", 0},
    {"micro", 0}, {"mid", 0},   {"mini", 0},  {"multi", 0},   {"neo", 0},   {"non", 0},
    {"over", 0},  {"post", 0},  {"pre", 0},   {"pro", 0},     {"pseudo", 0}, {"psycho", 0},
    {"quasi", 0}, {"re", 0},    {"semi", 0},  {"socio", 0},   {"sub", 0},   {"ultra", 0},
    {"un", 0},
};
static_assert(IsSortedByKey<Entry>(kHyphenPrefixes));

// ... or the part after it is a suffix ("career-wise", "Holocaust-esque").
constexpr Entry kHyphenSuffixes[] = {{"esque", 0}, {"wise", 0}};
static_assert(IsSortedByKey<Entry>(kHyphenSuffixes));

// Units split from a number they touch: "7:30PM" -> 7:30 PM, "35mm" -> 35 mm.
// Not listed, so kept whole: ordinals ("21st") and decades ("1990s").
constexpr Entry kNumberUnits[] = {
    {"am", 0},  {"bn", 0},  {"cm", 0},  {"ft", 0},  {"g", 0},   {"gb", 0},  {"ghz", 0},
    {"gw", 0},  {"hr", 0},  {"hrs", 0}, {"hz", 0},  {"k", 0},   {"kb", 0},  {"kg", 0},
    {"khz", 0}, {"km", 0},  {"kmh", 0}, {"kph", 0}, {"kw", 0},  {"kwh", 0}, {"lb", 0},
    {"lbs", 0}, {"m", 0},   {"mb", 0},  {"mg", 0},  {"mhz", 0}, {"min", 0}, {"mins", 0},
    {"ml", 0},  {"mm", 0},  {"mn", 0},  {"mph", 0}, {"mw", 0},  {"mwh", 0}, {"oz", 0},
    {"pm", 0},  {"sec", 0}, {"secs", 0}, {"tb", 0}, {"yr", 0},  {"yrs", 0},
};
static_assert(IsSortedByKey<Entry>(kNumberUnits));

// Contractions written without an apostrophe, split as EWT's multi-word
// tokens do ("dont" -> do nt, "gonna" -> gon na); value = length of the first
// part. Ambiguous forms ("its", "ill", "well", "lets") are left alone.
constexpr Entry kBareContractions[] = {
    {"aint", 2},   {"arent", 3},  {"cannot", 3}, {"cant", 2},    {"couldnt", 5}, {"didnt", 3},
    {"doesnt", 4}, {"dont", 2},   {"gonna", 3},  {"gotta", 3},   {"hadnt", 3},   {"hasnt", 3},
    {"havent", 4}, {"im", 1},     {"isnt", 2},   {"ive", 1},     {"outta", 3},   {"shouldnt", 6},
    {"thats", 4},  {"theyre", 4}, {"wanna", 3},  {"wasnt", 3},   {"werent", 4},  {"whats", 4},
    {"wont", 2},   {"wouldnt", 5}, {"youre", 3},
};
static_assert(IsSortedByKey<Entry>(kBareContractions));

// Every entry above ends in one of these letter pairs; checking them first
// keeps the list search off the path of ordinary words.
bool MayBeBareContraction(char a, char b) {
  return (a == 'n' && b == 't') || (b == 'a' && (a == 'n' || a == 't')) || (a == 'i' && b == 'm') ||
         (a == 'v' && b == 'e') || (a == 'r' && b == 'e') || (a == 't' && b == 's') ||
         (a == 'o' && b == 't');  // cannot
}

constexpr std::string_view kEmoticons[] = {
    ":'(", ":(", ":)", ":-(", ":-)", ":-D", ":-P", ":/", ":D", ":P", ":p",
    ";)", ";-)", "<3", "=(", "=)", "XD", "^_^",
};

constexpr std::string_view kUrlPrefixes[] = {"ftp://", "http://", "https://", "mailto:", "www."};

}  // namespace

Tokenizer::Tokenizer(const TextOptions& options)
    : options_(options),
      window_(std::max<size_t>(1024, 4 * std::max<size_t>(options.max_token_bytes, 1))) {}

void Tokenizer::Tokenize(Document& doc) {
  doc_ = &doc;
  text_ = doc.text();
  std::vector<Token>& tokens = doc.mutable_tokens();
  // News averages ~6 bytes per token with its space; a rough reserve spares
  // most regrowth without committing memory for pathological input.
  tokens.reserve(tokens.size() + text_.size() / 5 + 16);
  // Norms are the text without its spaces, give or take folding.
  doc.ReserveArena(text_.size() + 64);
  units_.clear();
  units_.reserve(window_);
  invalid_open_ = cut_open_ = false;
  invalid_runs_ = unreported_runs_ = unreported_bytes_ = 0;

  const size_t n = text_.size();
  size_t pos = 0;
  auto classify = [&](size_t at, DecodedChar* d) {
    const auto b = static_cast<unsigned char>(text_[at]);
    if (b < 0x80) {
      *d = {b, 1, true};
      return kAsciiClasses.entries[b];
    }
    *d = DecodeUtf8(text_, at);
    return ClassifyChar(d->cp);
  };
  while (pos < n) {
    // A chunk: non-separator characters, at most window_ of them.
    units_.clear();
    while (pos < n && units_.size() < window_) {
      DecodedChar d;
      const CharClass c = classify(pos, &d);
      if (IsSeparator(c.kind)) break;
      if (!d.valid) NoteInvalid(static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + d.len));
      const bool extends = c.kind == CharKind::kMark || c.kind == CharKind::kJoiner;
      if (extends && !units_.empty() && units_.back().len + d.len <= kMaxUnitBytes) {
        units_.back().len = static_cast<uint8_t>(units_.back().len + d.len);
      } else {
        units_.push_back({static_cast<uint32_t>(pos), static_cast<uint8_t>(d.len),
                          extends ? CharKind::kLetter : c.kind, c.match, c.upper});
      }
      pos += d.len;
    }
    // The separators after it: do they include a visible space?
    bool space = false;
    bool next_is_digit = false;
    while (pos < n) {
      DecodedChar d;
      const CharClass c = classify(pos, &d);
      if (!IsSeparator(c.kind)) {
        next_is_digit = c.kind == CharKind::kDigit;
        break;
      }
      space |= c.kind != CharKind::kIgnorable;
      pos += d.len;
    }
    if (units_.empty()) continue;
    const size_t before = tokens.size();
    ProcessChunk(next_is_digit);
    if (tokens.size() > before) tokens.back().space_after = space;
  }
  FlushInvalid();
  ReportUnreported();
  FlushCut();
  doc_ = nullptr;
}

void Tokenizer::ProcessChunk(bool next_is_digit) {
  const size_t n = units_.size();
  if (IsEmoticon(0, n)) {
    Emit(0, n);
    return;
  }
  // Leading punctuation, one token per run, until a word starts.
  size_t i = 0;
  while (i < n && !IsWord(i)) {
    const char m = Match(i);
    const bool next_word = i + 1 < n && IsWord(i + 1);
    if (m == '\'' && ApostropheStartsWord(i, n)) break;  // 's, 'em, '90s
    if ((m == '@' || m == '#') && i + 1 < n && IsLetter(i + 1)) break;  // @handle, #tag
    if (m == '+' && next_word && IsDigit(i + 1)) break;  // +44
    if (m == '.' && i == 0 && next_word && IsLetter(i + 1)) break;  // ".doc"
    const size_t k = RunEnd(i, n);
    Emit(i, k);
    i = k;
  }
  if (i == n) return;
  if (IsUrlStart(i, n)) {
    const size_t e = UrlEnd(i, n);
    Emit(i, e);
    EmitPunctRuns(e, n);
    return;
  }
  // Trailing punctuation: find where the core ends. A final period stays
  // when it completes an abbreviation ("U.S.", "Inc.") - the sentence
  // splitter decides later whether it also ends the sentence.
  size_t e = n;
  while (e > i && !IsWord(e - 1)) {
    if (Match(e - 1) == '.') {
      // A run of periods: one or two may close an abbreviation ("Inc." and
      // "Inc.." -> Inc. .), three or more are an ellipsis ("etc..." -> etc ...).
      size_t r = e - 1;
      while (r > i && Match(r - 1) == '.') --r;
      if (e - r <= 2 && r > i && IsLetter(r - 1) &&
          KeepsPeriod(i, r, e == n && r + 1 == e && next_is_digit)) {
        e = r + 1;
        break;
      }
      e = r;
      continue;
    }
    --e;
  }
  SplitCore(i, e, e == n && next_is_digit);
  EmitPunctRuns(e, n);
}

void Tokenizer::SplitCore(size_t begin, size_t end, bool digit_follows) {
  size_t s = begin;  // start of the current word piece
  size_t p = begin;
  while (p < end) {
    if (IsWord(p)) {
      ++p;
      continue;
    }
    const char m = Match(p);
    const bool word_before = p > s && IsWord(p - 1);
    const bool word_after = p + 1 < end && IsWord(p + 1);
    bool internal = false;
    switch (m) {
      case '.':
        // "3.5", "Amazon.com", inner periods of "U.S."; or the final period
        // of an abbreviation followed by more ("U.S.-based", "Inc.'s").
        internal = (word_before && word_after) ||
                   (p > s && IsLetter(p - 1) && !(p + 1 < end && Match(p + 1) == '.') &&
                    KeepsPeriod(s, p, p + 1 == end && digit_follows)) ||
                   (p == s && word_after && IsLetter(p + 1));  // ".doc"
        break;
      case ',':
      case ':':
        internal = word_before && word_after && IsDigit(p - 1) && IsDigit(p + 1);
        break;
      case '/':
        // "9/11", "11/28/2000"; and one letter over one letter: "b/c", "l/c".
        internal = word_before && word_after &&
                   ((IsDigit(p - 1) && IsDigit(p + 1)) ||
                    (p - 1 == s && IsLetter(p - 1) && IsLetter(p + 1) &&
                     (p + 2 == end || !IsWord(p + 2)) &&
                     (p + 2 == end || Match(p + 2) != '/')));
        break;
      case '\'':
        if (p == s) {
          internal = ApostropheStartsWord(p, end);  // "'s", "'90s"
        } else if (p + 1 < end) {
          internal = (IsLetter(p - 1) && IsLetter(p + 1)) ||
                     ((IsWord(p - 1) || Match(p - 1) == '.') && ApostropheStartsWord(p, end));
        }
        break;
      case '-':
        internal = KeepsHyphen(s, p, end);
        break;
      case '&': {
        // Short acronyms: "AT&T", "PG&E", "Q&A", "R&D".
        if (!word_before || !word_after) break;
        size_t l = p, r = p + 1;
        while (l > s && IsLetter(l - 1) && p - l <= 3) --l;
        while (r < end && IsLetter(r) && r - p <= 4) ++r;
        internal = p - l <= 3 && r - p - 1 <= 3 && (l == s || !IsWord(l - 1)) &&
                   (r == end || !IsWord(r));
        break;
      }
      case '@':
        internal = word_after && (p == s || word_before || Match(p - 1) == '.');
        break;
      case '#':
        internal = p == s && p + 1 < end && IsLetter(p + 1);
        break;
      case '+':
        internal = p == s && word_after && IsDigit(p + 1);
        break;
      default:
        break;
    }
    if (internal) {
      ++p;
      continue;
    }
    FlushWord(s, p);
    const size_t k = RunEnd(p, end);
    Emit(p, k);
    p = s = k;
  }
  FlushWord(s, end);
}

void Tokenizer::FlushWord(size_t s, size_t e) {
  if (e <= s) return;
  const size_t len = e - s;
  // A number touching a unit: "7:30PM", "35mm", "3.5bn".
  if (IsDigit(s)) {
    size_t q = s;
    while (q < e && q - s < kMaxLook &&
           (IsDigit(q) || ((Match(q) == '.' || Match(q) == ',' || Match(q) == ':') && q + 1 < e &&
                           IsDigit(q + 1)))) {
      ++q;
    }
    if (q < e && e - q <= 4) {
      char buf[4];
      bool letters = true, any_upper = false;
      for (size_t k = q; k < e; ++k) {
        letters &= IsLetter(k) && Match(k) >= 'a' && Match(k) <= 'z';
        any_upper |= units_[k].upper;
        buf[k - q] = Match(k);
      }
      const std::string_view unit(buf, e - q);
      // Units in lower case only ("3G", "10MM" are names), but "7:30PM".
      if (letters && (!any_upper || unit == "am" || unit == "pm") &&
          FindInList<Entry>(kNumberUnits, unit)) {
        Emit(s, q);
        Emit(q, e);
        return;
      }
    }
  }
  // Clitics: n't, 's, 'm, 'd, 'll, 're, 've (any apostrophe).
  auto m = [&](size_t k) { return Match(k); };
  auto base_ok = [&](size_t k) { return IsLetter(k) || m(k) == '.'; };
  size_t cut = e;
  if (len >= 4 && m(e - 3) == 'n' && m(e - 2) == '\'' && m(e - 1) == 't' && IsLetter(e - 4)) {
    cut = e - 3;
  } else if (len >= 3 && m(e - 2) == '\'' && (m(e - 1) == 's' || m(e - 1) == 'm' || m(e - 1) == 'd') &&
             base_ok(e - 3)) {
    cut = e - 2;
  } else if (len >= 4 && m(e - 3) == '\'' && base_ok(e - 4) &&
             ((m(e - 2) == 'l' && m(e - 1) == 'l') || (m(e - 2) == 'r' && m(e - 1) == 'e') ||
              (m(e - 2) == 'v' && m(e - 1) == 'e'))) {
    cut = e - 3;
  } else if (len >= 2 && len <= 8 && MayBeBareContraction(m(e - 2), m(e - 1))) {
    char buf[8];
    bool ascii_letters = true;
    bool all_upper = true;
    for (size_t k = s; k < e; ++k) {
      ascii_letters &= IsLetter(k) && m(k) >= 'a' && m(k) <= 'z';
      all_upper &= units_[k].upper;
      buf[k - s] = m(k);
    }
    const std::string_view key(buf, len);
    if (ascii_letters) {
      if (const Entry* c = FindInList<Entry>(kBareContractions, key)) {
        // "IM" (instant message) and "Ive" (a surname) are not contractions.
        const bool exception = (key == "im" && all_upper) || (key == "ive" && units_[s].upper);
        if (!exception) cut = s + c->value;
      }
    }
  }
  if (cut > s && cut < e) {
    Emit(s, cut);
    Emit(cut, e);
  } else {
    Emit(s, e);
  }
}

void Tokenizer::EmitPunctRuns(size_t begin, size_t end) {
  for (size_t p = begin; p < end;) {
    const size_t k = RunEnd(p, end);
    Emit(p, k);
    p = k;
  }
}

// A run of one punctuation mark is one token ("...", "--", "!!!", "''");
// brackets, commas and symbols stand alone.
size_t Tokenizer::RunEnd(size_t p, size_t end) const {
  if (IsWord(p)) {  // defensive: callers pass punctuation
    size_t q = p + 1;
    while (q < end && IsWord(q)) ++q;
    return q;
  }
  const char m = Match(p);
  auto same = [&](size_t q) {
    const char o = Match(q);
    switch (m) {
      case '!':
      case '?':
      case '.':
      case kMatchEllipsis:
        // "...", "?!", "!!!", ".?" (EWT keeps mixed final runs whole)
        return o == '!' || o == '?' || o == '.' || o == kMatchEllipsis;
      case '(': case ')': case '[': case ']': case '{': case '}': case ',': case ';':
      case '%': case '&': case '@': case kMatchCurrency: case kMatchOther: case 0:
        return false;
      default:
        return o == m;
    }
  };
  size_t q = p + 1;
  while (q < end && !IsWord(q) && same(q)) ++q;
  return q;
}

// At an apostrophe that starts a word: "'s", "'m", "'d", "'ll", "'re", "'ve"
// (clitics written apart), "'em", "'n'" and years ("'90s", "'72").
bool Tokenizer::ApostropheStartsWord(size_t p, size_t end) const {
  size_t q = p + 1;
  if (q >= end) return false;
  if (IsDigit(q)) {
    size_t r = q;
    while (r < end && IsDigit(r) && r - q < 4) ++r;
    if (r - q != 2) return false;
    if (r < end && Match(r) == 's') ++r;
    return r == end || !IsWord(r);
  }
  size_t r = q;
  while (r < end && IsLetter(r) && r - q < 3) ++r;
  if (r < end && IsWord(r)) return false;
  char buf[3];
  for (size_t k = q; k < r; ++k) buf[k - q] = Match(k);
  const std::string_view w(buf, r - q);
  return w == "s" || w == "m" || w == "d" || w == "ll" || w == "re" || w == "ve" || w == "em" ||
         w == "n";
}

// Is the period at `dot` part of the word that ends there?
bool Tokenizer::KeepsPeriod(size_t begin, size_t dot, bool next_is_digit) const {
  // The word: letters and periods back to a word boundary, at most 15 units.
  size_t l = dot;
  while (l > begin && dot - l < 15 && (IsLetter(l - 1) || Match(l - 1) == '.')) --l;
  if (l == dot || !IsLetter(l)) return false;
  if (l > begin && (IsWord(l - 1) || Match(l - 1) == '.')) return false;  // hit the cap
  char buf[16];
  size_t n = 0;
  for (size_t k = l; k <= dot; ++k) {
    const Unit& u = units_[k];
    if (u.match == 0) {
      // A non-ASCII capital followed by the period: an initial ("É.").
      return k == l && k + 1 == dot && u.upper;
    }
    buf[n++] = u.upper ? static_cast<char>(u.match - 'a' + 'A') : u.match;
  }
  switch (ClassifyAbbreviation(std::string_view(buf, n))) {
    case AbbrevKind::kNone:
      return false;
    case AbbrevKind::kNumber:
      return next_is_digit;
    default:
      return true;
  }
}

// Hyphen between word characters: kept inside the word or split off?
bool Tokenizer::KeepsHyphen(size_t s, size_t p, size_t end) const {
  if (p == s || p + 1 >= end || !IsWord(p - 1) || !IsWord(p + 1)) return false;
  size_t l = p, r = p + 1;
  while (l > s && IsWord(l - 1) && p - l < kMaxLook) --l;
  while (r < end && IsWord(r) && r - p - 1 < kMaxLook) ++r;
  bool left_digits = true, right_digits = true, left_ascii = true, right_ascii = true;
  for (size_t k = l; k < p; ++k) {
    left_digits &= IsDigit(k);
    left_ascii &= IsLetter(k) && Match(k) >= 'a' && Match(k) <= 'z';
  }
  for (size_t k = p + 1; k < r; ++k) {
    right_digits &= IsDigit(k);
    right_ascii &= IsLetter(k) && Match(k) >= 'a' && Match(k) <= 'z';
  }
  if (left_digits && right_digits) {
    // Phone numbers, ZIP+4 codes and dates stay whole ("713-853-3989",
    // "77415-0027", "2011-04-13"); ranges split ("1969 - 1970", "5 - 10").
    // Count the groups of the digit-hyphen chain, looking a bounded way.
    size_t groups = 2;
    if (l > s && Match(l - 1) == '-' && l - 1 > s && IsDigit(l - 2)) ++groups;
    if (r < end && Match(r) == '-' && r + 1 < end && IsDigit(r + 1)) ++groups;
    if (groups >= 3) return true;
    const size_t left_len = p - l, right_len = r - p - 1;
    // "853-7557", "77415-0027", extensions "3-5213"
    return right_len == 4 && (left_len == 1 || left_len == 3 || left_len == 5);
  }
  char buf[kMaxLook];
  // A prefix opens its word: "year-over-year" is not "over-".
  if (left_ascii && p - l <= 7 && (l == s || !IsWord(l - 1)) && (l == 0 || Match(l - 1) != '-')) {
    for (size_t k = l; k < p; ++k) buf[k - l] = Match(k);
    if (FindInList<Entry>(kHyphenPrefixes, std::string_view(buf, p - l))) return true;
  }
  if (right_ascii && r - p - 1 <= 5 && (r == end || !IsWord(r))) {
    for (size_t k = p + 1; k < r; ++k) buf[k - p - 1] = Match(k);
    if (FindInList<Entry>(kHyphenSuffixes, std::string_view(buf, r - p - 1))) return true;
  }
  return false;
}

bool Tokenizer::IsUrlStart(size_t p, size_t end) const {
  for (const std::string_view prefix : kUrlPrefixes) {
    if (end - p <= prefix.size()) continue;
    bool match = true;
    for (size_t k = 0; k < prefix.size() && match; ++k) match = Match(p + k) == prefix[k];
    if (match && IsWord(p + prefix.size())) return true;
  }
  return false;
}

// A URL runs to the end of its chunk, less trailing sentence punctuation; a
// closing bracket stays when the URL opened one ("wiki/Foo_(bar)").
size_t Tokenizer::UrlEnd(size_t begin, size_t end) const {
  long balance = 0;  // '(' minus ')' inside the URL
  for (size_t k = begin; k < end; ++k) balance += (Match(k) == '(') - (Match(k) == ')');
  size_t e = end;
  while (e > begin + 1) {
    const char m = Match(e - 1);
    if (m == ')') {
      if (balance >= 0) break;  // the URL's own bracket
      ++balance;
      --e;
      continue;
    }
    if (m == '.' || m == ',' || m == ';' || m == ':' || m == '!' || m == '?' || m == '\'' ||
        m == '"' || m == ']' || m == '>') {
      --e;
      continue;
    }
    break;
  }
  return e;
}

bool Tokenizer::IsEmoticon(size_t begin, size_t end) const {
  if (end - begin < 2 || end - begin > 3) return false;
  const uint32_t b = units_[begin].begin;
  const uint32_t e = units_[end - 1].begin + units_[end - 1].len;
  const std::string_view s = text_.substr(b, e - b);
  return std::find(std::begin(kEmoticons), std::end(kEmoticons), s) != std::end(kEmoticons);
}

void Tokenizer::Emit(size_t begin, size_t end) {
  if (end <= begin) return;
  const Unit& last = units_[end - 1];
  EmitBytes(units_[begin].begin, last.begin + last.len);
}

void Tokenizer::EmitBytes(uint32_t begin, uint32_t end) {
  const size_t max = std::max<size_t>(options_.max_token_bytes, 1);
  if (end - begin > max) NoteCut(begin, end);
  std::vector<Token>& tokens = doc_->mutable_tokens();
  while (begin < end) {
    uint32_t piece_end = end;
    if (end - begin > max) {
      piece_end = static_cast<uint32_t>(begin + max);
      // Back up to a character boundary (at most 3 continuation bytes).
      for (int k = 0; k < 3 && piece_end > begin + 1 &&
                      (static_cast<unsigned char>(text_[piece_end]) & 0xC0) == 0x80;
           ++k) {
        --piece_end;
      }
    }
    Token t;
    t.begin = begin;
    t.end = piece_end;
    t.norm = doc_->AppendToArena(normalizer_.Normalize(text_.substr(begin, piece_end - begin)));
    t.space_after = false;
    tokens.push_back(t);
    begin = piece_end;
  }
}

// A run of letters longer than a chunk window arrives as several touching
// tokens; one diagnostic covers the whole run.
void Tokenizer::NoteCut(uint32_t begin, uint32_t end) {
  if (cut_open_ && cut_end_ == begin) {
    cut_end_ = end;
    return;
  }
  FlushCut();
  cut_open_ = true;
  cut_begin_ = begin;
  cut_end_ = end;
}

void Tokenizer::FlushCut() {
  if (!cut_open_) return;
  cut_open_ = false;
  doc_->AddDiagnostic(cut_begin_, cut_end_,
                      "token of " + std::to_string(cut_end_ - cut_begin_) +
                          " bytes cut into pieces of at most " +
                          std::to_string(options_.max_token_bytes) + " bytes");
}

void Tokenizer::NoteInvalid(uint32_t begin, uint32_t end) {
  if (invalid_open_ && invalid_end_ == begin) {
    invalid_end_ = end;  // the run goes on
    return;
  }
  FlushInvalid();
  invalid_open_ = true;
  invalid_begin_ = begin;
  invalid_end_ = end;
}

void Tokenizer::FlushInvalid() {
  if (!invalid_open_) return;
  invalid_open_ = false;
  const uint32_t bytes = invalid_end_ - invalid_begin_;
  if (++invalid_runs_ <= kMaxInvalidRunDiagnostics) {
    doc_->AddDiagnostic(invalid_begin_, invalid_end_,
                        "invalid UTF-8: " + std::to_string(bytes) + " bytes replaced");
    return;
  }
  if (unreported_runs_ == 0) unreported_begin_ = invalid_begin_;
  ++unreported_runs_;
  unreported_bytes_ += bytes;
  unreported_end_ = invalid_end_;
}

void Tokenizer::ReportUnreported() {
  if (unreported_runs_ == 0) return;
  doc_->AddDiagnostic(unreported_begin_, unreported_end_,
                      "invalid UTF-8: " + std::to_string(unreported_runs_) + " more runs (" +
                          std::to_string(unreported_bytes_) + " bytes) replaced");
}

}  // namespace dyad
