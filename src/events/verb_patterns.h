// PatternSet: dyad's verb, noun and adjective patterns
// (data/events/verbs/*.txt, grammar in docs/DICTIONARIES.md), compiled into
// element lists and indexed by head lemma.
//
//   impose sanction on TGT => 163
//   head "impose", elements [word "sanction", prep-target "on"]
//
// Thread safety: const after Load.
#ifndef DYAD_EVENTS_VERB_PATTERNS_H_
#define DYAD_EVENTS_VERB_PATTERNS_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/status.h"
#include "events/cameo_codes.h"

namespace dyad {

enum class HeadKind : uint8_t { kVerb, kNoun, kAdjective };

struct PatternElement {
  enum Kind : uint8_t {
    kWord,        // a lemma among the head's dependents ("sanction", "off")
    kTarget,      // TGT: the direct object is the target
    kPrepTarget,  // "on TGT": the object of this preposition is the target
    kChain,       // "to VERB": a controlled verb; later elements belong to it
    kSource,      // SRC
    kAny,         // *
  };
  Kind kind = kWord;
  std::string word;
};

struct Pattern {
  HeadKind head_kind = HeadKind::kVerb;
  std::string head;  // lemma
  std::vector<PatternElement> elements;
  std::string code;  // CAMEO code, or "---" for a discard
  int specificity = 0;
  std::string text;  // the line as written (evidence)
  std::string where;  // "data/events/verbs/13_threaten.txt:12"
};

class PatternSet {
 public:
  // Loads every *.txt under `dir`; pattern codes are checked against `codes`.
  static Result<PatternSet> Load(const std::string& dir, const CameoCodes& codes,
                                 std::vector<std::string>* problems);

  // Parses one pattern line (without the comment); false with a message in
  // *error when malformed.
  static bool ParseLine(std::string_view line, Pattern* out, std::string* error);

  const std::vector<uint32_t>* ForHead(HeadKind kind, std::string_view lemma) const;
  // False when no pattern of any kind has `lemma` as its head; true when
  // one does (or, rarely, on a hash collision). Cheap: no allocation, one
  // hash. For deciding what may be skipped, never for matching.
  bool MayBeHead(std::string_view lemma) const;
  const Pattern& pattern(uint32_t id) const { return patterns_[id]; }
  size_t size() const { return patterns_.size(); }
  void Add(Pattern p);

 private:
  std::vector<Pattern> patterns_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_head_;  // "v:impose"
  std::unordered_set<uint64_t> head_hashes_;                         // HashString(head)
};

}  // namespace dyad

#endif  // DYAD_EVENTS_VERB_PATTERNS_H_
