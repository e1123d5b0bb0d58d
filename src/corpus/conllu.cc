#include "corpus/conllu.h"

#include <charconv>
#include <fstream>
#include <iterator>
#include <ostream>

namespace dyad {
namespace {

struct Word {
  std::string form, lemma;
  Upos upos = Upos::kNone;
  Xpos xpos = 0;
  int head = -1;  // 1-based in the file; converted below
  Deprel deprel = 0;
  bool space_after = true;
};

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

bool ParseInt(std::string_view s, int* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

Result<ConlluCorpus> ParseConllu(std::string_view content, const std::string& name) {
  // First pass: collect sentences of words; the Document text is built from
  // them so that token offsets are real offsets into it.
  std::vector<std::vector<Word>> sentences;
  ConlluCorpus corpus;
  std::vector<Word> current;
  ConlluSentenceInfo info;
  size_t line_no = 0;
  auto flush = [&]() {
    if (current.empty()) return;
    sentences.push_back(std::move(current));
    corpus.info.push_back(std::move(info));
    current.clear();
    info = {};
  };
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      flush();
      if (nl == content.size()) break;
      continue;
    }
    if (line[0] == '#') {
      if (line.starts_with("# text = ")) info.text = std::string(line.substr(9));
      else if (line.starts_with("# sent_id = ")) info.sent_id = std::string(line.substr(12));
      else if (line.starts_with("# newdoc")) info.new_doc = true;
      else if (line.starts_with("# newpar")) info.new_par = true;
      continue;
    }
    const auto cols = SplitTabs(line);
    const auto where = [&] { return name + ":" + std::to_string(line_no) + ": "; };
    if (cols.size() != 10) {
      return Status::Corrupt(where() + "expected 10 tab-separated columns, found " +
                             std::to_string(cols.size()));
    }
    if (cols[0].find_first_of("-.") != std::string_view::npos) continue;  // MWT / empty node
    int id = 0;
    if (!ParseInt(cols[0], &id) || id != static_cast<int>(current.size()) + 1) {
      return Status::Corrupt(where() + "word id '" + std::string(cols[0]) + "' out of sequence");
    }
    Word w;
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    w.upos = UposFromName(cols[3]).value_or(Upos::kNone);
    w.xpos = XposFromName(cols[4]).value_or(0);
    if (cols[6] != "_" && !ParseInt(cols[6], &w.head)) {
      return Status::Corrupt(where() + "head '" + std::string(cols[6]) + "' is not a number");
    }
    w.deprel = DeprelFromName(cols[7]).value_or(0);
    w.space_after = cols[9].find("SpaceAfter=No") == std::string_view::npos;
    current.push_back(std::move(w));
  }
  flush();

  std::string text;
  for (const auto& s : sentences) {
    for (const Word& w : s) {
      text += w.form;
      if (w.space_after) text += ' ';
    }
    text += '\n';
  }
  corpus.doc = Document(std::move(text));
  auto& tokens = corpus.doc.mutable_tokens();
  uint32_t offset = 0;
  for (const auto& s : sentences) {
    Sentence sentence;
    sentence.begin = offset;
    sentence.first_token = static_cast<uint32_t>(tokens.size());
    sentence.token_count = static_cast<uint32_t>(s.size());
    for (const Word& w : s) {
      Token t;
      t.begin = offset;
      t.end = offset + static_cast<uint32_t>(w.form.size());
      t.norm = corpus.doc.AppendToArena(w.form);
      t.lemma = corpus.doc.AppendToArena(w.lemma);
      t.upos = w.upos;
      t.xpos = w.xpos;
      t.deprel = w.deprel;
      t.space_after = w.space_after;
      t.head = w.head - 1;  // 0 in the file (root) becomes -1
      tokens.push_back(t);
      offset = t.end + (w.space_after ? 1 : 0);
    }
    sentence.end = offset;
    corpus.doc.mutable_sentences().push_back(sentence);
    offset += 1;  // the newline
  }
  return corpus;
}

Result<ConlluCorpus> ReadConllu(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open CoNLL-U file");
  const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return ParseConllu(content, path);
}

void WriteConllu(const Document& doc, std::ostream& out) {
  for (const Sentence& s : doc.sentences()) {
    out << "# text = ";
    for (const char c : doc.text().substr(s.begin, s.end - s.begin)) out << (c == '\n' ? ' ' : c);
    out << '\n';
    int id = 0;
    for (const Token& t : doc.tokens(s)) {
      ++id;
      const std::string_view lemma = doc.Lemma(t);
      out << id << '\t' << doc.Form(t) << '\t' << (lemma.empty() ? "_" : lemma) << '\t'
          << UposName(t.upos) << '\t' << XposName(t.xpos) << "\t_\t" << (t.head + 1) << '\t'
          << (t.head < 0 ? std::string_view("root") : DeprelName(t.deprel)) << "\t_\t"
          << (t.space_after ? "_" : "SpaceAfter=No") << '\n';
    }
    out << '\n';
  }
}

}  // namespace dyad
