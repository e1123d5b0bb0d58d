// Binary model files: a fixed header, then a payload of little-endian
// fields. Format (docs/MODEL_FORMAT.md):
//
//   bytes 0-3    magic "DYAD"
//   bytes 4-7    kind, four ASCII letters ("TAGR", "PARS", "LEMM")
//   bytes 8-11   format version of that kind (uint32)
//   bytes 12-19  payload size in bytes (uint64)
//   bytes 20-23  CRC-32 of the payload (zlib's polynomial)
//   bytes 24-    payload
//
// The reader loads the whole file once, checks every header field and the
// checksum, and then hands out fields with bounds checks: a truncated or
// corrupt file gives a Status naming the file, never a crash.
#ifndef DYAD_UTIL_MODEL_FILE_H_
#define DYAD_UTIL_MODEL_FILE_H_

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "dyad/status.h"

namespace dyad {

class ModelWriter {
 public:
  template <typename T>
  void Put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto* p = reinterpret_cast<const char*>(&value);
    payload_.append(p, sizeof(T));
  }
  template <typename T>
  void PutArray(std::span<const T> values) {
    static_assert(std::is_trivially_copyable_v<T>);
    Put<uint64_t>(values.size());
    payload_.append(reinterpret_cast<const char*>(values.data()), values.size_bytes());
  }
  void PutString(std::string_view s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    payload_.append(s);
  }
  // Writes header + payload to `path` (via a temporary file and rename, so a
  // crash never leaves half a model behind).
  Status WriteFile(const std::string& path, std::string_view kind, uint32_t version) const;

 private:
  std::string payload_;
};

class ModelReader {
 public:
  // Reads and validates `path`. `kind` must match; `version` must be one the
  // caller understands.
  static Result<ModelReader> Open(const std::string& path, std::string_view kind,
                                  uint32_t version);
  // The same for a reader of several versions: any in [oldest, newest].
  static Result<ModelReader> Open(const std::string& path, std::string_view kind,
                                  uint32_t oldest_version, uint32_t newest_version);
  // The file's format version.
  uint32_t version() const { return version_; }

  template <typename T>
  bool Get(T* out) {
    static_assert(std::is_trivially_copyable_v<T>);
    if (payload_.size() - pos_ < sizeof(T)) return Fail();
    std::memcpy(out, payload_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  template <typename T>
  bool GetArray(std::vector<T>* out, uint64_t max_elements = uint64_t{1} << 32) {
    uint64_t n = 0;
    if (!Get(&n) || n > max_elements || n > (payload_.size() - pos_) / sizeof(T)) return Fail();
    out->resize(n);
    std::memcpy(out->data(), payload_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return true;
  }
  bool GetString(std::string* out) {
    uint32_t n = 0;
    if (!Get(&n) || n > payload_.size() - pos_) return Fail();
    out->assign(payload_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  bool at_end() const { return pos_ == payload_.size(); }
  // A Status naming the file, for a field that did not parse.
  Status Error(std::string_view what) const;

 private:
  bool Fail() {
    failed_ = true;
    return false;
  }
  std::string path_;
  std::string payload_;
  uint32_t version_ = 0;
  size_t pos_ = 0;
  bool failed_ = false;
};

}  // namespace dyad

#endif  // DYAD_UTIL_MODEL_FILE_H_
