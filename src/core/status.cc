#include "dyad/status.h"

namespace dyad {

std::string Status::ToString() const {
  const char* kind = "ok";
  switch (code_) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kNotFound: kind = "not found"; break;
    case StatusCode::kCorrupt: kind = "corrupt"; break;
    case StatusCode::kInvalidArgument: kind = "invalid argument"; break;
    case StatusCode::kIoError: kind = "i/o error"; break;
    case StatusCode::kUnsupported: kind = "unsupported"; break;
  }
  return std::string(kind) + ": " + message_;
}

}  // namespace dyad
