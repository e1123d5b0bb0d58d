#include "events/plover_map.h"

#include <sstream>

#include "util/text_file.h"

namespace dyad {

Result<PloverMap> PloverMap::Load(const std::string& path, std::vector<std::string>* problems) {
  auto lines = ReadDictionaryLines(path, problems);
  if (!lines.ok()) return lines.status();
  PloverMap map;
  for (const DictLine& line : *lines) {
    std::istringstream in(line.text);
    std::string prefix, type, extra;
    in >> prefix >> type;
    const bool ok = !prefix.empty() && prefix.size() <= 4 &&
                    prefix.find_first_not_of("0123456789") == std::string::npos && !type.empty() &&
                    !(in >> extra);
    if (!ok) {
      problems->push_back(path + ":" + std::to_string(line.number) +
                          ": expected 'CAMEO-PREFIX PLOVER-TYPE', found '" + line.text + "'");
      continue;
    }
    map.Add(prefix, type == "-" ? "" : type);
  }
  return map;
}

std::string_view PloverMap::TypeOf(std::string_view cameo) const {
  for (size_t n = cameo.size(); n >= 2; --n) {
    auto it = types_.find(std::string(cameo.substr(0, n)));
    if (it != types_.end()) return it->second;
  }
  return {};
}

}  // namespace dyad
