// PloverMap: CAMEO code -> PLOVER event type (data/events/plover.txt), by
// longest listed prefix. Thread safety: const after Load.
#ifndef DYAD_EVENTS_PLOVER_MAP_H_
#define DYAD_EVENTS_PLOVER_MAP_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad {

class PloverMap {
 public:
  static Result<PloverMap> Load(const std::string& path, std::vector<std::string>* problems);
  // "AGREE", ...; "" when the code has no PLOVER event.
  std::string_view TypeOf(std::string_view cameo) const;
  void Add(std::string prefix, std::string type) { types_[std::move(prefix)] = std::move(type); }

 private:
  std::unordered_map<std::string, std::string> types_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_PLOVER_MAP_H_
