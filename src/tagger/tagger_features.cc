#include "tagger/tagger_features.h"

#include "util/hash.h"

namespace dyad {
namespace {

// Template ids. Only their distinctness matters; they are hashed in.
enum Template : uint64_t {
  kBias = 1,
  kLower,
  kForm,
  kPrefix1,
  kPrefix2,
  kPrefix3,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kShape,
  kFlags,
  kLowerM1,
  kLowerM2,
  kLowerP1,
  kLowerP2,
  kSuffix3M1,
  kSuffix3P1,
  kShapeP1,
  kTagM1,
  kTagM2M1,
  kTagM1Lower,
  kTagM1Suffix3,
  kTagM1LowerP1,
  kLowerM1Lower,
  kLowerLowerP1,
  kSuffix3Shape,
  kLex,
  kLexTagM1,
  kLexP1,
  kLexSuffix2,
  kUsualP1,
  kUsualP2,
  kTagM1UsualP1,
  kUsual,
  kCaseContext,
  kNext1,
  kNext1Next2,
  kTagM1Next1,
  kNext1Lower,
  kNext1Suffix3,
  kNext1Lex,
  kTagM1Next1Next2,
};

inline uint64_t F(Template t, uint64_t a) { return HashCombine(Mix64(t), a); }
inline uint64_t F(Template t, uint64_t a, uint64_t b) { return HashCombine(F(t, a), b); }

}  // namespace

int ExtractTaggerFeatures(const WordInfo* w, int prev1, int prev2, uint64_t* out) {
  const WordInfo& c = w[0];
  // Tags enter hashes as id + 2 so that kNoTag (-1) is 1, never 0.
  const auto t1 = static_cast<uint64_t>(prev1 + 2);
  const auto t2 = static_cast<uint64_t>(prev2 + 2);
  const uint32_t case_flags = c.flags & (kHasUpper | kInitialUpper | kAllUpper | kHasDigit |
                                         kHasHyphen | kHasLetter | kSentenceStart |
                                         kTitleSentence);
  constexpr uint32_t kCaps = kInitialUpper | kAllUpper;
  int n = 0;
  out[n++] = Mix64(kBias);
  out[n++] = F(kLower, c.lower);
  if (c.flags & kHasUpper) out[n++] = F(kForm, c.form);
  out[n++] = F(kPrefix1, c.prefix[0]);
  out[n++] = F(kPrefix2, c.prefix[1]);
  out[n++] = F(kPrefix3, c.prefix[2]);
  out[n++] = F(kSuffix1, c.suffix[0]);
  out[n++] = F(kSuffix2, c.suffix[1]);
  out[n++] = F(kSuffix3, c.suffix[2]);
  out[n++] = F(kSuffix4, c.suffix[3]);
  out[n++] = F(kShape, c.shape);
  out[n++] = F(kFlags, case_flags);
  out[n++] = F(kLowerM1, w[-1].lower);
  out[n++] = F(kLowerM2, w[-2].lower);
  out[n++] = F(kLowerP1, w[1].lower);
  out[n++] = F(kLowerP2, w[2].lower);
  out[n++] = F(kSuffix3M1, w[-1].suffix[2]);
  out[n++] = F(kSuffix3P1, w[1].suffix[2]);
  out[n++] = F(kShapeP1, w[1].shape);
  out[n++] = F(kTagM1, t1);
  out[n++] = F(kTagM2M1, t2, t1);
  out[n++] = F(kTagM1Lower, t1, c.lower);
  out[n++] = F(kTagM1Suffix3, t1, c.suffix[2]);
  out[n++] = F(kTagM1LowerP1, t1, w[1].lower);
  out[n++] = F(kLowerM1Lower, w[-1].lower, c.lower);
  out[n++] = F(kLowerLowerP1, c.lower, w[1].lower);
  out[n++] = F(kSuffix3Shape, c.suffix[2], c.shape);
  out[n++] = F(kLex, c.lexicon);
  out[n++] = F(kLexTagM1, c.lexicon, t1);
  out[n++] = F(kLexP1, w[1].lexicon);
  out[n++] = F(kLexSuffix2, c.lexicon, c.suffix[1]);
  out[n++] = F(kUsualP1, w[1].usual_class);
  out[n++] = F(kUsualP2, w[2].usual_class);
  out[n++] = F(kTagM1UsualP1, t1, w[1].usual_class);
  out[n++] = F(kUsual, c.usual_class);
  out[n++] = F(kCaseContext, (w[-1].flags & kCaps) | ((c.flags & (kCaps | kSentenceStart |
                                                                    kTitleSentence)) << 4),
               w[1].flags & kCaps);
  return n;
}

int ExtractRightContextFeatures(const WordInfo* w, int prev1, int next1, int next2,
                                uint64_t* out) {
  const WordInfo& c = w[0];
  const auto t1 = static_cast<uint64_t>(prev1 + 2);
  const auto n1 = static_cast<uint64_t>(next1 + 2);
  const auto n2 = static_cast<uint64_t>(next2 + 2);
  int n = 0;
  out[n++] = F(kNext1, n1);
  out[n++] = F(kNext1Next2, n1, n2);
  out[n++] = F(kTagM1Next1, t1, n1);
  out[n++] = F(kNext1Lower, n1, c.lower);
  out[n++] = F(kNext1Suffix3, n1, c.suffix[2]);
  out[n++] = F(kNext1Lex, n1, c.lexicon);
  out[n++] = HashCombine(F(kTagM1Next1Next2, t1, n1), n2);
  return n;
}

}  // namespace dyad
