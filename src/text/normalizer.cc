#include "text/normalizer.h"

#include <utf8proc.h>

#include "text/char_class.h"
#include "util/utf8.h"

namespace dyad {
namespace {

bool IsAscii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Below U+0300 every character is NFC-stable and none combines with a
// predecessor, so such text needs no composition pass.
constexpr char32_t kFirstNfcSensitive = 0x300;

}  // namespace

std::string_view FormNormalizer::Normalize(std::string_view original) {
  if (IsAscii(original)) return original;
  folded_.clear();
  bool needs_nfc = false;
  char buf[4];
  for (size_t pos = 0; pos < original.size();) {
    const DecodedChar d = DecodeUtf8(original, pos);
    pos += d.len;
    if (d.cp < 0x80) {
      folded_.push_back(static_cast<char>(d.cp));
      continue;
    }
    const Fold fold = FoldChar(d.cp);
    if (!fold.kept) {
      folded_.append(fold.text);
      continue;
    }
    needs_nfc |= d.cp >= kFirstNfcSensitive;
    folded_.append(buf, EncodeUtf8(d.cp, buf));
  }
  if (!needs_nfc) return folded_;

  // NFC = canonical decomposition (utf8proc orders combining marks while
  // decomposing) followed by composition, as utf8proc_NFC does, but into our
  // own buffers.
  constexpr auto kOptions = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(folded_.data());
  const auto size = static_cast<utf8proc_ssize_t>(folded_.size());
  if (code_points_.size() < folded_.size()) code_points_.resize(folded_.size());
  utf8proc_ssize_t n = utf8proc_decompose(bytes, size, code_points_.data(),
                                          static_cast<utf8proc_ssize_t>(code_points_.size()),
                                          kOptions);
  if (n > static_cast<utf8proc_ssize_t>(code_points_.size())) {
    code_points_.resize(static_cast<size_t>(n));
    n = utf8proc_decompose(bytes, size, code_points_.data(), n, kOptions);
  }
  if (n < 0) return folded_;  // cannot happen on valid UTF-8; keep the fold
  n = utf8proc_normalize_utf32(code_points_.data(), n, kOptions);
  if (n < 0) return folded_;
  composed_.clear();
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    composed_.append(buf, EncodeUtf8(static_cast<char32_t>(code_points_[i]), buf));
  }
  return composed_;
}

std::string NormalizeForm(std::string_view original) {
  FormNormalizer normalizer;
  return std::string(normalizer.Normalize(original));
}

}  // namespace dyad
