// PhraseKey: how actor names and token runs are compared.
//
// A name matches a run of tokens when their letters and digits, lowercased
// (ASCII) and concatenated, are equal: "U.S." = "US" = "U.S", "Self-Defense
// Forces" = "Self - Defense Forces" (however the tokenizer split the hyphen),
// "al-Qaeda" = "al Qaeda". Punctuation is not part of the key, so a run of
// pure punctuation adds nothing. The key is a 64-bit polynomial hash that
// can be extended token by token, so the matcher hashes each token once per
// start position and never builds strings.
#ifndef DYAD_ACTORS_PHRASE_KEY_H_
#define DYAD_ACTORS_PHRASE_KEY_H_

#include <cstdint>
#include <string_view>

namespace dyad {

class PhraseKey {
 public:
  // Appends the key characters of `text`; returns how many it took.
  int Extend(std::string_view text) {
    int taken = 0;
    for (const char ch : text) {
      auto c = static_cast<unsigned char>(ch);
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
      if (!keep) continue;
      hash_ = (hash_ ^ c) * 0x100000001b3ULL;  // FNV-1a step
      ++taken;
    }
    length_ += taken;
    return taken;
  }
  uint64_t hash() const { return hash_ ^ (static_cast<uint64_t>(length_) << 56); }
  int length() const { return length_; }

 private:
  uint64_t hash_ = 0xcbf29ce484222325ULL;
  int length_ = 0;
};

// The key of a whole name as written in a dictionary.
inline uint64_t KeyOf(std::string_view name) {
  PhraseKey k;
  k.Extend(name);
  return k.hash();
}

// True when a dictionary alternative is written all in capitals ("US",
// "U.S.", "WHO"): such names match only text that is not all lowercase.
inline bool IsCapsOnlyName(std::string_view name) {
  int letters = 0;
  for (const char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c == ' ') return false;
  }
  return letters >= 2;
}

}  // namespace dyad

#endif  // DYAD_ACTORS_PHRASE_KEY_H_
