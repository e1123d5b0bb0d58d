#include "peers/peer_lists.h"

#include "peers/actor_readers.h"
#include "util/text_file.h"

namespace dyad::peers {
namespace {

// A phrase of consecutive words; the last one a stem unless `closed`.
PeerPhrase ConsecutivePhrase(std::string_view text, bool last_is_stem) {
  PeerPhrase p;
  for (const std::string_view w : SplitBlanks(text)) {
    PhraseWord pw;
    pw.text = UpperAscii(w);
    pw.match = WordMatch::kExact;
    pw.glued = !p.empty();
    p.push_back(std::move(pw));
  }
  if (last_is_stem && !p.empty()) p.back().match = WordMatch::kStem;
  return p;
}

// "pre+n:school" -> {"PRE SCHOOL", "PRE SCHOOLS", "PRE-SCHOOL", "PRE-SCHOOLS"}.
std::vector<std::string> ExpandIssuePhrase(std::string_view text) {
  std::vector<std::string> phrases{""};
  for (const std::string_view token : SplitBlanks(text)) {
    // Split on '+' into parts joined by a blank or a hyphen.
    std::vector<std::string> token_forms{""};
    size_t start = 0;
    bool first = true;
    while (start <= token.size()) {
      size_t plus = token.find('+', start);
      if (plus == std::string_view::npos) plus = token.size();
      std::string_view part = token.substr(start, plus - start);
      std::vector<std::string> part_forms;
      if (part.starts_with("n:")) {
        const std::string w = UpperAscii(part.substr(2));
        part_forms = {w, RegularPlural(w)};
      } else if (part.starts_with("v:")) {
        const std::string w = UpperAscii(part.substr(2));
        part_forms = {w};
        for (std::string& f : RegularVerbForms(w)) part_forms.push_back(std::move(f));
      } else {
        part_forms = {UpperAscii(part)};
      }
      std::vector<std::string> next;
      for (const std::string& t : token_forms) {
        for (const std::string& f : part_forms) {
          if (first) {
            next.push_back(f);
          } else {
            next.push_back(t + " " + f);
            next.push_back(t + "-" + f);
          }
        }
      }
      token_forms = std::move(next);
      first = false;
      start = plus + 1;
      if (token_forms.size() > 64) break;  // a runaway line stays bounded
    }
    std::vector<std::string> next;
    for (const std::string& p : phrases) {
      for (const std::string& f : token_forms) next.push_back(p.empty() ? f : p + " " + f);
    }
    phrases = std::move(next);
    if (phrases.size() > 256) phrases.resize(256);
  }
  return phrases;
}

}  // namespace

void DiscardList::Add(PeerPhrase phrase, bool story, std::string where) {
  if (phrase.empty()) return;
  index_.Add(phrase[0], static_cast<uint32_t>(phrases_.size()));
  phrases_.push_back({std::move(phrase), story, std::move(where)});
}

DiscardLevel DiscardList::Check(std::span<const std::string> words, std::string* matched) const {
  DiscardLevel level = DiscardLevel::kNone;
  const int n = static_cast<int>(words.size());
  for (int i = 0; i < n && level != DiscardLevel::kStory; ++i) {
    ForEachPrefixCandidate(index_, words[i], [&](uint32_t id) {
      const Entry& e = phrases_[id];
      if (MatchPhraseAt(e.words, words, i, n) < 0) return;
      const DiscardLevel l = e.story ? DiscardLevel::kStory : DiscardLevel::kSentence;
      if (l > level) {
        level = l;
        if (matched != nullptr) *matched = PhraseText(e.words);
      }
    });
  }
  return level;
}

void IssueList::Add(PeerPhrase phrase, std::string code, bool ignore) {
  if (phrase.empty()) return;
  index_.Add(phrase[0], static_cast<uint32_t>(phrases_.size()));
  phrases_.push_back({std::move(phrase), std::move(code), ignore});
}

std::vector<std::pair<std::string, int>> IssueList::Find(std::span<const std::string> words) const {
  std::vector<std::pair<std::string, int>> out;
  bool ignored = false;
  const int n = static_cast<int>(words.size());
  for (int i = 0; i < n && !ignored; ++i) {
    ForEachPrefixCandidate(index_, words[i], [&](uint32_t id) {
      const Entry& e = phrases_[id];
      if (ignored || MatchPhraseAt(e.words, words, i, n) < 0) return;
      if (e.ignore) {
        ignored = true;
        return;
      }
      for (auto& [code, count] : out) {
        if (code == e.code) {
          ++count;
          return;
        }
      }
      out.emplace_back(e.code, 1);
    });
  }
  if (ignored) out.clear();
  return out;
}

void ParseDiscardLines(const std::vector<PeerLine>& lines, const std::string& path,
                       DiscardList* list, PeerReport* report) {
  for (const PeerLine& l : lines) {
    std::string_view text = l.text;
    const bool story = text.front() == '+';
    if (story) text = Trim(text.substr(1));
    if (text.find_first_of("[]{}") != std::string_view::npos) {
      report->Error(path, l.number, "unexpected bracket in discard phrase \"" + std::string(l.text) + "\"");
      continue;
    }
    const bool closed = text.ends_with("_");
    std::string spaced(text);
    for (char& c : spaced) {
      if (c == '_') c = ' ';
    }
    PeerPhrase phrase = ConsecutivePhrase(spaced, !closed);
    if (phrase.empty()) {
      report->Error(path, l.number, "empty discard phrase");
      continue;
    }
    list->Add(std::move(phrase), story, path + ":" + std::to_string(l.number));
  }
}

void ParseIssueLines(const std::vector<PeerLine>& lines, const std::string& path, IssueList* list,
                     PeerReport* report) {
  for (const PeerLine& l : lines) {
    std::string_view text = l.text;
    if (text.front() == '<') {
      const std::string tag = UpperAscii(text);
      if (!tag.starts_with("<ISSUE") && !tag.starts_with("</ISSUE")) {
        report->Unsupported("issue file tag " + std::string(text.substr(0, text.find(' '))), path,
                            l.number);
      }
      continue;
    }
    bool ignore = false;
    while (text.front() == '~') {
      ignore = true;
      text.remove_prefix(1);
      if (text.empty()) break;
    }
    std::string_view before;
    std::vector<std::string_view> blocks;
    std::string error;
    if (!SplitCodeBlocks(text, &before, &blocks, &error)) {
      report->Error(path, l.number, error);
      continue;
    }
    if (!ignore && blocks.size() != 1) {
      report->Error(path, l.number, blocks.empty() ? "issue phrase without a [CODE]"
                                                   : "issue phrase with more than one [CODE]");
      continue;
    }
    if (Trim(before).empty()) {
      report->Error(path, l.number, "empty issue phrase");
      continue;
    }
    const std::string code = blocks.empty() ? "" : std::string(Trim(blocks[0]));
    for (const std::string& form : ExpandIssuePhrase(before)) {
      list->Add(ConsecutivePhrase(form, /*last_is_stem=*/false), code, ignore);
    }
  }
}

Status ReadDiscardFile(const std::string& path, DiscardList* list, PeerReport* report) {
  auto lines = ReadPeerLines(path, CommentStyle::kPetrarch, report);
  if (!lines.ok()) return lines.status();
  ParseDiscardLines(*lines, path, list, report);
  return Status::Ok();
}

Status ReadIssueFile(const std::string& path, IssueList* list, PeerReport* report) {
  auto lines = ReadPeerLines(path, CommentStyle::kPetrarch, report);
  if (!lines.ok()) return lines.status();
  ParseIssueLines(*lines, path, list, report);
  return Status::Ok();
}

}  // namespace dyad::peers
