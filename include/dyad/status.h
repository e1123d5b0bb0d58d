// Status and Result<T>: how dyad reports expected failures.
//
// A missing model, a corrupt file, a bad dictionary line or an unreadable
// input are not bugs: they come back to the caller as a Status (or a Result<T>
// holding either a value or a Status). Bugs are assertions. Messages say what
// went wrong and where: "models/tagger.bin: bad checksum", "data/x.txt:12: ...".
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace dyad {

enum class StatusCode {
  kOk = 0,
  kNotFound,         // a file or entry that should exist does not
  kCorrupt,          // a file exists but its bytes are not what they claim
  kInvalidArgument,  // the caller (or the user) asked for something malformed
  kIoError,          // the operating system refused a read or a write
  kUnsupported,      // well-formed, but dyad does not handle it (yet)
};

class Status {
 public:
  Status() = default;  // ok
  Status(StatusCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status Corrupt(std::string m) { return {StatusCode::kCorrupt, std::move(m)}; }
  static Status InvalidArgument(std::string m) {
    return {StatusCode::kInvalidArgument, std::move(m)};
  }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "corrupt: models/tagger.bin: bad checksum"
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a T or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "a Result built from a Status must carry an error");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace dyad

// Returns early from the enclosing function when `expr` yields an error Status.
#define DYAD_RETURN_IF_ERROR(expr)            \
  do {                                        \
    ::dyad::Status dyad_status_ = (expr);     \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

#endif  // DYAD_STATUS_H_
