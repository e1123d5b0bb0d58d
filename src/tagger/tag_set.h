// TagSet: the tagger's classes, each an observed (UPOS, Penn XPOS) pair.
//
// Predicting the pair jointly lets one decision settle both tags
// consistently ("that" is SCONJ/IN or PRON/WDT, never SCONJ/WDT) and costs
// little: EWT has about 100 pairs and model rows are sparse. The model file
// stores the pairs by name; Load maps them onto dyad's tag ids, so a
// reordered tag table in tags.cc never silently changes a model's meaning.
#ifndef DYAD_TAGGER_TAG_SET_H_
#define DYAD_TAGGER_TAG_SET_H_

#include <cstdint>
#include <vector>

#include "dyad/tags.h"
#include "util/model_file.h"

namespace dyad {

struct TagPair {
  Upos upos = Upos::kNone;
  Xpos xpos = 0;
  bool operator==(const TagPair&) const = default;
};

class TagSet {
 public:
  int size() const { return static_cast<int>(pairs_.size()); }
  const TagPair& pair(int cls) const { return pairs_[cls]; }

  // The class of `pair`, adding it when new.
  int Add(TagPair pair);
  // The class of `pair`, or -1.
  int Find(TagPair pair) const;

  void Save(ModelWriter& out) const;
  // False (reader marked failed) on a malformed list; `unknown` receives a
  // tag name this build does not know, for the error message.
  bool Load(ModelReader& in, std::string* unknown);

 private:
  std::vector<TagPair> pairs_;
  // (upos, xpos) -> class + 1; 0 = absent. 18 x 256 entries.
  std::vector<uint16_t> index_ = std::vector<uint16_t>(kUposCount * 256, 0);
};

}  // namespace dyad

#endif  // DYAD_TAGGER_TAG_SET_H_
