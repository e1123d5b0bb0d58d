#include "text/sentence_splitter.h"

#include <algorithm>
#include <string>

#include <utf8proc.h>

#include "text/abbreviations.h"
#include "text/char_class.h"
#include "util/utf8.h"
#include "text/word_list.h"

namespace dyad {
namespace {

using Kind = SentenceSplitter::Kind;
using Shape = SentenceSplitter::Shape;

struct Entry {
  std::string_view key;
  unsigned char value;
};

// Closed-class words (value 1) and a few auxiliaries and verbs (value 2) that
// typically open a sentence. After an abbreviation
// ("... in the U.S. The ...") a capitalised one signals a new sentence; in
// lower case at the end of a line ("the", "of") it shows the line goes on.
constexpr Entry kSentenceStarters[] = {
    {"a", 1}, {"about", 1}, {"according", 1}, {"after", 1}, {"all", 1}, {"also", 1},
    {"although", 1}, {"an", 1}, {"and", 1}, {"another", 1}, {"as", 1}, {"at", 1},
    {"because", 1}, {"before", 1}, {"both", 1}, {"but", 1}, {"by", 1}, {"despite", 1},
    {"during", 1}, {"each", 1}, {"even", 1}, {"every", 1}, {"for", 1}, {"from", 1},
    {"he", 1}, {"her", 1}, {"here", 1}, {"his", 1}, {"how", 1}, {"however", 1},
    {"i", 1}, {"if", 1}, {"in", 1}, {"instead", 1}, {"it", 1}, {"its", 1},
    {"many", 1}, {"meanwhile", 1}, {"more", 1}, {"most", 1}, {"my", 1}, {"no", 1},
    {"not", 1}, {"now", 1}, {"of", 1}, {"on", 1}, {"once", 1}, {"only", 1},
    {"or", 1}, {"our", 1}, {"she", 1}, {"since", 1}, {"so", 1}, {"some", 1},
    {"still", 1}, {"such", 1}, {"that", 1}, {"the", 1}, {"their", 1}, {"then", 1},
    {"there", 1}, {"these", 1}, {"they", 1}, {"this", 1}, {"those", 1}, {"though", 1},
    {"thus", 1}, {"to", 1}, {"under", 1}, {"unlike", 1}, {"until", 1}, {"we", 1},
    {"what", 1}, {"when", 1}, {"where", 1}, {"whether", 1}, {"which", 1}, {"while", 1},
    {"who", 1}, {"why", 1}, {"with", 1}, {"yet", 1}, {"you", 1}, {"your", 1},
};
static_assert(IsSortedByKey<Entry>(kSentenceStarters));

// Verbs of saying: in `"Why?" Smith asked.` the name before one does not
// start a new sentence.
constexpr Entry kSpeechVerbs[] = {
    {"added", 0}, {"adds", 0}, {"answered", 0}, {"argued", 0}, {"asked", 0},
    {"asks", 0}, {"continued", 0}, {"cried", 0}, {"declared", 0}, {"explained", 0},
    {"insisted", 0}, {"noted", 0}, {"recalled", 0}, {"recalls", 0}, {"replied", 0},
    {"said", 0}, {"says", 0}, {"shouted", 0}, {"stated", 0}, {"tells", 0},
    {"told", 0}, {"warned", 0}, {"writes", 0}, {"wrote", 0},
};
static_assert(IsSortedByKey<Entry>(kSpeechVerbs));

// Line breaks in a run of whitespace, capped at 2 (= a blank line).
uint8_t CountNewlines(std::string_view gap) {
  int count = 0;
  for (size_t i = 0; i < gap.size() && count < 2; ++i) {
    const auto b = static_cast<unsigned char>(gap[i]);
    if (b == '\n') {
      ++count;
    } else if (b == '\r') {
      if (i + 1 >= gap.size() || gap[i + 1] != '\n') ++count;
    } else if (b == '\f') {
      count += 2;  // a page break separates paragraphs
    } else if (b == 0xC2 && i + 1 < gap.size() && static_cast<unsigned char>(gap[i + 1]) == 0x85) {
      ++count;  // NEL
    } else if (b == 0xE2 && i + 2 < gap.size() && static_cast<unsigned char>(gap[i + 1]) == 0x80) {
      const auto c = static_cast<unsigned char>(gap[i + 2]);
      if (c == 0xA8) count += 1;  // LINE SEPARATOR
      if (c == 0xA9) count += 2;  // PARAGRAPH SEPARATOR
    }
  }
  return static_cast<uint8_t>(std::min(count, 2));
}

bool AllOf(std::string_view w, std::string_view chars) {
  return !w.empty() && w.find_first_not_of(chars) == std::string_view::npos;
}

bool IsBulletChar(char32_t cp) {
  return cp == 0x2022 || cp == 0x00B7 || cp == 0x25AA || cp == 0x25BA || cp == 0x2023 ||
         cp == 0x25E6 || cp == 0x25CF || cp == 0x25A0;
}

bool IsCloser(const Shape& s) {
  return s.kind == Kind::kCloseQuote || s.kind == Kind::kCloseBracket ||
         (s.kind == Kind::kQuote && !s.space_before);
}

bool IsOpener(const Shape& s) {
  return s.kind == Kind::kOpenQuote || s.kind == Kind::kOpenBracket || s.kind == Kind::kQuote;
}

bool IsTerminal(Kind k) {
  return k == Kind::kPeriod || k == Kind::kStrongEnd || k == Kind::kEllipsis || k == Kind::kAbbrev;
}

// "[12]" starting at j: a citation mark belongs to the sentence before it.
bool IsCitation(const std::vector<Shape>& s, size_t j) {
  return j + 2 < s.size() && s[j].kind == Kind::kOpenBracket && s[j + 1].kind == Kind::kNumber &&
         s[j + 2].kind == Kind::kCloseBracket && s[j + 1].newlines == 0 && s[j + 2].newlines == 0;
}

}  // namespace

SentenceSplitter::SentenceSplitter(const TextOptions& options) : options_(options) {}

namespace {

// Case of the letters in `w`: the first one, and whether any is lower or
// upper case. ASCII through the table; other characters through utf8proc.
struct LetterCase {
  bool first_upper = false, first_lower = false, any_lower = false, any_upper = false;
  int letters = 0;
};
LetterCase ScanLetters(std::string_view w) {
  LetterCase lc;
  for (size_t pos = 0; pos < w.size();) {
    const auto b = static_cast<unsigned char>(w[pos]);
    bool letter, upper, lower;
    if (b < 0x80) {
      const CharClass& c = kAsciiClasses.entries[b];
      letter = c.kind == CharKind::kLetter && b != '_';
      upper = c.upper;
      lower = letter && !upper;
      ++pos;
    } else {
      const DecodedChar d = DecodeUtf8(w, pos);
      pos += d.len;
      const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(d.cp));
      upper = category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
      lower = category == UTF8PROC_CATEGORY_LL;
      letter = ClassifyChar(d.cp).kind == CharKind::kLetter;
    }
    if (!letter) continue;
    if (lc.letters == 0) {
      lc.first_upper = upper;
      lc.first_lower = lower;
    }
    lc.any_lower |= lower;
    lc.any_upper |= upper;
    ++lc.letters;
  }
  return lc;
}

// Kind of a token that does not start with a letter or digit.
Kind PunctuationKind(std::string_view w, bool has_letter) {
  switch (w[0]) {
    case '.':
      if (w.size() == 1) return Kind::kPeriod;
      if (AllOf(w, ".")) return Kind::kEllipsis;
      break;
    case ',':
    case ';':
      if (w.size() == 1) return Kind::kComma;
      break;
    case ':':
      if (w.size() == 1) return Kind::kColon;
      break;
    case '-':
      if (AllOf(w, "-")) return Kind::kDash;
      break;
    case '"':
    case '\'':
    case '`':
      if (AllOf(w, "\"") || AllOf(w, "'") || AllOf(w, "`")) return Kind::kQuote;
      break;
    case '(': case '[': case '{': case '<':
      if (AllOf(w, "([{<")) return Kind::kOpenBracket;
      break;
    case ')': case ']': case '}': case '>':
      if (AllOf(w, ")]}>")) return Kind::kCloseBracket;
      break;
    case '*':
      if (w.size() == 1) return Kind::kBullet;
      break;
    default:
      break;
  }
  if (AllOf(w, "?!.")) return Kind::kStrongEnd;  // "?", "!!", "?!", ".?"
  if (static_cast<unsigned char>(w[0]) >= 0x80 && IsBulletChar(DecodeUtf8(w, 0).cp)) {
    return Kind::kBullet;
  }
  return has_letter ? Kind::kWord : Kind::kOther;  // "'s", "#tag", "@user"
}

// Word-list facts, looked up only where a decision may use them.
void LookUpWordLists(std::string_view w, Shape& s) {
  if (s.kind != Kind::kWord || w.size() > 10) return;
  char buf[10];
  std::string_view key;
  if (!LowerAscii(w, buf, sizeof buf, &key)) return;
  // In upper case a "starter" opens sentences; in lower case the same
  // closed-class words ("the", "of") show that a line goes on.
  if (const Entry* e = FindInList<Entry>(kSentenceStarters, key)) {
    s.starter = true;
    s.function_word = e->value == 1;
  }
  s.speech = s.lower && FindInList<Entry>(kSpeechVerbs, key) != nullptr;
}

}  // namespace

std::vector<Shape> SentenceSplitter::DescribeTokens(const Document& doc) {
  const std::span<const Token> tokens = doc.tokens();
  const std::string_view text = doc.text();
  std::vector<Shape> shapes(tokens.size());
  uint32_t prev_end = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    Shape& s = shapes[i];
    s.newlines = CountNewlines(text.substr(prev_end, t.begin - prev_end));
    s.space_before = i == 0 || tokens[i - 1].space_after;
    prev_end = t.end;
    const std::string_view w = doc.Norm(t);
    if (w.empty()) continue;
    const auto c0 = static_cast<unsigned char>(w[0]);
    const bool ascii_alnum = c0 < 0x80 && IsWordKind(kAsciiClasses.entries[c0].kind) && c0 != '_';
    if (ascii_alnum && c0 <= '9') {
      s.kind = Kind::kNumber;
      continue;
    }
    const LetterCase lc = ScanLetters(w);
    s.upper = lc.first_upper;
    s.lower = lc.first_lower;
    s.all_caps = lc.letters >= 2 && !lc.any_lower;
    s.short_lower = lc.letters <= 4 && !lc.any_upper && lc.letters == static_cast<int>(w.size());
    if (lc.letters > 0 && w.size() >= 2 && w.back() == '.') {
      s.kind = Kind::kAbbrev;
      s.abbrev = static_cast<uint8_t>(ClassifyAbbreviation(w));
    } else if (ascii_alnum || (c0 >= 0x80 && lc.letters > 0 &&
                               ClassifyChar(DecodeUtf8(w, 0).cp).kind == CharKind::kLetter)) {
      s.kind = Kind::kWord;
    } else {
      s.kind = PunctuationKind(w, lc.letters > 0);
    }
    if (s.kind == Kind::kQuote) {
      // Direction from the spacing: `said."` closes, `"Next` opens.
      const bool space_after = t.space_after || i + 1 == tokens.size();
      if (!s.space_before && i > 0) s.kind = Kind::kCloseQuote;
      else if (!space_after) s.kind = Kind::kOpenQuote;
    }
    // A URL is not a lower-case word ("... see below. http://...").
    if (s.lower && (w.find("://") != std::string_view::npos || w.starts_with("www."))) {
      s.lower = false;
    }
  }
  // Word lists matter only around possible ends: the words after a final
  // mark (starters, speech verbs) and the last word of a line.
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (IsTerminal(shapes[i].kind)) {
      if (i > 0) LookUpWordLists(doc.Norm(tokens[i - 1]), shapes[i - 1]);
      for (size_t k = i + 1; k < tokens.size() && k <= i + 8; ++k) {
        LookUpWordLists(doc.Norm(tokens[k]), shapes[k]);
      }
    }
    if (i + 1 < tokens.size() && shapes[i + 1].newlines == 1) {
      LookUpWordLists(doc.Norm(tokens[i]), shapes[i]);
    }
  }
  return shapes;
}

bool SentenceSplitter::LooksWrapped(const std::vector<Shape>& shapes) {
  // Among single line breaks after a line without final punctuation, count
  // those continuing in lower case. Headline-style text has next to none.
  size_t lower = 0, total = 0;
  for (size_t j = 1; j < shapes.size(); ++j) {
    if (shapes[j].newlines != 1 || IsTerminal(shapes[j - 1].kind)) continue;
    ++total;
    lower += shapes[j].lower || shapes[j - 1].kind == Kind::kComma ||
             (shapes[j - 1].starter && shapes[j - 1].lower);
  }
  return lower >= 2 && lower * 10 >= total * 3;
}

bool SentenceSplitter::IsListStart(const std::vector<Shape>& s, size_t j) {
  if (j > 0 && s[j].newlines == 0) return false;
  const Kind k = s[j].kind;
  if (k == Kind::kBullet || k == Kind::kDash) return j + 1 < s.size() && s[j + 1].space_before;
  if (k == Kind::kNumber && j + 2 < s.size()) {
    const Kind n = s[j + 1].kind;
    return (n == Kind::kPeriod || n == Kind::kCloseBracket) && !s[j + 1].space_before &&
           s[j + 2].space_before && s[j + 2].newlines == 0;
  }
  return false;
}

// "MOSCOW, Jan 22 (Reuters)" / "WASHINGTON (AP)" / "LONDON, Jan 22": a short
// line opening in capitals and ending in a bracket, a number or a comma.
bool SentenceSplitter::IsDatelineLine(const std::vector<Shape>& s, size_t last) const {
  size_t first = last;
  while (first > 0 && s[first].newlines == 0) {
    if (last - first >= 12) return false;
    --first;
  }
  const Shape& head = s[first];
  if (head.kind != Kind::kWord || !head.all_caps) return false;
  const Kind k = s[last].kind;
  return k == Kind::kCloseBracket || k == Kind::kNumber || k == Kind::kComma;
}

bool SentenceSplitter::AfterTerminal(const std::vector<Shape>& s, size_t t, size_t j) const {
  const Shape& end = s[t];
  const Shape& next = s[j];
  if (IsCloser(next) || IsCitation(s, j)) return false;  // still this sentence
  const bool line_break = next.newlines > 0;
  // The first word after any opening quotes or brackets.
  size_t w = j;
  while (w + 1 < s.size() && w - j < 4 && IsOpener(s[w])) ++w;
  const Shape& word = s[w];
  // `(which failed.) was`, `"Why?" he asked`: after a closing bracket or
  // quote, lower case continues the sentence.
  if (word.lower && t + 1 < j) return false;
  const bool continues = word.kind == Kind::kComma || word.kind == Kind::kColon ||
                         word.kind == Kind::kCloseBracket || word.kind == Kind::kPeriod ||
                         word.kind == Kind::kStrongEnd;
  switch (end.kind) {
    case Kind::kAbbrev: {
      const auto a = static_cast<AbbrevKind>(end.abbrev);
      if (a == AbbrevKind::kNumber) return false;
      // A title precedes a name, never "The" or "He": "10 Downing St. The
      // meeting" ends a sentence ("Mr. Will Smith" does not: "Will" is not a
      // function word).
      if (a == AbbrevKind::kTitle) return word.upper && word.function_word;
      if (a == AbbrevKind::kDate && word.kind == Kind::kNumber) return false;
      if (line_break && IsListStart(s, j)) return true;
      return word.upper && (word.starter || line_break);
    }
    case Kind::kPeriod:
      // "1." opening a list item is not a sentence of its own.
      if (t > 0 && s[t - 1].kind == Kind::kNumber && IsListStart(s, t - 1)) return false;
      if (continues) return false;
      // Lower case after a period: usually an unlisted abbreviation ("approx.
      // five") when a short lower-case word other than a function word
      // precedes it; otherwise a sentence that starts in lower case, as web
      // text often does.
      if (word.lower) {
        return word.starter || !(t > 0 && s[t - 1].short_lower && !s[t - 1].starter);
      }
      return true;
    case Kind::kStrongEnd:
      if (continues) return false;
      if (t + 1 < j && word.upper) {
        // `"Why?" Smith asked.`: a speech verb within the next three words.
        for (size_t k = w; k < s.size() && k < w + 4; ++k) {
          if (s[k].speech) return false;
          if (s[k].kind != Kind::kWord) break;
        }
      }
      return true;
    case Kind::kEllipsis:
      if (line_break) return !word.lower && !continues;
      return word.upper && word.kind == Kind::kWord;
    default:
      return false;
  }
}

bool SentenceSplitter::AtLineBreak(const std::vector<Shape>& s, size_t j, bool wrapped) const {
  if (IsListStart(s, j)) return true;
  if (wrapped) return false;
  const Shape& prev = s[j - 1];
  const Shape& cur = s[j];
  switch (prev.kind) {
    case Kind::kComma:
    case Kind::kOpenQuote:
    case Kind::kOpenBracket:
    case Kind::kDash:
    case Kind::kQuote:
      return false;
    case Kind::kColon:
      return cur.upper || IsOpener(cur) || cur.kind == Kind::kNumber;
    case Kind::kWord:
      if (prev.starter && prev.lower) return false;  // "... of the\nUnited Nations"
      break;
    default:
      break;
  }
  if (cur.lower) return false;
  if (cur.kind == Kind::kComma || cur.kind == Kind::kColon || cur.kind == Kind::kPeriod ||
      cur.kind == Kind::kCloseBracket || IsCloser(cur)) {
    return false;
  }
  return !IsDatelineLine(s, j - 1);
}

bool SentenceSplitter::BoundaryBefore(const std::vector<Shape>& s, size_t j, bool wrapped) const {
  const Shape& cur = s[j];
  if (cur.newlines >= 2) return true;
  // Step back over closing quotes, brackets and citation marks to the token
  // that may have ended the sentence.
  size_t t = j - 1;
  for (int steps = 0; t > 0 && steps < 8; ++steps) {
    if (t >= 3 && IsCitation(s, t - 2)) {
      t -= 3;
      continue;
    }
    if (!IsCloser(s[t])) break;
    --t;
  }
  if (IsTerminal(s[t].kind)) return AfterTerminal(s, t, j);
  if (cur.newlines == 1) return AtLineBreak(s, j, wrapped);
  return false;
}

void SentenceSplitter::Split(Document& doc) const {
  const std::span<const Token> tokens = doc.tokens();
  const size_t n = tokens.size();
  if (n == 0) return;
  const std::vector<Shape> shapes = DescribeTokens(doc);
  const bool wrapped = LooksWrapped(shapes);
  const size_t max_tokens = std::max<size_t>(options_.max_sentence_tokens, 1);
  // How far back from the limit a comma or similar may be taken as the cut.
  const size_t soft_window = std::min<size_t>(max_tokens / 4, 64);

  std::vector<Sentence>& sentences = doc.mutable_sentences();
  sentences.reserve(sentences.size() + n / 16 + 1);
  auto close = [&](size_t first, size_t end) {
    Sentence sentence;
    sentence.first_token = static_cast<uint32_t>(first);
    sentence.token_count = static_cast<uint32_t>(end - first);
    sentence.begin = tokens[first].begin;
    sentence.end = tokens[end - 1].end;
    sentences.push_back(sentence);
  };
  size_t start = 0;       // first token of the current piece
  size_t real_start = 0;  // first token of the sentence before any cut
  bool was_cut = false;
  auto finish = [&](size_t end) {
    close(start, end);
    if (was_cut) {
      doc.AddDiagnostic(tokens[real_start].begin, tokens[end - 1].end,
                        "sentence of " + std::to_string(end - real_start) +
                            " tokens cut into pieces of at most " + std::to_string(max_tokens) +
                            " tokens");
    }
    start = real_start = end;
    was_cut = false;
  };
  for (size_t j = 1; j < n; ++j) {
    if (BoundaryBefore(shapes, j, wrapped)) {
      finish(j);
      continue;
    }
    if (j - start < max_tokens) continue;
    size_t cut = j;
    for (size_t k = j; k > j - soft_window && k > start + 1; --k) {
      const Kind kind = shapes[k - 1].kind;
      if (kind == Kind::kComma || kind == Kind::kColon || kind == Kind::kDash) {
        cut = k;
        break;
      }
    }
    close(start, cut);
    start = cut;
    was_cut = true;
  }
  finish(n);
}

}  // namespace dyad
