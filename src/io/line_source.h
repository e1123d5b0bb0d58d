// LineSource: lines of an input file or of standard input, transparently
// decompressed when the bytes start with a gzip (1f 8b) or zstd
// (28 b5 2f fd) magic number. Reads in blocks, so memory stays bounded
// whatever the input size; lines are returned whole, however long.
//
// Not thread-safe: one reader thread owns a LineSource.
#ifndef DYAD_IO_LINE_SOURCE_H_
#define DYAD_IO_LINE_SOURCE_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "dyad/status.h"

namespace dyad {

class LineSource {
 public:
  // "-" is standard input.
  static Result<std::unique_ptr<LineSource>> Open(const std::string& path);
  ~LineSource();
  LineSource(const LineSource&) = delete;
  LineSource& operator=(const LineSource&) = delete;

  // The next line without its "\n" (and "\r"); false at the end or on a
  // read/decompression error (then error() says which).
  bool ReadLine(std::string* line);
  // Everything left, as one string (plain-text articles).
  bool ReadAll(std::string* out);

  const std::string& error() const { return error_; }
  // Bytes consumed from the file so far, and its size (0 when unknown, as
  // for standard input): for progress and ETA.
  uint64_t bytes_read() const { return raw_bytes_; }
  uint64_t file_size() const { return file_size_; }
  const char* compression() const;

 private:
  LineSource() = default;
  // Refills buf_ with decompressed bytes; false at the end or on error.
  bool Fill();
  bool ReadRaw(char* dst, size_t n, size_t* got);

  enum class Codec { kPlain, kGzip, kZstd };
  FILE* file_ = nullptr;
  bool owns_file_ = false;
  Codec codec_ = Codec::kPlain;
  uint64_t raw_bytes_ = 0;
  uint64_t file_size_ = 0;
  std::string error_;

  // Decoded bytes not yet returned: buf_[pos_, buf_.size()).
  std::string buf_;
  size_t pos_ = 0;
  // Compressed bytes waiting for the decoder.
  std::string in_;
  size_t in_pos_ = 0;
  bool raw_eof_ = false;

  struct Decoders;
  std::unique_ptr<Decoders> dec_;
};

}  // namespace dyad

#endif  // DYAD_IO_LINE_SOURCE_H_
