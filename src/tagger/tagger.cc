#include "tagger/tagger.h"

#include <algorithm>
#include <limits>

#include "tagger/tagger_features.h"
#include "tagger/word_class_lexicon.h"
#include "util/model_file.h"

namespace dyad {
namespace {

constexpr char kKind[] = "TAGR";
// Payload: tag set, tag dictionary, word-class lexicon, usual classes,
// LinearModel (docs/TAGGER.md). Version 2: KeyTables saved as packed slot
// arrays (version 1 stored sorted key/value arrays).
constexpr uint32_t kVersion = 2;

// The first class with the highest score. The maximum is taken over fixed
// blocks of 16 (vectorised) after the padding is set below any real score.
int BestClass(int32_t* scores, int num_classes, int stride) {
  std::fill(scores + num_classes, scores + stride, std::numeric_limits<int32_t>::min());
  int32_t block_max[16];
  std::copy(scores, scores + 16, block_max);
  for (int base = 16; base < stride; base += 16) {
    for (int k = 0; k < 16; ++k) block_max[k] = std::max(block_max[k], scores[base + k]);
  }
  const int32_t top = *std::max_element(block_max, block_max + 16);
  int best = 0;
  while (scores[best] != top) ++best;
  return best;
}

}  // namespace

void Tagger::Describe(const Document& doc, const Sentence& sentence, Scratch& scratch) const {
  const auto tokens = doc.tokens(sentence);
  const size_t n = tokens.size();
  scratch.words.resize(n + 4);
  scratch.words[0] = scratch.words[1] = BoundaryWord(/*before=*/true);
  scratch.words[n + 2] = scratch.words[n + 3] = BoundaryWord(/*before=*/false);
  size_t words = 0, capitalised = 0;
  for (size_t i = 0; i < n; ++i) {
    WordInfo& w = scratch.words[i + 2];
    DescribeWord(doc.Norm(tokens[i]), i == 0, scratch.word, &w);
    if (dictionary_.Find(w.form) < 0) DescribeAffixes(scratch.word, &w);
    const int bits = lexicon_.Find(w.lower);
    w.lexicon = static_cast<uint16_t>(bits < 0 ? 0 : bits);
    w.usual_class = static_cast<uint16_t>(usual_.Find(w.lower) + 1);
    if (w.flags & kHasLetter) {
      ++words;
      capitalised += (w.flags & kInitialUpper) != 0;
    }
  }
  if (words >= 3 && capitalised * 5 >= words * 3) {
    for (size_t i = 0; i < n; ++i) scratch.words[i + 2].flags |= kTitleSentence;
  }
}

void Tagger::Decode(const WordInfo* padded, size_t n, Scratch& scratch, int* classes) const {
  const int num_classes = tags_.size();
  const int stride = TaggerWeights::Stride(num_classes);
  scratch.scores.resize(stride);
  int32_t* scores = scratch.scores.data();
  uint64_t features[kMaxTaggerFeatures];
  int prev1 = kNoTag, prev2 = kNoTag;
  for (size_t i = 0; i < n; ++i) {
    const WordInfo* w = padded + i + 2;
    int best = dictionary_.Find(w->form);
    if (best < 0) {
      const int count = ExtractTaggerFeatures(w, prev1, prev2, features);
      weights_.Score({features, static_cast<size_t>(count)}, scores);
      best = BestClass(scores, num_classes, stride);
    }
    classes[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
}

void Tagger::TagSentenceWith(Document& doc, const Sentence& sentence, Scratch& scratch) const {
  Describe(doc, sentence, scratch);
  const size_t n = sentence.token_count;
  scratch.classes.resize(n);
  Decode(scratch.words.data(), n, scratch, scratch.classes.data());
  auto tokens = doc.mutable_tokens(sentence);
  for (size_t i = 0; i < n; ++i) {
    const TagPair& p = tags_.pair(scratch.classes[i]);
    tokens[i].upos = p.upos;
    tokens[i].xpos = p.xpos;
  }
}

void Tagger::Tag(Document& doc) const {
  Scratch scratch;
  for (const Sentence& s : doc.sentences()) TagSentenceWith(doc, s, scratch);
}

void Tagger::TagSentence(Document& doc, const Sentence& sentence) const {
  Scratch scratch;
  TagSentenceWith(doc, sentence, scratch);
}

Status Tagger::Save(const std::string& path) const {
  ModelWriter out;
  tags_.Save(out);
  dictionary_.Save(out);
  lexicon_.Save(out);
  usual_.Save(out);
  model_.Save(out);
  return out.WriteFile(path, kKind, kVersion);
}

Result<Tagger> Tagger::Load(const std::string& path) {
  auto reader = ModelReader::Open(path, kKind, kVersion);
  if (!reader.ok()) return reader.status();
  ModelReader& in = *reader;
  Tagger tagger;
  std::string unknown;
  if (!tagger.tags_.Load(in, &unknown)) {
    if (!unknown.empty()) {
      return Status::Unsupported(path + ": tag '" + unknown + "' is unknown to this build");
    }
    return in.Error("tag set");
  }
  if (!tagger.dictionary_.Load(in, static_cast<uint32_t>(tagger.tags_.size()))) {
    return in.Error("tag dictionary");
  }
  if (!tagger.lexicon_.Load(in, kLexiconBitLimit)) return in.Error("word-class lexicon");
  if (!tagger.usual_.Load(in, static_cast<uint32_t>(tagger.tags_.size()))) {
    return in.Error("usual classes");
  }
  if (!tagger.model_.Load(in)) return in.Error("weights");
  if (tagger.model_.num_classes() != tagger.tags_.size()) {
    return in.Error("weights for " + std::to_string(tagger.model_.num_classes()) +
                    " classes, tag set has " + std::to_string(tagger.tags_.size()));
  }
  tagger.weights_ = TaggerWeights::Build(tagger.model_);
  if (!in.at_end()) return in.Error("trailing bytes");
  return tagger;
}

}  // namespace dyad
