#include "io/line_source.h"

#include <sys/stat.h>
#include <zlib.h>
#include <zstd.h>

#include <cstring>

namespace dyad {
namespace {

constexpr size_t kBlock = 1 << 16;

}  // namespace

struct LineSource::Decoders {
  z_stream gz{};
  bool gz_ready = false;
  ZSTD_DStream* zstd = nullptr;
  ~Decoders() {
    if (gz_ready) inflateEnd(&gz);
    if (zstd) ZSTD_freeDStream(zstd);
  }
};

Result<std::unique_ptr<LineSource>> LineSource::Open(const std::string& path) {
  std::unique_ptr<LineSource> src(new LineSource());
  if (path == "-") {
    src->file_ = stdin;
  } else {
    src->file_ = std::fopen(path.c_str(), "rb");
    if (!src->file_) return Status::NotFound(path + ": cannot open input");
    src->owns_file_ = true;
    struct stat st;
    if (fstat(fileno(src->file_), &st) == 0 && S_ISREG(st.st_mode)) {
      src->file_size_ = static_cast<uint64_t>(st.st_size);
    }
  }
  // Sniff the magic number from the first raw block.
  src->in_.resize(kBlock);
  size_t got = 0;
  if (!src->ReadRaw(src->in_.data(), kBlock, &got)) return Status::IoError(path + ": read failed");
  src->in_.resize(got);
  src->dec_ = std::make_unique<Decoders>();
  const auto* b = reinterpret_cast<const unsigned char*>(src->in_.data());
  if (got >= 2 && b[0] == 0x1f && b[1] == 0x8b) {
    src->codec_ = Codec::kGzip;
    // 15 + 32: zlib or gzip header, detected automatically.
    if (inflateInit2(&src->dec_->gz, 15 + 32) != Z_OK) {
      return Status::IoError(path + ": cannot start gzip decoder");
    }
    src->dec_->gz_ready = true;
  } else if (got >= 4 && b[0] == 0x28 && b[1] == 0xb5 && b[2] == 0x2f && b[3] == 0xfd) {
    src->codec_ = Codec::kZstd;
    src->dec_->zstd = ZSTD_createDStream();
    if (!src->dec_->zstd || ZSTD_isError(ZSTD_initDStream(src->dec_->zstd))) {
      return Status::IoError(path + ": cannot start zstd decoder");
    }
  }
  return src;
}

LineSource::~LineSource() {
  if (owns_file_ && file_) std::fclose(file_);
}

const char* LineSource::compression() const {
  switch (codec_) {
    case Codec::kPlain: return "none";
    case Codec::kGzip: return "gzip";
    case Codec::kZstd: return "zstd";
  }
  return "none";
}

bool LineSource::ReadRaw(char* dst, size_t n, size_t* got) {
  *got = std::fread(dst, 1, n, file_);
  raw_bytes_ += *got;
  if (*got < n) {
    if (std::ferror(file_)) {
      error_ = "read error";
      return false;
    }
    raw_eof_ = true;
  }
  return true;
}

bool LineSource::Fill() {
  // Keep what was not returned yet; drop the rest.
  buf_.erase(0, pos_);
  pos_ = 0;
  while (true) {
    if (in_pos_ == in_.size()) {
      if (raw_eof_) return false;
      in_.resize(kBlock);
      size_t got = 0;
      if (!ReadRaw(in_.data(), kBlock, &got)) return false;
      in_.resize(got);
      in_pos_ = 0;
      if (got == 0) return false;
    }
    const size_t before = buf_.size();
    if (codec_ == Codec::kPlain) {
      buf_.append(in_, in_pos_, std::string::npos);
      in_pos_ = in_.size();
    } else if (codec_ == Codec::kGzip) {
      z_stream& z = dec_->gz;
      buf_.resize(before + kBlock * 4);
      z.next_in = reinterpret_cast<Bytef*>(in_.data() + in_pos_);
      z.avail_in = static_cast<uInt>(in_.size() - in_pos_);
      z.next_out = reinterpret_cast<Bytef*>(buf_.data() + before);
      z.avail_out = static_cast<uInt>(kBlock * 4);
      const int rc = inflate(&z, Z_NO_FLUSH);
      in_pos_ = in_.size() - z.avail_in;
      buf_.resize(before + kBlock * 4 - z.avail_out);
      if (rc == Z_STREAM_END) {
        // Concatenated gzip members: start the next one if bytes remain.
        inflateReset(&z);
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = std::string("gzip: ") + (z.msg ? z.msg : "corrupt data");
        return false;
      }
    } else {
      buf_.resize(before + kBlock * 4);
      ZSTD_inBuffer zin{in_.data(), in_.size(), in_pos_};
      ZSTD_outBuffer zout{buf_.data() + before, kBlock * 4, 0};
      const size_t rc = ZSTD_decompressStream(dec_->zstd, &zout, &zin);
      in_pos_ = zin.pos;
      buf_.resize(before + zout.pos);
      if (ZSTD_isError(rc)) {
        error_ = std::string("zstd: ") + ZSTD_getErrorName(rc);
        return false;
      }
    }
    if (buf_.size() > before) return true;
  }
}

bool LineSource::ReadLine(std::string* line) {
  while (true) {
    const size_t nl = buf_.find('\n', pos_);
    if (nl != std::string::npos) {
      line->assign(buf_, pos_, nl - pos_);
      pos_ = nl + 1;
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return true;
    }
    if (!Fill()) {
      if (!error_.empty()) return false;
      if (pos_ < buf_.size()) {  // a last line without "\n"
        line->assign(buf_, pos_, std::string::npos);
        pos_ = buf_.size();
        if (!line->empty() && line->back() == '\r') line->pop_back();
        return true;
      }
      return false;
    }
  }
}

bool LineSource::ReadAll(std::string* out) {
  out->clear();
  while (true) {
    out->append(buf_, pos_, std::string::npos);
    pos_ = buf_.size();
    if (!Fill()) return error_.empty();
  }
}

}  // namespace dyad
