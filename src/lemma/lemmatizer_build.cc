// Lemmatizer::Build: the tables of lemmatizer.h from EWT's lemma column and
// WordNet.
#include <map>
#include <ostream>
#include <unordered_map>

#include "corpus/wordnet.h"
#include "lemma/lemmatizer.h"
#include "lemma/word_case.h"
#include "util/typography.h"

namespace dyad {
namespace {

// The tag-specific inflections WordNet's exception lists can stand for.
void AddIrregular(const std::string& inflected, const std::string& base, Inflection kind,
                  std::map<std::pair<std::string, Inflection>, std::string>* out) {
  // First base listed wins ("axes ax" before "axes axis"), as WordNet's own
  // morphy tries them in order.
  out->emplace(std::make_pair(inflected, kind), base);
}

}  // namespace

Result<Lemmatizer> Lemmatizer::Build(const Document& train, const LemmatizerBuildOptions& options,
                                     std::ostream& log) {
  auto wordnet = ReadWordNet(options.wordnet_dir, /*with_case=*/true);
  if (!wordnet.ok()) return wordnet.status();
  Lemmatizer l;

  // WordNet's lemmas and their classes (collocations skipped).
  {
    std::vector<std::pair<uint64_t, uint8_t>> entries;
    entries.reserve(wordnet->lemmas.size());
    for (const auto& [word, pos_bits] : wordnet->lemmas) {
      uint8_t bits = pos_bits;  // WordNetPos bit order = WordClassBit order
      for (const auto* capitalized :
           {&wordnet->capitalized_nouns, &wordnet->capitalized_adjectives}) {
        auto it = capitalized->find(word);
        if (it != capitalized->end() && !it->second) bits |= kWordCapitalized;
      }
      entries.emplace_back(WordSet::Key(word), bits);
    }
    l.words_ = WordSet::Build(entries);
  }

  // WordNet's irregular forms, per inflection.
  {
    std::map<std::pair<std::string, Inflection>, std::string> irregular;
    for (const auto& [inflected, base] : wordnet->exceptions[static_cast<int>(WordNetPos::kNoun)]) {
      AddIrregular(inflected, base, Inflection::kPlural, &irregular);
    }
    for (const auto& [inflected, base] : wordnet->exceptions[static_cast<int>(WordNetPos::kVerb)]) {
      if (inflected.ends_with("ing")) {
        AddIrregular(inflected, base, Inflection::kGerund, &irregular);
      } else {
        AddIrregular(inflected, base, Inflection::kPast, &irregular);
        AddIrregular(inflected, base, Inflection::kThirdPerson, &irregular);
      }
    }
    for (const auto& [inflected, base] : wordnet->exceptions[static_cast<int>(WordNetPos::kAdj)]) {
      AddIrregular(inflected, base, Inflection::kAdjDegree, &irregular);
    }
    for (const auto& [inflected, base] : wordnet->exceptions[static_cast<int>(WordNetPos::kAdv)]) {
      AddIrregular(inflected, base, Inflection::kAdvDegree, &irregular);
    }
    std::vector<std::pair<uint64_t, std::string>> entries;
    for (const auto& [key, base] : irregular) {
      if (base.find('_') != std::string::npos) continue;  // multiword lemma
      entries.emplace_back(IrregularKey(key.first, key.second), base);
    }
    l.irregular_ = StringTable::Build(std::move(entries));
  }

  // Case policy: per tag and spelling class, the CasePolicy that gets the
  // most EWT lemmas' capitals right; and whether lowercase proper nouns get
  // a capital.
  {
    // votes[x][c][p]: tokens whose capitals policy p gets right.
    std::vector<std::array<std::array<uint32_t, kCasePolicyCount>, kCaseClassCount>> votes(256);
    std::array<uint32_t, kCasePolicyCount> propn_votes{};
    std::string folded, lower;
    for (const Sentence& s : train.sentences()) {
      const auto tokens = train.tokens(s);
      for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const std::string_view form = FoldTypography(train.Norm(t), &folded);
        const std::string_view lemma = train.Lemma(t);
        bool lemma_upper = false;
        for (char ch : lemma) lemma_upper |= IsAsciiUpper(ch);
        const CaseClass c = ClassifyCase(form, i == 0);
        LowerAscii(form, &lower);
        const bool wordnet_capital = l.words_.Has(lower, kWordCapitalized);
        if (t.upos == Upos::PROPN) {
          if (c == kCaseLower && !lemma.empty()) {
            const bool capitalized = IsAsciiUpper(lemma[0]);
            propn_votes[kLowercase] += !capitalized;
            propn_votes[kKeepCase] += capitalized;
            propn_votes[kKeepIfCapitalized] += capitalized == wordnet_capital;
          }
          continue;
        }
        if (c == kCaseLower) continue;
        const bool wordnet_unknown = l.words_.Classes(lower) == 0;
        auto& v = votes[t.xpos][c];
        v[kLowercase] += !lemma_upper;
        v[kKeepCase] += lemma_upper;
        v[kKeepIfCapitalized] += lemma_upper == wordnet_capital;
        v[kKeepIfUnknown] += lemma_upper == wordnet_unknown;
      }
    }
    for (size_t x = 0; x < 256; ++x) {
      for (int c = 0; c < kCaseClassCount; ++c) {
        const auto& v = votes[x][c];
        int best = kLowercase;  // ties favour the simpler policy
        for (int p : {kKeepCase, kKeepIfCapitalized, kKeepIfUnknown}) {
          if (v[p] > v[best]) best = p;
        }
        l.case_policy_[x] |= static_cast<uint16_t>(best << (2 * c));
      }
    }
    l.propn_policy_ = kLowercase;
    for (CasePolicy p : {kKeepCase, kKeepIfCapitalized}) {
      if (propn_votes[p] > propn_votes[l.propn_policy_]) l.propn_policy_ = p;
    }
  }

  // Treebank table: (form, tag) whose majority EWT lemma beats the rules on
  // its own occurrences.
  {
    struct Stats {
      std::map<std::string, uint32_t> lemmas;  // gold lemma -> count
      uint32_t rules_right = 0;
    };
    std::map<std::pair<std::string, Xpos>, Stats> stats;
    Scratch scratch;
    std::string folded, folded_lemma;
    for (const Sentence& s : train.sentences()) {
      const auto tokens = train.tokens(s);
      for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        const std::string form(FoldTypography(train.Norm(t), &folded));
        const std::string gold(FoldTypography(train.Lemma(t), &folded_lemma));
        if (gold.empty() || gold == "_") continue;
        const bool has_upper = LowerAscii(form, &scratch.lower);
        const std::string lower = scratch.lower;
        const std::string_view rule =
            l.RuleLemma(form, lower, has_upper, t.upos, t.xpos, i == 0, scratch);
        Stats& st = stats[{form, t.xpos}];
        ++st.lemmas[gold];
        st.rules_right += rule == gold;
      }
    }
    std::vector<std::pair<uint64_t, std::string>> entries;
    for (const auto& [key, st] : stats) {
      const std::string* best = nullptr;
      uint32_t best_n = 0;
      for (const auto& [lemma, n] : st.lemmas) {
        if (n > best_n) best = &lemma, best_n = n;  // ties: the first in byte order
      }
      if (best != nullptr && best_n > st.rules_right) {
        entries.emplace_back(l.TableKey(key.first, key.second), *best);
      }
    }
    l.table_ = StringTable::Build(std::move(entries));
  }
  log << "lemmatizer: " << l.table_.size() << " treebank exceptions, " << l.irregular_.size()
      << " irregular forms, " << l.words_.size() << " WordNet words\n";
  return l;
}

}  // namespace dyad
