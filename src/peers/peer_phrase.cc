#include "peers/peer_phrase.h"

#include "peers/peer_lines.h"

namespace dyad::peers {
namespace {

bool EndsWith(std::string_view s, std::string_view tail) { return s.ends_with(tail); }

bool HasEnding(std::string_view word, std::string_view root, std::initializer_list<const char*> endings) {
  if (!word.starts_with(root)) return false;
  const std::string_view rest = word.substr(root.size());
  if (rest.empty()) return true;
  for (const char* e : endings) {
    if (rest == e) return true;
  }
  return false;
}

}  // namespace

bool WordMatches(const PhraseWord& pw, std::string_view word) {
  switch (pw.match) {
    case WordMatch::kExact:
      return word == pw.text;
    case WordMatch::kStem:
      return word.starts_with(pw.text);
    case WordMatch::kNounEndings:
      return HasEnding(word, pw.text, {"S", "ES", "'S", "S'", "'"});
    case WordMatch::kVerbEndings: {
      if (HasEnding(word, pw.text, {"S", "ES", "ED", "D", "EN", "ING"})) return true;
      // DEPLORE_ -> DEPLORING, DEPLORED
      if (pw.text.size() > 2 && pw.text.back() == 'E') {
        const std::string_view root = std::string_view(pw.text).substr(0, pw.text.size() - 1);
        return HasEnding(word, root, {"ING", "ED"}) && word.size() > root.size();
      }
      return false;
    }
  }
  return false;
}

bool ParsePhrase(std::string_view text, Dialect dialect, bool verb_root, PeerPhrase* out,
                 std::string* error) {
  out->clear();
  std::string upper = UpperAscii(text);
  if (dialect == Dialect::kTabari) {
    // TABARI reads "BARAD-DUR" as BARAD_DUR: a hyphen between two word
    // characters joins adjacent words (its text is split the same way);
    // a trailing hyphen ("ANTI-") stays part of the word.
    for (size_t i = 1; i + 1 < upper.size(); ++i) {
      const auto word_char = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
      };
      if (upper[i] == '-' && word_char(upper[i - 1]) && word_char(upper[i + 1])) upper[i] = '_';
    }
  }
  size_t i = 0;
  bool glue_next = false;
  while (i < upper.size()) {
    const char c = upper[i];
    if (c == ' ' || c == '\t') {
      glue_next = false;
      ++i;
      continue;
    }
    if (c == '_') {  // a leading or doubled connector
      glue_next = !out->empty();
      ++i;
      continue;
    }
    size_t j = i;
    while (j < upper.size() && upper[j] != ' ' && upper[j] != '\t' && upper[j] != '_' &&
           upper[j] != '=') {
      ++j;
    }
    PhraseWord w;
    w.text = upper.substr(i, j - i);
    w.glued = glue_next && !out->empty();
    if (w.text.empty()) {  // "=" with no word before it
      *error = "stray '=' in \"" + std::string(text) + "\"";
      return false;
    }
    for (const char ch : w.text) {
      if (ch == '[' || ch == ']' || ch == '{' || ch == '}') {
        *error = "unexpected '" + std::string(1, ch) + "' in phrase \"" + std::string(text) + "\"";
        return false;
      }
    }
    if (dialect == Dialect::kPetrarch) {
      w.match = WordMatch::kExact;
    } else if (j < upper.size() && upper[j] == '=') {
      w.match = WordMatch::kExact;
    } else if (j < upper.size() && upper[j] == '_') {
      w.match = verb_root ? WordMatch::kVerbEndings : WordMatch::kNounEndings;
    } else {
      w.match = WordMatch::kStem;
    }
    // Only the first word of a verb entry takes verb endings.
    verb_root = false;
    glue_next = j < upper.size() && upper[j] == '_';
    if (j < upper.size() && upper[j] == '=') {
      ++j;
      glue_next = j < upper.size() && upper[j] == '_';
    }
    if (j < upper.size() && (upper[j] == '_')) ++j;
    out->push_back(std::move(w));
    i = j;
  }
  if (out->empty()) {
    *error = "empty phrase";
    return false;
  }
  return true;
}

std::string PhraseText(const PeerPhrase& phrase) {
  std::string out;
  for (size_t i = 0; i < phrase.size(); ++i) {
    const PhraseWord& w = phrase[i];
    if (i > 0) out += (w.glued ? "" : " ");
    out += w.text;
    const bool next_glued = i + 1 < phrase.size() && phrase[i + 1].glued;
    switch (w.match) {
      case WordMatch::kExact:
        if (next_glued) out += '_';
        break;
      case WordMatch::kStem:
        if (next_glued) out += '_';  // a glued stem cannot be written; closest form
        break;
      case WordMatch::kNounEndings:
      case WordMatch::kVerbEndings:
        out += '_';
        break;
    }
  }
  return out;
}

std::string RegularPlural(std::string_view noun) {
  std::string n(noun);
  if (n.empty()) return n;
  const char last = n.back();
  const bool vowel_before = n.size() >= 2 && std::string_view("AEIOU").find(n[n.size() - 2]) !=
                                                 std::string_view::npos;
  if (last == 'Y' && !vowel_before) return n.substr(0, n.size() - 1) + "IES";
  if (EndsWith(n, "SS") || EndsWith(n, "SH") || EndsWith(n, "CH") || last == 'X') return n + "ES";
  return n + "S";
}

std::vector<std::string> RegularVerbForms(std::string_view verb) {
  std::string v(verb);
  if (v.empty()) return {};
  const char last = v.back();
  const bool vowel_before = v.size() >= 2 && std::string_view("AEIOU").find(v[v.size() - 2]) !=
                                                 std::string_view::npos;
  if (last == 'E') return {v + "S", v + "D", v.substr(0, v.size() - 1) + "ING"};
  if (last == 'Y' && !vowel_before) {
    const std::string stem = v.substr(0, v.size() - 1);
    return {stem + "IES", stem + "IED", v + "ING"};
  }
  if (EndsWith(v, "SS") || EndsWith(v, "SH") || EndsWith(v, "CH") || last == 'X' || last == 'Z') {
    return {v + "ES", v + "ED", v + "ING"};
  }
  return {v + "S", v + "ED", v + "ING"};
}

}  // namespace dyad::peers
