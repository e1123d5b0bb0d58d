#include "util/model_file.h"

#include <zlib.h>

#include <cstdio>
#include <fstream>
#include <iterator>

namespace dyad {
namespace {

constexpr size_t kHeaderSize = 24;

uint32_t Crc32(std::string_view bytes) {
  uLong crc = crc32(0L, Z_NULL, 0);
  // zlib takes uInt lengths; feed large payloads in pieces.
  while (!bytes.empty()) {
    const size_t n = std::min<size_t>(bytes.size(), 1u << 30);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(n));
    bytes.remove_prefix(n);
  }
  return static_cast<uint32_t>(crc);
}

template <typename T>
T ReadAt(const std::string& s, size_t at) {
  T v;
  std::memcpy(&v, s.data() + at, sizeof(T));
  return v;
}

}  // namespace

Status ModelWriter::WriteFile(const std::string& path, std::string_view kind,
                              uint32_t version) const {
  if (kind.size() != 4) return Status::InvalidArgument("model kind must be 4 letters");
  std::string header = "DYAD";
  header.append(kind);
  const uint64_t size = payload_.size();
  const uint32_t crc = Crc32(payload_);
  header.append(reinterpret_cast<const char*>(&version), 4);
  header.append(reinterpret_cast<const char*>(&size), 8);
  header.append(reinterpret_cast<const char*>(&crc), 4);
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Status::IoError(tmp + ": cannot open for writing");
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(payload_.data(), static_cast<std::streamsize>(payload_.size()));
    if (!out) return Status::IoError(tmp + ": write failed");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    return Status::IoError(path + ": cannot rename from " + tmp);
  }
  return Status::Ok();
}

Result<ModelReader> ModelReader::Open(const std::string& path, std::string_view kind,
                                      uint32_t version) {
  return Open(path, kind, version, version);
}

Result<ModelReader> ModelReader::Open(const std::string& path, std::string_view kind,
                                      uint32_t oldest_version, uint32_t newest_version) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": model file not found or unreadable");
  // One sized read: models are tens of MB and must load in well under a
  // second (an istreambuf_iterator copy costs several times the disk read).
  in.seekg(0, std::ios::end);
  const std::streamoff file_size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (file_size < 0) return Status::IoError(path + ": cannot determine the file size");
  std::string bytes(static_cast<size_t>(file_size), '\0');
  if (!in.read(bytes.data(), file_size)) return Status::IoError(path + ": read failed");
  if (bytes.size() < kHeaderSize || bytes.compare(0, 4, "DYAD") != 0) {
    return Status::Corrupt(path + ": not a dyad model file (bad magic)");
  }
  if (bytes.compare(4, 4, kind) != 0) {
    return Status::Corrupt(path + ": holds a '" + bytes.substr(4, 4) + "' model, expected '" +
                           std::string(kind) + "'");
  }
  const auto file_version = ReadAt<uint32_t>(bytes, 8);
  if (file_version < oldest_version || file_version > newest_version) {
    const std::string readable =
        oldest_version == newest_version
            ? "version " + std::to_string(newest_version)
            : "versions " + std::to_string(oldest_version) + " to " + std::to_string(newest_version);
    return Status::Unsupported(path + ": model format version " + std::to_string(file_version) +
                               ", this build reads " + readable);
  }
  const auto size = ReadAt<uint64_t>(bytes, 12);
  if (size != bytes.size() - kHeaderSize) {
    return Status::Corrupt(path + ": truncated or padded (header says " + std::to_string(size) +
                           " payload bytes, file has " + std::to_string(bytes.size() - kHeaderSize) +
                           ")");
  }
  ModelReader reader;
  reader.path_ = path;
  reader.version_ = file_version;
  const auto crc = ReadAt<uint32_t>(bytes, 20);
  bytes.erase(0, kHeaderSize);
  reader.payload_ = std::move(bytes);
  if (Crc32(reader.payload_) != crc) {
    return Status::Corrupt(path + ": checksum mismatch (file damaged)");
  }
  return reader;
}

Status ModelReader::Error(std::string_view what) const {
  return Status::Corrupt(path_ + ": malformed payload at byte " + std::to_string(pos_) + " (" +
                         std::string(what) + ")");
}

}  // namespace dyad
