// The tagger's feature templates: which facts about a token and its
// neighbours vote for a class.
//
// Each feature is one 64-bit hash of (template id, parts). Word-level parts
// come precomputed in WordInfo (one string hash per token), so a template
// costs one or two integer mixes, never a string operation. The tags of the
// two previous tokens are the greedy decoder's own predictions (at training
// time too, so the model learns to live with its mistakes).
//
// The templates (w0 = the token, w-1/w+1 its neighbours, t-1/t-2 the
// previous predicted classes):
//   w0: lowercased word, cased form (if it has capitals), prefixes 1-3,
//       suffixes 1-4, shape, case/digit/hyphen/sentence flags,
//       suffix3+shape, WordNet class bits, bits+suffix2, usual class
//   context words: w-2, w-1, w+1, w+2 lowercased; suffix3 of w-1 and w+1;
//       shape of w+1; WordNet bits of w+1; usual class of w+1 and w+2
//   pairs: w-1+w0, w0+w+1; capitals of w-1, w0 and w+1 together
//   tags: bias, t-1, t-2+t-1, t-1+w0, t-1+suffix3, t-1+w+1, t-1+bits,
//       t-1+usual class of w+1
// Eleven more templates (length, flags of w+1, shape of w-1, suffix2 of
// w+2, bits of w-1, t-2+w0, t-1+shape, w-1+w+1, and three usual-class
// combinations) were tried and dropped: EWT dev accuracy was the same or
// better without them, and every template costs a lookup per token.
//
// A second pass (tagger.h) adds the first pass's predictions for w+1 and
// w+2: a left-to-right decoder otherwise sees the right context only as
// words and usual classes.
//
// Changing a template changes every model: bump Tagger's format version.
#ifndef DYAD_TAGGER_TAGGER_FEATURES_H_
#define DYAD_TAGGER_TAGGER_FEATURES_H_

#include <cstdint>

#include "tagger/word_features.h"

namespace dyad {

// Upper bound on the features of one token.
inline constexpr int kMaxTaggerFeatures = 48;

// Class id used for positions before the sentence start.
inline constexpr int kNoTag = -1;

// Writes the features of the token `w[0]` into `out` and returns how many.
// `w` points into a padded array: w[-2] .. w[2] must be readable (padding
// positions hold BoundaryWord()). `prev1`/`prev2` are the classes of the
// previous two tokens (kNoTag before the start).
int ExtractTaggerFeatures(const WordInfo* w, int prev1, int prev2, uint64_t* out);

// The second pass's extra templates (Tagger, two passes): the first pass's
// classes of the next two tokens (kNoTag past the end), alone, together and
// with the token's word, suffix, WordNet bits and the previous class. Written
// after the first-pass templates, at out[0..]; returns how many (at most
// kMaxRightContextFeatures).
inline constexpr int kMaxRightContextFeatures = 8;
int ExtractRightContextFeatures(const WordInfo* w, int prev1, int next1, int next2,
                                uint64_t* out);

}  // namespace dyad

#endif  // DYAD_TAGGER_TAGGER_FEATURES_H_
