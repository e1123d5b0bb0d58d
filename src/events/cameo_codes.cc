#include "events/cameo_codes.h"

#include <charconv>
#include <sstream>

#include "util/text_file.h"

namespace dyad {

Result<CameoCodes> CameoCodes::Load(const std::string& path, std::vector<std::string>* problems) {
  auto lines = ReadDictionaryLines(path, problems);
  if (!lines.ok()) return lines.status();
  CameoCodes table;
  for (const DictLine& line : *lines) {
    std::istringstream in(line.text);
    CameoCode code;
    std::string goldstein;
    in >> code.code >> goldstein >> code.quad;
    std::getline(in, code.label);
    code.label = std::string(Trim(code.label));
    const auto where = path + ":" + std::to_string(line.number) + ": ";
    const bool digits = code.code.size() >= 2 && code.code.size() <= 4 &&
                        code.code.find_first_not_of("0123456789") == std::string::npos;
    char* end = nullptr;
    code.goldstein = std::strtof(goldstein.c_str(), &end);
    if (!digits || (!in.eof() && in.fail()) || goldstein.empty() || *end != '\0' || code.quad < 1 ||
        code.quad > 4 || code.goldstein < -10 || code.goldstein > 10) {
      problems->push_back(where + "expected 'CODE GOLDSTEIN QUAD LABEL', found '" + line.text + "'");
      continue;
    }
    if (table.Find(code.code)) {
      problems->push_back(where + "code " + code.code + " listed twice");
      continue;
    }
    table.Add(std::move(code));
  }
  if (table.size() == 0) return Status::Corrupt(path + ": no CAMEO codes");
  return table;
}

}  // namespace dyad
