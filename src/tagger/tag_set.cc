#include "tagger/tag_set.h"

#include <optional>
#include <string>

namespace dyad {

int TagSet::Add(TagPair pair) {
  if (const int found = Find(pair); found >= 0) return found;
  pairs_.push_back(pair);
  index_[static_cast<int>(pair.upos) * 256 + pair.xpos] = static_cast<uint16_t>(pairs_.size());
  return static_cast<int>(pairs_.size()) - 1;
}

int TagSet::Find(TagPair pair) const {
  return static_cast<int>(index_[static_cast<int>(pair.upos) * 256 + pair.xpos]) - 1;
}

void TagSet::Save(ModelWriter& out) const {
  out.Put<uint32_t>(static_cast<uint32_t>(pairs_.size()));
  for (const TagPair& p : pairs_) {
    out.PutString(UposName(p.upos));
    out.PutString(XposName(p.xpos));
  }
}

bool TagSet::Load(ModelReader& in, std::string* unknown) {
  uint32_t n = 0;
  if (!in.Get(&n) || n == 0 || n > 4096) return false;
  pairs_.clear();
  index_.assign(index_.size(), 0);
  std::string upos_name, xpos_name;
  for (uint32_t i = 0; i < n; ++i) {
    if (!in.GetString(&upos_name) || !in.GetString(&xpos_name)) return false;
    // "_" (no Penn tag) is legal for corpora without an XPOS column.
    const auto upos = UposFromName(upos_name);
    const auto xpos = xpos_name == "_" ? std::optional<Xpos>(0) : XposFromName(xpos_name);
    if (!upos || !xpos) {
      *unknown = upos ? xpos_name : upos_name;
      return false;
    }
    // A duplicate would make two classes mean one thing; treat as corrupt.
    if (Find({*upos, *xpos}) >= 0) {
      *unknown = upos_name + "/" + xpos_name + " (twice)";
      return false;
    }
    Add({*upos, *xpos});
  }
  return true;
}

}  // namespace dyad
