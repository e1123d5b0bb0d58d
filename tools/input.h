// Reading a whole input (a file, or "-" for standard input) for the CLI.
#ifndef DYAD_TOOLS_INPUT_H_
#define DYAD_TOOLS_INPUT_H_

#include <string>

#include "dyad/status.h"

namespace dyad::tools {

Result<std::string> ReadInput(const std::string& path);

}  // namespace dyad::tools

#endif  // DYAD_TOOLS_INPUT_H_
