// Hashing for feature ids and lookup tables. One 64-bit mixer (a
// multiply-xorshift finaliser) applied to words and strings; feature
// extractors combine a template id with the hashes of its parts so that each
// feature is hashed exactly once per token.
#ifndef DYAD_UTIL_HASH_H_
#define DYAD_UTIL_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace dyad {

inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ULL;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dULL;
  x ^= x >> 33;
  return x;
}

// Order-sensitive combination of two hashes.
inline uint64_t HashCombine(uint64_t seed, uint64_t value) {
  return Mix64(seed * 0x9e3779b97f4a7c15ULL + value + 0x632be59bd9b4e019ULL);
}

// Hash of a byte string: 8 bytes at a time through the mixer.
inline uint64_t HashString(std::string_view s, uint64_t seed = 0x51ed270b27e3a5c1ULL) {
  uint64_t h = seed ^ (s.size() * 0x9e3779b97f4a7c15ULL);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, s.data() + i, 8);
    h = HashCombine(h, chunk);
  }
  if (i < s.size()) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, s.data() + i, s.size() - i);
    h = HashCombine(h, chunk);
  }
  return Mix64(h);
}

}  // namespace dyad

#endif  // DYAD_UTIL_HASH_H_
