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
// pass count, second-pass margin, one LinearModel per pass
// (docs/TAGGER.md). Version 3 added the optional second pass; version 2
// files (one pass, no count or margin) still load. Version 2 saved KeyTables
// as packed slot arrays (version 1 stored sorted key/value arrays).
constexpr uint32_t kVersion = 3;
constexpr uint32_t kOldestVersion = 2;

// The highest of scores[0 .. stride), stride a multiple of 16: the maximum
// is taken over fixed blocks of 16, which the compiler vectorises.
int32_t BlockMax(const int32_t* scores, int stride) {
  int32_t block_max[16];
  std::copy(scores, scores + 16, block_max);
  for (int base = 16; base < stride; base += 16) {
    for (int k = 0; k < 16; ++k) block_max[k] = std::max(block_max[k], scores[base + k]);
  }
  return *std::max_element(block_max, block_max + 16);
}

// The first class with the highest score (the padding is set below any real
// score first). `runner_up` (optional) gets the highest score of the other
// classes.
int BestClass(int32_t* scores, int num_classes, int stride, int32_t* runner_up = nullptr) {
  std::fill(scores + num_classes, scores + stride, std::numeric_limits<int32_t>::min());
  const int32_t top = BlockMax(scores, stride);
  int best = 0;
  while (scores[best] != top) ++best;
  if (runner_up != nullptr) {
    scores[best] = std::numeric_limits<int32_t>::min();
    *runner_up = BlockMax(scores, stride);
    scores[best] = top;
  }
  return best;
}

}  // namespace

bool Tagger::IsVerbEdForm(std::string_view lower) const {
  const int bits = lexicon_.Find(LowerWordHash(lower));
  return bits > 0 && (bits & kLexVerbEd) != 0;
}

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

void Tagger::DecodePass(const Pass& pass, const WordInfo* padded, size_t n, const int* next,
                        const uint8_t* keep, uint8_t* settled, Scratch& scratch,
                        int* classes) const {
  const int num_classes = tags_.size();
  const int stride = TaggerWeights::Stride(num_classes);
  scratch.scores.resize(stride);
  int32_t* scores = scratch.scores.data();
  uint64_t features[kMaxTaggerFeatures];
  static_assert(kMaxTaggerFeatures >= 36 + kMaxRightContextFeatures);
  const float settled_margin = settled_margin_ / pass.model.scale();
  int prev1 = kNoTag, prev2 = kNoTag;
  for (size_t i = 0; i < n; ++i) {
    const WordInfo* w = padded + i + 2;
    int best = dictionary_.Find(w->form);
    if (best < 0 && keep != nullptr && keep[i]) best = next[i];
    if (best < 0) {
      int count = ExtractTaggerFeatures(w, prev1, prev2, features);
      if (next != nullptr) {
        const int next1 = i + 1 < n ? next[i + 1] : kNoTag;
        const int next2 = i + 2 < n ? next[i + 2] : kNoTag;
        count += ExtractRightContextFeatures(w, prev1, next1, next2, features + count);
      }
      pass.weights.Score({features, static_cast<size_t>(count)}, scores);
      if (settled != nullptr) {
        int32_t runner_up = 0;
        best = BestClass(scores, num_classes, stride, &runner_up);
        settled[i] = static_cast<float>(scores[best]) - runner_up >= settled_margin;
      } else {
        best = BestClass(scores, num_classes, stride);
      }
    }
    classes[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
}

void Tagger::Decode(const WordInfo* padded, size_t n, Scratch& scratch, int* classes) const {
  if (!second_) {
    DecodePass(first_, padded, n, nullptr, nullptr, nullptr, scratch, classes);
    return;
  }
  // The first pass marks the words it is sure of (dictionary words too); the
  // second keeps their class and scores only the others.
  scratch.first_pass.resize(n);
  scratch.settled.assign(n, 1);
  DecodePass(first_, padded, n, nullptr, nullptr, scratch.settled.data(), scratch,
             scratch.first_pass.data());
  DecodePass(*second_, padded, n, scratch.first_pass.data(), scratch.settled.data(), nullptr,
             scratch, classes);
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
  out.Put<uint32_t>(second_ ? 2 : 1);
  out.Put<float>(settled_margin_);
  first_.model.Save(out);
  if (second_) second_->model.Save(out);
  return out.WriteFile(path, kKind, kVersion);
}

Result<Tagger> Tagger::Load(const std::string& path) {
  auto reader = ModelReader::Open(path, kKind, kOldestVersion, kVersion);
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
  uint32_t passes = 1;
  if (in.version() >= 3) {
    if (!in.Get(&passes) || passes < 1 || passes > 2) return in.Error("pass count");
    if (!in.Get(&tagger.settled_margin_) || !(tagger.settled_margin_ >= 0.0f)) {
      return in.Error("second-pass margin");
    }
  }
  for (uint32_t p = 0; p < passes; ++p) {
    Pass& pass = p == 0 ? tagger.first_ : tagger.second_.emplace();
    if (!pass.model.Load(in)) return in.Error("weights");
    if (pass.model.num_classes() != tagger.tags_.size()) {
      return in.Error("weights for " + std::to_string(pass.model.num_classes()) +
                      " classes, tag set has " + std::to_string(tagger.tags_.size()));
    }
    pass.weights = TaggerWeights::Build(pass.model);
  }
  if (!in.at_end()) return in.Error("trailing bytes");
  return tagger;
}

}  // namespace dyad
