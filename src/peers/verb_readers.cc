#include "peers/verb_readers.h"

#include <algorithm>

#include "peers/actor_readers.h"
#include "util/text_file.h"

namespace dyad::peers {
namespace {

// One lexeme of a pattern or synset phrase.
struct Lex {
  std::string text;
  bool glued = false;             // '_' before it
  bool underscore_after = false;  // '_' after it
  bool stem_mark = false;         // TABARI '~' (open ending)
  bool exact_mark = false;        // TABARI '=' (no ending)
};

// Splits pattern text into lexemes. In the TABARI dialect '{', '|' and '}'
// are lexemes (choices); in the PETRARCH dialect they and '(' ')' are PETR-2
// phrase annotations, read as separators (*approximated is set).
std::vector<Lex> Lexify(std::string_view raw, Dialect dialect, bool* approximated) {
  // TABARI: a hyphen inside a word joins two words, as in phrases.
  std::string text(raw);
  if (dialect == Dialect::kTabari) {
    auto word_char = [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    };
    for (size_t i = 1; i + 1 < text.size(); ++i) {
      if (text[i] == '-' && word_char(text[i - 1]) && word_char(text[i + 1])) text[i] = '_';
    }
  }
  std::vector<Lex> out;
  Lex cur;
  bool glue = false;
  auto flush = [&] {
    if (!cur.text.empty()) {
      cur.glued = glue;
      out.push_back(std::move(cur));
      glue = false;
    }
    cur = Lex{};
  };
  for (const char c : text) {
    if (c == ' ' || c == '\t') {
      flush();
      glue = false;
    } else if (c == '_') {
      if (!cur.text.empty()) {
        cur.underscore_after = true;
        flush();
      } else if (!out.empty()) {
        out.back().underscore_after = true;
      }
      glue = !out.empty();
    } else if (c == '{' || c == '|' || c == '}') {
      flush();
      if (dialect == Dialect::kTabari) {
        Lex l;
        l.text = std::string(1, c);
        l.glued = glue;
        out.push_back(std::move(l));
        glue = false;
      } else {
        *approximated = true;
        glue = false;
      }
    } else if (c == '*') {  // the verb marker is never part of a word ("*SCEPTICAL")
      flush();
      Lex l;
      l.text = "*";
      l.glued = glue;
      out.push_back(std::move(l));
      glue = false;
    } else if (c == '(' || c == ')') {
      flush();
      *approximated = true;
      glue = false;
    } else if (c == '~' && dialect == Dialect::kTabari) {
      cur.stem_mark = true;
    } else if (c == '=' && dialect == Dialect::kTabari) {
      cur.exact_mark = true;
    } else {
      cur.text += c;
    }
  }
  flush();
  return out;
}

PhraseWord MakeWord(const Lex& l, Dialect dialect) {
  PhraseWord w;
  w.text = UpperAscii(l.text);
  w.glued = l.glued;
  if (dialect == Dialect::kPetrarch || l.exact_mark) {
    w.match = WordMatch::kExact;
  } else if (l.stem_mark) {
    w.match = WordMatch::kStem;
  } else if (l.underscore_after) {
    // In TABARI patterns and synsets "WORD_" is closed: RESOLUTION_ does
    // not match RESOLUTIONS (unlike actor names, where it allows endings).
    w.match = WordMatch::kExact;
  } else {
    w.match = WordMatch::kStem;
  }
  return w;
}

// Builds tokens from lexes[begin, end).
bool BuildSeq(const std::vector<Lex>& lexes, size_t begin, size_t end, Dialect dialect,
              PeerVerbDict* dict, TokenSeq* out, std::string* error) {
  for (size_t i = begin; i < end; ++i) {
    const Lex& l = lexes[i];
    PatternToken t;
    t.glued = l.glued;
    if (l.text == "{") {
      // A TABARI choice: alternatives separated by '|' up to the '}'.
      std::vector<TokenSeq> alternatives;
      size_t start = i + 1;
      size_t j = i + 1;
      for (; j < end; ++j) {
        if (lexes[j].text == "{") {
          *error = "nested '{' in a choice";
          return false;
        }
        if (lexes[j].text == "|" || lexes[j].text == "}") {
          TokenSeq alt;
          if (!BuildSeq(lexes, start, j, dialect, dict, &alt, error)) return false;
          if (alt.empty()) {
            *error = "empty alternative in a choice";
            return false;
          }
          alt[0].glued = false;
          alternatives.push_back(std::move(alt));
          start = j + 1;
          if (lexes[j].text == "}") break;
        }
      }
      if (j >= end) {
        *error = "unbalanced '{' (no '}')";
        return false;
      }
      t.kind = PatternToken::kChoice;
      t.ref = dict->AddChoice(std::move(alternatives));
      out->push_back(std::move(t));
      i = j;
      continue;
    }
    if (l.text == "|" || l.text == "}") {
      *error = "'" + l.text + "' outside a choice";
      return false;
    }
    if (l.text == "$") {
      t.kind = PatternToken::kSource;
    } else if (l.text == "+") {
      t.kind = PatternToken::kTarget;
    } else if (l.text == "%") {
      t.kind = PatternToken::kCompound;
    } else if (l.text == "^") {
      t.kind = PatternToken::kSkip;
    } else if (l.text == "*") {
      *error = "more than one '*'";
      return false;
    } else if (l.text[0] == '&') {
      const std::string name = UpperAscii(l.text.substr(1));
      const int id = dict->FindSynset(name);
      if (id < 0) {
        *error = "unknown synset &" + name;
        return false;
      }
      t.kind = PatternToken::kSynset;
      t.ref = static_cast<uint32_t>(id);
    } else {
      for (const char c : l.text) {
        if (c == '[' || c == ']') {
          *error = "unexpected '" + std::string(1, c) + "' in pattern";
          return false;
        }
      }
      t.kind = PatternToken::kWord;
      t.word = MakeWord(l, dialect);
    }
    out->push_back(std::move(t));
  }
  return true;
}

// "+CORDON_OFF", "WIRE_+TAP", "LASH OUT", "BAN=": the words and which one is
// the verb ('+' marks it; otherwise the first).
bool ParseVerbPhrase(std::string_view text, Dialect dialect, PeerPhrase* words, int* verb_index,
                     std::string* error) {
  std::string clean;
  int marked = -1;
  int word_no = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool sep = c == ' ' || c == '\t' || c == '_';
    if (sep) {
      if (in_word) ++word_no;
      in_word = false;
      clean += c;
      continue;
    }
    if (c == '+') {
      if (marked >= 0) {
        *error = "more than one '+' in verb \"" + std::string(text) + "\"";
        return false;
      }
      marked = word_no;
      continue;
    }
    in_word = true;
    clean += c;
  }
  if (!ParsePhrase(clean, dialect, /*verb_root=*/marked <= 0, words, error)) return false;
  *verb_index = marked < 0 ? 0 : marked;
  if (*verb_index >= static_cast<int>(words->size())) {
    *error = "'+' not followed by a word in \"" + std::string(text) + "\"";
    return false;
  }
  if (dialect == Dialect::kTabari && marked > 0) {
    // Only the first word was given verb endings by ParsePhrase.
    if ((*words)[0].match == WordMatch::kVerbEndings) (*words)[0].match = WordMatch::kNounEndings;
  }
  return true;
}

// Splits "VERB [CODE] {FORMS}" (any order of the bracketed parts).
bool SplitVerbLine(std::string_view text, std::string* phrase, std::string* code,
                   std::optional<std::string>* forms, std::string* error) {
  std::string rest;
  const size_t open = text.find('{');
  const size_t close = text.find('}');
  if (open != std::string_view::npos || close != std::string_view::npos) {
    if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
        text.find('{', open + 1) < close || text.find('}', close + 1) != std::string_view::npos) {
      *error = "unbalanced braces in \"" + std::string(text) + "\"";
      return false;
    }
    *forms = std::string(text.substr(open + 1, close - open - 1));
    rest = std::string(text.substr(0, open)) + " " + std::string(text.substr(close + 1));
  } else {
    rest = std::string(text);
  }
  std::string_view before;
  std::vector<std::string_view> blocks;
  if (!SplitCodeBlocks(rest, &before, &blocks, error)) return false;
  if (blocks.size() > 1) {
    *error = "more than one [code] on verb line \"" + std::string(text) + "\"";
    return false;
  }
  if (!blocks.empty()) *code = std::string(Trim(blocks[0]));
  *phrase = std::string(before);
  if (phrase->empty()) {
    *error = "verb line without a verb: \"" + std::string(text) + "\"";
    return false;
  }
  return true;
}

// Adds the entries of one verb line to `block`.
void AddVerbLine(std::string_view text, Dialect dialect, uint32_t block, const std::string& path,
                 int line, PeerVerbDict* dict, PeerReport* report) {
  std::string phrase_text, code, error;
  std::optional<std::string> forms;
  if (!SplitVerbLine(text, &phrase_text, &code, &forms, &error)) {
    report->Error(path, line, error);
    return;
  }
  VerbEntry base;
  if (!ParseVerbPhrase(phrase_text, dialect, &base.words, &base.verb_index, &error)) {
    report->Error(path, line, error);
    return;
  }
  base.block = block;
  base.code = code;
  base.where = path + ":" + std::to_string(line);
  std::vector<VerbEntry> entries{base};
  base.inflected = true;
  if (forms) {
    for (const std::string_view f : SplitBlanks(*forms)) {
      VerbEntry e = base;
      if (!ParseVerbPhrase(f, dialect, &e.words, &e.verb_index, &error)) {
        report->Error(path, line, error);
        continue;
      }
      entries.push_back(std::move(e));
    }
  } else if (dialect == Dialect::kPetrarch) {
    for (std::string& form : RegularVerbForms(base.words[base.verb_index].text)) {
      VerbEntry e = base;
      e.words[e.verb_index].text = std::move(form);
      entries.push_back(std::move(e));
    }
  }
  for (VerbEntry& e : entries) dict->AddEntry(std::move(e));
}

// "--- NAME [CODE] ---"
bool ParseBlockHeader(std::string_view text, VerbBlock* block, bool* extra_code,
                      std::string* error) {
  std::string_view inner = text;
  while (!inner.empty() && (inner.front() == '-' || inner.front() == ' ' || inner.front() == '\t')) {
    inner.remove_prefix(1);
  }
  while (!inner.empty() && (inner.back() == '-' || inner.back() == ' ' || inner.back() == '\t')) {
    inner.remove_suffix(1);
  }
  std::string_view before;
  std::vector<std::string_view> blocks;
  if (!SplitCodeBlocks(Trim(inner), &before, &blocks, error)) return false;
  block->name = UpperAscii(before);
  block->code = blocks.empty() ? "---" : std::string(Trim(blocks[0]));
  if (block->code.empty()) {
    *error = "empty [code] in block header";
    return false;
  }
  *extra_code = blocks.size() > 1;
  return true;
}

// A synonym-set phrase ("+SWISS FRANCS", "+&TIETYPES_MEMOS").
bool ParseSynsetPhrase(std::string_view text, Dialect dialect, PeerVerbDict* dict, TokenSeq* out,
                       std::string* error, bool* approximated) {
  const std::vector<Lex> lexes = Lexify(text, dialect, approximated);
  if (lexes.empty()) {
    *error = "empty synset phrase";
    return false;
  }
  for (const Lex& l : lexes) {
    if (l.text == "*") {
      *error = "'*' in a synset phrase";
      return false;
    }
  }
  return BuildSeq(lexes, 0, lexes.size(), dialect, dict, out, error);
}

}  // namespace

bool ParsePatternLine(std::string_view line, Dialect dialect, PeerVerbDict* dict,
                      VerbPattern* out, std::string* error, bool* approximated) {
  std::string_view text = Trim(line);
  if (!text.starts_with("-")) {
    *error = "pattern must start with '-'";
    return false;
  }
  text.remove_prefix(1);
  std::string_view body;
  std::vector<std::string_view> blocks;
  if (!SplitCodeBlocks(text, &body, &blocks, error)) return false;
  if (blocks.size() != 1) {
    *error = blocks.empty() ? "pattern without a [code]" : "pattern with more than one [code]";
    return false;
  }
  VerbPattern p;
  p.code = std::string(Trim(blocks[0]));
  if (p.code.empty()) {
    *error = "empty [code]";
    return false;
  }
  p.text = std::string(Trim(line));
  const std::vector<Lex> lexes = Lexify(body, dialect, approximated);
  size_t star = lexes.size();
  for (size_t i = 0; i < lexes.size(); ++i) {
    if (lexes[i].text == "*") {
      if (star != lexes.size()) {
        *error = "more than one '*' in pattern";
        return false;
      }
      star = i;
    }
  }
  if (star == lexes.size()) {
    *error = "pattern without the verb marker '*'";
    return false;
  }
  if (!BuildSeq(lexes, 0, star, dialect, dict, &p.before, error)) return false;
  if (!BuildSeq(lexes, star + 1, lexes.size(), dialect, dict, &p.after, error)) return false;
  p.before_glued = lexes[star].glued;
  *out = std::move(p);
  return true;
}

void ParseVerbLines(const std::vector<PeerLine>& lines, const std::string& path, Dialect dialect,
                    PeerVerbDict* dict, PeerReport* report) {
  enum class Mode { kNone, kSynset, kBlock, kTime } mode = Mode::kNone;
  enum class Section { kNone, kSynsets, kTime } section = Section::kNone;
  int block = -1;  // current block id
  std::optional<Synset> synset;  // being collected
  int synset_line = 0;
  auto finish_synset = [&] {
    if (!synset) return;
    if (synset->phrases.empty()) {
      report->Error(path, synset_line, "synset &" + synset->name + " has no phrases");
    } else {
      dict->AddSynset(std::move(*synset));
    }
    synset.reset();
  };
  for (const PeerLine& l : lines) {
    const std::string_view text = l.text;
    const std::string where = path + ":" + std::to_string(l.number);
    std::string error;
    bool approximated = false;
    if (dialect == Dialect::kTabari && text.front() == '<') {
      const std::string tag = UpperAscii(text);
      finish_synset();
      if (tag == "<SYNSETS>") section = Section::kSynsets;
      else if (tag == "<TIME>") section = Section::kTime;
      else if (tag == "</SYNSETS>" || tag == "</TIME>") section = Section::kNone;
      else report->Unsupported("verb file section " + std::string(text), path, l.number);
      mode = Mode::kNone;
      continue;
    }
    if (text.front() == '&') {
      finish_synset();
      std::string name = UpperAscii(Trim(SplitBlanks(text)[0].substr(1)));
      Synset s;
      s.plurals = !name.ends_with("_");
      while (name.ends_with("_")) name.pop_back();
      if (name.empty()) {
        report->Error(path, l.number, "synset without a name");
        mode = Mode::kNone;
        continue;
      }
      s.name = std::move(name);
      s.where = where;
      synset = std::move(s);
      synset_line = l.number;
      mode = Mode::kSynset;
      continue;
    }
    if (text.front() == '+' && mode == Mode::kSynset && synset) {
      TokenSeq phrase;
      if (!ParseSynsetPhrase(text.substr(1), dialect, dict, &phrase, &error, &approximated)) {
        report->Error(path, l.number, error);
        continue;
      }
      // PETRARCH adds the regular plural of a final noun.
      const bool plural = dialect == Dialect::kPetrarch && synset->plurals &&
                          !Trim(text).ends_with("_") && phrase.back().kind == PatternToken::kWord;
      if (plural) {
        TokenSeq p2 = phrase;
        p2.back().word.text = RegularPlural(p2.back().word.text);
        synset->phrases.push_back(std::move(phrase));
        synset->phrases.push_back(std::move(p2));
      } else {
        synset->phrases.push_back(std::move(phrase));
      }
      continue;
    }
    finish_synset();
    if (mode == Mode::kSynset) mode = Mode::kNone;
    if (section == Section::kSynsets) {
      report->Error(path, l.number, "expected &NAME or +phrase inside <SYNSETS>");
      continue;
    }
    if (section == Section::kTime) {
      if (text.front() == '-') {
        report->Unsupported("TABARI <TIME> pattern", path, l.number);
        continue;
      }
      std::string_view before;
      std::vector<std::string_view> blocks;
      if (!SplitCodeBlocks(text, &before, &blocks, &error) || blocks.size() != 1) {
        report->Error(path, l.number, error.empty() ? "time entry needs one [value]" : error);
        continue;
      }
      TimeEntry t;
      if (!ParsePhrase(before, dialect, false, &t.words, &error)) {
        report->Error(path, l.number, error);
        continue;
      }
      t.value = std::string(Trim(blocks[0]));
      t.where = where;
      dict->AddTime(std::move(t));
      continue;
    }
    if (text.front() == '~') {
      report->Unsupported("PETR-2 verb transformation", path, l.number);
      continue;
    }
    if (text.starts_with("---")) {
      if (dialect == Dialect::kTabari) {
        report->Error(path, l.number, "block headers are PETRARCH syntax, not TABARI");
        continue;
      }
      VerbBlock b;
      bool extra_code = false;
      if (!ParseBlockHeader(text, &b, &extra_code, &error)) {
        report->Error(path, l.number, error);
        mode = Mode::kNone;
        block = -1;
        continue;
      }
      if (extra_code) report->Unsupported("second [code] in a block header (ignored)", path, l.number);
      b.where = where;
      block = static_cast<int>(dict->AddBlock(std::move(b)));
      mode = Mode::kBlock;
      continue;
    }
    if (text.front() == '-') {
      if (block < 0) {
        report->Error(path, l.number, "pattern before any verb");
        continue;
      }
      VerbPattern p;
      if (!ParsePatternLine(text, dialect, dict, &p, &error, &approximated)) {
        report->Error(path, l.number, error);
        continue;
      }
      if (approximated) {
        report->Unsupported("PETR-2 phrase annotation read as word order", path, l.number);
      }
      p.where = where;
      dict->mutable_block(block).patterns.push_back(std::move(p));
      continue;
    }
    if (dialect == Dialect::kTabari) {
      if (text.front() == '{') {
        if (block < 0) {
          report->Error(path, l.number, "verb forms before any verb");
          continue;
        }
        if (text.back() != '}' || std::count(text.begin(), text.end(), '{') != 1 ||
            std::count(text.begin(), text.end(), '}') != 1) {
          report->Error(path, l.number, "unbalanced braces in verb forms \"" + std::string(text) + "\"");
          continue;
        }
        for (const std::string_view f : SplitBlanks(text.substr(1, text.size() - 2))) {
          VerbEntry e;
          if (!ParseVerbPhrase(f, dialect, &e.words, &e.verb_index, &error)) {
            report->Error(path, l.number, error);
            continue;
          }
          e.block = static_cast<uint32_t>(block);
          e.where = where;
          e.inflected = true;
          dict->AddEntry(std::move(e));
        }
        continue;
      }
      // A TABARI verb entry starts its own block.
      std::string phrase_text, code;
      std::optional<std::string> forms;
      if (!SplitVerbLine(text, &phrase_text, &code, &forms, &error)) {
        report->Error(path, l.number, error);
        block = -1;
        continue;
      }
      VerbBlock b;
      b.name = UpperAscii(phrase_text);
      b.code = code.empty() ? "---" : code;
      b.where = where;
      block = static_cast<int>(dict->AddBlock(std::move(b)));
      AddVerbLine(text, dialect, static_cast<uint32_t>(block), path, l.number, dict, report);
      continue;
    }
    // PETRARCH verb (or multi-word verb) line inside a block.
    if (block < 0) {
      report->Error(path, l.number, "verb \"" + std::string(text) + "\" before any --- block ---");
      continue;
    }
    AddVerbLine(text.front() == '+' && text.find('_') == std::string_view::npos ? text.substr(1) : text,
                dialect, static_cast<uint32_t>(block), path, l.number, dict, report);
  }
  finish_synset();
}

Status ReadVerbFile(const std::string& path, Dialect dialect, PeerVerbDict* dict,
                    PeerReport* report) {
  const CommentStyle style = dialect == Dialect::kTabari ? CommentStyle::kTabari : CommentStyle::kPetrarch;
  auto lines = ReadPeerLines(path, style, report);
  if (!lines.ok()) return lines.status();
  ParseVerbLines(*lines, path, dialect, dict, report);
  return Status::Ok();
}

}  // namespace dyad::peers
