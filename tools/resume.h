// --resume: continue a killed `dyad code -o FILE` run.
//
// Output is written record by record, so after a kill FILE holds whole
// lines for every article but possibly the last. PrepareResume cuts a torn
// final line and the lines of the last article (it may be incomplete; it
// will be coded again) and returns the ids of the articles already written,
// which the run then skips. Articles that produced no events left no line
// and are simply coded again (they produce none again).
#ifndef DYAD_TOOLS_RESUME_H_
#define DYAD_TOOLS_RESUME_H_

#include <string>
#include <unordered_set>

#include "dyad/status.h"

namespace dyad::tools {

Result<std::unordered_set<std::string>> PrepareResume(const std::string& path,
                                                      const std::string& format);

}  // namespace dyad::tools

#endif  // DYAD_TOOLS_RESUME_H_
