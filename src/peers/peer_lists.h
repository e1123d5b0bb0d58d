// Discard and issue lists of PETRARCH dictionary sets.
//
// Discards ("Phoenix.discards.txt", "PETR.Validate.discards.txt"): a phrase
// found in a sentence stops its coding; with a leading '+' it stops the whole
// story. The last word is a stem unless it ends with '_'; earlier words are
// whole words, consecutive.
//
// Issues ("Phoenix.IssueCoding.txt"): "<ISSUE CATEGORY=...>" blocks of
// "phrase [CODE]" lines where "n:word" adds the word's plural, "v:word" its
// verb forms and "a+b" both "a b" and "a-b"; a line "~phrase" is an ignore
// phrase (a sentence holding one gets no issues). A sentence's issues are the
// codes of the phrases found in it, with counts.
#ifndef DYAD_PEERS_PEER_LISTS_H_
#define DYAD_PEERS_PEER_LISTS_H_

#include <span>
#include <string>
#include <utility>
#include <vector>

#include "dyad/status.h"
#include "peers/peer_actors.h"
#include "peers/peer_lines.h"
#include "peers/peer_report.h"

namespace dyad::peers {

enum class DiscardLevel : uint8_t { kNone, kSentence, kStory };

class DiscardList {
 public:
  void Add(PeerPhrase phrase, bool story, std::string where);
  // The strongest discard among the phrases found in `words` (upper case),
  // and which phrase ("" when none).
  DiscardLevel Check(std::span<const std::string> words, std::string* matched) const;
  size_t size() const { return phrases_.size(); }

 private:
  struct Entry {
    PeerPhrase words;
    bool story = false;
    std::string where;
  };
  std::vector<Entry> phrases_;
  PhraseIndex index_;
};

class IssueList {
 public:
  void Add(PeerPhrase phrase, std::string code, bool ignore);
  // (code, count) in first-seen order; empty when an ignore phrase occurs.
  std::vector<std::pair<std::string, int>> Find(std::span<const std::string> words) const;
  size_t size() const { return phrases_.size(); }

 private:
  struct Entry {
    PeerPhrase words;
    std::string code;
    bool ignore = false;
  };
  std::vector<Entry> phrases_;
  PhraseIndex index_;
};

Status ReadDiscardFile(const std::string& path, DiscardList* list, PeerReport* report);
void ParseDiscardLines(const std::vector<PeerLine>& lines, const std::string& path,
                       DiscardList* list, PeerReport* report);
Status ReadIssueFile(const std::string& path, IssueList* list, PeerReport* report);
void ParseIssueLines(const std::vector<PeerLine>& lines, const std::string& path, IssueList* list,
                     PeerReport* report);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PEER_LISTS_H_
