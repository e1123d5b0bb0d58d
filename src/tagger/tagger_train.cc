// Tagger::Train: averaged perceptron over the greedy decoder's own
// predictions, with the epoch chosen on dev.
#include <algorithm>
#include <chrono>
#include <ostream>
#include <unordered_map>

#include "corpus/wordnet.h"
#include "learn/averaged_perceptron.h"
#include "tagger/tagger.h"
#include "tagger/tagger_features.h"
#include "tagger/word_class_lexicon.h"

namespace dyad {
namespace {

// Described sentences laid end to end, each padded by two boundary words on
// both sides, so training reads contiguous memory and hashes every string
// once for all epochs.
struct DescribedCorpus {
  std::vector<WordInfo> words;
  std::vector<int> gold;        // class per token (-1: no usable gold tag)
  std::vector<size_t> padded;   // sentence -> offset of its padding in words
  std::vector<size_t> first;    // sentence -> offset of its first token in gold
  std::vector<uint32_t> length;
};

void DescribeCorpus(const Tagger& tagger, const Document& doc, const std::vector<size_t>& sentences,
                    const TagSet& tags, DescribedCorpus* out) {
  Tagger::Scratch scratch;
  const auto all = doc.sentences();
  for (size_t s : sentences) {
    tagger.Describe(doc, all[s], scratch);
    out->padded.push_back(out->words.size());
    out->first.push_back(out->gold.size());
    out->length.push_back(all[s].token_count);
    out->words.insert(out->words.end(), scratch.words.begin(), scratch.words.end());
    for (const Token& t : doc.tokens(all[s])) {
      int cls = -1;
      if (t.upos != Upos::kNone) {
        cls = tags.Find({t.upos, t.xpos});
      }
      out->gold.push_back(cls);
    }
  }
}

// splitmix64: a tiny, portable generator so the shuffle (and so the model
// bytes) are the same with every standard library.
struct SplitMix64 {
  uint64_t state;
  uint64_t Next() {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
};

void Shuffle(std::vector<size_t>& v, SplitMix64& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.Next() % i]);
}

double Since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

Result<Tagger> Tagger::Train(const Document& train, const Document& dev,
                             const TaggerTrainOptions& options, std::ostream& log) {
  const auto start = std::chrono::steady_clock::now();
  if (options.epochs < 1) return Status::InvalidArgument("tagger training: epochs must be >= 1");
  const bool jackknife = options.num_folds > 1;
  if (jackknife && (options.held_out_fold < 0 || options.held_out_fold >= options.num_folds)) {
    return Status::InvalidArgument("tagger training: held_out_fold " +
                                   std::to_string(options.held_out_fold) + " is not in [0, " +
                                   std::to_string(options.num_folds) + ")");
  }
  std::vector<size_t> train_ids, dev_ids;
  for (size_t i = 0; i < train.sentences().size(); ++i) {
    if (!jackknife || static_cast<int>(i % options.num_folds) != options.held_out_fold) {
      train_ids.push_back(i);
    }
  }
  for (size_t i = 0; i < dev.sentences().size(); ++i) dev_ids.push_back(i);
  if (train_ids.empty()) return Status::InvalidArgument("tagger training: no training sentences");

  Tagger tagger;
  if (!options.wordnet_dir.empty()) {
    auto wordnet = ReadWordNet(options.wordnet_dir, /*with_case=*/true);
    if (!wordnet.ok()) return wordnet.status();
    tagger.lexicon_ = KeyTable::Build(BuildWordClassLexicon(*wordnet));
  }
  // Classes: the pairs seen often enough, in order of first appearance.
  {
    std::vector<uint32_t> pair_counts(kUposCount * 256, 0);
    for (size_t s : train_ids) {
      for (const Token& t : train.tokens(train.sentences()[s])) {
        if (t.upos != Upos::kNone) ++pair_counts[static_cast<int>(t.upos) * 256 + t.xpos];
      }
    }
    for (size_t s : train_ids) {
      for (const Token& t : train.tokens(train.sentences()[s])) {
        if (t.upos != Upos::kNone &&
            pair_counts[static_cast<int>(t.upos) * 256 + t.xpos] >= options.min_class_count) {
          tagger.tags_.Add({t.upos, t.xpos});
        }
      }
    }
  }
  // From gold counts: the usual class of each frequent lowercased word, and
  // the tag dictionary (per form). Both come before describing the corpus:
  // WordInfo carries the usual class, and dictionary words skip the affixes.
  {
    // word hash -> class -> count; class -1 counts tokens of rare classes,
    // so that they still make a word ambiguous.
    using Counts = std::unordered_map<uint64_t, std::unordered_map<int, uint32_t>>;
    Counts by_lower, by_form;
    WordScratch scratch;
    WordInfo info;
    for (size_t s : train_ids) {
      for (const Token& t : train.tokens(train.sentences()[s])) {
        if (t.upos == Upos::kNone) continue;
        const int cls = tagger.tags_.Find({t.upos, t.xpos});
        DescribeWord(train.Norm(t), false, scratch, &info);
        ++by_lower[info.lower][cls];
        ++by_form[info.form][cls];
      }
    }
    // (key, most frequent class) for words seen >= min_count times whose
    // most frequent class has >= min_share of them.
    const auto select = [](const Counts& counts, uint32_t min_count, double min_share) {
      std::vector<std::pair<uint64_t, uint16_t>> entries;
      for (const auto& [word, by_class] : counts) {
        uint32_t total = 0, best = 0;
        int best_cls = -1;
        for (const auto& [cls, n] : by_class) {
          total += n;
          if (cls >= 0 && (n > best || (n == best && cls < best_cls))) best = n, best_cls = cls;
        }
        if (best_cls >= 0 && total >= min_count && best >= min_share * total) {
          entries.emplace_back(word, static_cast<uint16_t>(best_cls));
        }
      }
      return entries;
    };
    tagger.usual_ = KeyTable::Build(select(by_lower, options.usual_min_count, 0.0));
    tagger.dictionary_ =
        KeyTable::Build(select(by_form, options.dict_min_count, options.dict_min_share));
  }
  DescribedCorpus tr, dv;
  DescribeCorpus(tagger, train, train_ids, tagger.tags_, &tr);
  DescribeCorpus(tagger, dev, dev_ids, tagger.tags_, &dv);
  const int num_classes = tagger.tags_.size();
  if (num_classes < 2) return Status::InvalidArgument("tagger training: fewer than two tags");

  log << "tagger: " << tr.gold.size() << " training tokens in " << train_ids.size()
      << " sentences, " << num_classes << " classes, " << tagger.dictionary_.size()
      << " dictionary words, " << tagger.lexicon_.size() << " lexicon forms\n";

  // Trains one pass on the tr sentences `ids` (indices into tr) for at most
  // `epochs` epochs. With `next` (the first pass's classes of every tr / dv
  // token) it is the second pass. When `select_on_dev`, dev accuracy picks
  // the epoch and stops early; otherwise the last epoch is kept.
  struct Trained {
    Pass pass;
    int epochs = 0;
  };
  const auto train_pass = [&](const std::vector<size_t>& ids, const std::vector<int>* next_tr,
                              const std::vector<int>* next_dv, int epochs, bool select_on_dev,
                              const char* name) {
    AveragedPerceptron perceptron(num_classes);
    SplitMix64 rng{options.seed};
    std::vector<size_t> order = ids;
    std::vector<float> scores(num_classes);
    uint64_t features[kMaxTaggerFeatures];
    Scratch scratch;
    std::vector<int> predicted;
    Trained best;
    double best_dev = -1.0;
    for (int epoch = 0; epoch < epochs; ++epoch) {
      Shuffle(order, rng);
      size_t correct = 0, seen = 0;
      for (size_t s : order) {
        const WordInfo* padded = tr.words.data() + tr.padded[s];
        const int* gold = tr.gold.data() + tr.first[s];
        const int* next = next_tr ? next_tr->data() + tr.first[s] : nullptr;
        const uint32_t n = tr.length[s];
        int prev1 = kNoTag, prev2 = kNoTag;
        for (uint32_t i = 0; i < n; ++i) {
          const WordInfo* w = padded + i + 2;
          int guess = tagger.dictionary_.Find(w->form);
          if (guess < 0) {
            int count = ExtractTaggerFeatures(w, prev1, prev2, features);
            if (next != nullptr) {
              count += ExtractRightContextFeatures(w, prev1, i + 1 < n ? next[i + 1] : kNoTag,
                                                   i + 2 < n ? next[i + 2] : kNoTag,
                                                   features + count);
            }
            const std::span<const uint64_t> feats(features, static_cast<size_t>(count));
            if (epoch == 0) perceptron.Observe(feats);
            std::fill(scores.begin(), scores.end(), 0.0f);
            perceptron.AddScores(feats, scores.data());
            guess = 0;
            for (int c = 1; c < num_classes; ++c) {
              if (scores[c] > scores[guess]) guess = c;
            }
            if (gold[i] >= 0 && guess != gold[i]) perceptron.Update(feats, gold[i], guess);
            perceptron.Tick();
          }
          correct += guess == gold[i];
          ++seen;
          prev2 = prev1;
          prev1 = guess;
        }
      }
      Pass pass;
      pass.model = perceptron.Finalize(options.min_feature_count);
      pass.weights = TaggerWeights::Build(pass.model);
      if (!select_on_dev) {
        if (epoch + 1 == epochs) best = {std::move(pass), epoch + 1};
        continue;
      }
      // Dev accuracy of the averaged, quantised model: what would be saved.
      size_t upos_ok = 0, xpos_ok = 0, dev_n = 0;
      for (size_t s = 0; s < dv.padded.size(); ++s) {
        predicted.resize(dv.length[s]);
        tagger.DecodePass(pass, dv.words.data() + dv.padded[s], dv.length[s],
                          next_dv ? next_dv->data() + dv.first[s] : nullptr, nullptr, nullptr,
                          scratch, predicted.data());
        const auto tokens = dev.tokens(dev.sentences()[dev_ids[s]]);
        for (uint32_t i = 0; i < dv.length[s]; ++i) {
          const TagPair& p = tagger.tags_.pair(predicted[i]);
          upos_ok += p.upos == tokens[i].upos;
          xpos_ok += p.xpos == tokens[i].xpos;
          ++dev_n;
        }
      }
      const double upos = dev_n ? 100.0 * upos_ok / dev_n : 0.0;
      const double xpos = dev_n ? 100.0 * xpos_ok / dev_n : 0.0;
      log << "tagger: " << name << " epoch " << epoch + 1 << " train "
          << 100.0 * correct / std::max<size_t>(1, seen) << " dev UPOS " << upos << " XPOS "
          << xpos << " (" << pass.model.num_features() << " features, "
          << pass.model.num_entries() << " weights, " << Since(start) << " s)\n";
      // UPOS decides; XPOS breaks ties (both are multiples of 100/dev_n, so
      // XPOS/1000 never outweighs a UPOS difference on a dev set < 10^5 words).
      const double score = upos + xpos / 1000.0;
      if (dev_n == 0 || score > best_dev) {
        best_dev = score;
        best = {std::move(pass), epoch + 1};
      } else if (epoch + 1 - best.epochs >= options.patience) {
        break;
      }
    }
    return best;
  };

  std::vector<size_t> all_ids(tr.padded.size());
  for (size_t i = 0; i < all_ids.size(); ++i) all_ids[i] = i;
  Trained first = train_pass(all_ids, nullptr, nullptr, options.epochs, true, "first pass");
  tagger.first_ = std::move(first.pass);
  log << "tagger: first pass kept epoch " << first.epochs << ", "
      << tagger.first_.weights.dense_rows() << " dense rows (" << Since(start) << " s)\n";
  if (!options.second_pass) return tagger;

  // The second pass learns from first-pass tags as wrong as the ones it will
  // see: each fold of train is tagged by a first pass trained on the other
  // folds (for the epochs dev chose above), dev by the full first pass.
  const int folds = std::max(2, options.second_pass_folds);
  std::vector<int> next_tr(tr.gold.size(), kNoTag), next_dv(dv.gold.size(), kNoTag);
  Scratch scratch;
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<size_t> ids;
    for (size_t i = 0; i < all_ids.size(); ++i) {
      if (static_cast<int>(i % folds) != fold) ids.push_back(i);
    }
    const Trained partial = train_pass(ids, nullptr, nullptr, first.epochs, false, "fold");
    for (size_t s = static_cast<size_t>(fold); s < all_ids.size(); s += folds) {
      tagger.DecodePass(partial.pass, tr.words.data() + tr.padded[s], tr.length[s], nullptr,
                        nullptr, nullptr, scratch, next_tr.data() + tr.first[s]);
    }
    log << "tagger: first-pass fold " << fold + 1 << "/" << folds << " tagged ("
        << Since(start) << " s)\n";
  }
  for (size_t s = 0; s < dv.padded.size(); ++s) {
    tagger.DecodePass(tagger.first_, dv.words.data() + dv.padded[s], dv.length[s], nullptr,
                      nullptr, nullptr, scratch, next_dv.data() + dv.first[s]);
  }
  Trained second = train_pass(all_ids, &next_tr, &next_dv, options.epochs, true, "second pass");
  tagger.second_ = std::move(second.pass);
  tagger.settled_margin_ = options.second_pass_margin;
  log << "tagger: second pass kept epoch " << second.epochs << ", "
      << tagger.second_->weights.dense_rows() << " dense rows (" << Since(start) << " s)\n";
  return tagger;
}

}  // namespace dyad
