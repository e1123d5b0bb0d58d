#include "lemma/lemmatizer.h"

#include "lemma/word_case.h"
#include "util/hash.h"
#include "util/model_file.h"
#include "util/typography.h"

namespace dyad {
namespace {

constexpr char kKind[] = "LEMM";
// Version 1: treebank table, irregular table, word set, PROPN flag, case
// policies.
constexpr uint32_t kVersion = 1;

}  // namespace

Lemmatizer::Lemmatizer() {
  const auto names = XposNames();
  for (size_t x = 0; x < xpos_hash_.size(); ++x) {
    const std::string_view name = x < names.size() ? names[x] : std::string_view("_");
    xpos_hash_[x] = HashString(name, 0x7870c2a7d3e91b05ULL);
    inflection_[x] = InflectionOfXpos(name);
  }
  vbn_ = XposFromName("VBN").value_or(0);
}

uint64_t Lemmatizer::TableKey(std::string_view form, Xpos xpos) const {
  return HashCombine(HashString(form), xpos_hash_[xpos]);
}

uint64_t Lemmatizer::IrregularKey(std::string_view lower, Inflection kind) {
  return HashCombine(HashString(lower), static_cast<uint64_t>(kind) + 1);
}

std::string_view Lemmatizer::RuleLemma(std::string_view form, std::string_view lower,
                                       bool has_upper, Upos upos, Xpos xpos, bool sentence_start,
                                       Scratch& scratch) const {
  const Inflection kind = inflection_[xpos];
  if (upos == Upos::PROPN) {
    if (kind == Inflection::kPlural) {
      Deinflect(lower, kind, words_, &scratch.candidate, &scratch.lemma);
      Recase(form, &scratch.lemma);
    } else {
      scratch.lemma.assign(form);
    }
    if (!has_upper && (propn_policy_ == kKeepCase ||
                       (propn_policy_ == kKeepIfCapitalized &&
                        words_.Has(lower, kWordCapitalized)))) {
      CapitalizeFirst(&scratch.lemma);
    }
    return scratch.lemma;
  }
  if (kind == Inflection::kNone) {
    scratch.lemma.assign(lower);
  } else if (auto base = irregular_.Find(IrregularKey(lower, kind))) {
    scratch.lemma.assign(*base);
  } else {
    Deinflect(lower, kind, words_, &scratch.candidate, &scratch.lemma);
  }
  if (has_upper) {
    const auto policy = static_cast<CasePolicy>(
        case_policy_[xpos] >> (2 * ClassifyCase(form, sentence_start)) & 3);
    if (policy == kKeepCase ||
        (policy == kKeepIfCapitalized && words_.Has(lower, kWordCapitalized)) ||
        (policy == kKeepIfUnknown && words_.Classes(lower) == 0)) {
      Recase(form, &scratch.lemma);
    }
  }
  return scratch.lemma;
}

std::string_view Lemmatizer::LemmaOf(std::string_view norm, Upos upos, Xpos xpos,
                                     bool sentence_start, Xpos next_xpos,
                                     Scratch& scratch) const {
  const std::string_view form = FoldTypography(norm, &scratch.folded);
  if (next_xpos == vbn_ && vbn_ != 0 && form == "'s" && upos == Upos::AUX) return "have";
  if (auto hit = table_.Find(TableKey(form, xpos))) return *hit;
  const bool has_upper = LowerAscii(form, &scratch.lower);
  if (has_upper && upos != Upos::PROPN) {
    if (auto hit = table_.Find(TableKey(scratch.lower, xpos))) return *hit;
  }
  return RuleLemma(form, scratch.lower, has_upper, upos, xpos, sentence_start, scratch);
}

void Lemmatizer::Lemmatize(Document& doc) const {
  Scratch scratch;
  for (const Sentence& s : doc.sentences()) {
    for (uint32_t i = 0; i < s.token_count; ++i) {
      Token& t = doc.mutable_tokens()[s.first_token + i];
      const Xpos next = i + 1 < s.token_count ? doc.tokens()[s.first_token + i + 1].xpos : 0;
      const std::string_view lemma = LemmaOf(doc.Norm(t), t.upos, t.xpos, i == 0, next, scratch);
      // Most lemmas equal the form: share its bytes instead of copying.
      // (Compare before appending: appending may move the arena.)
      if (lemma == doc.Norm(t)) {
        t.lemma = t.norm;
      } else {
        scratch.candidate.assign(lemma);  // `lemma` may view the arena
        t.lemma = doc.AppendToArena(scratch.candidate);
      }
    }
  }
}

Status Lemmatizer::Save(const std::string& path) const {
  ModelWriter out;
  table_.Save(out);
  irregular_.Save(out);
  words_.Save(out);
  out.Put<uint8_t>(propn_policy_);
  // Case policies by tag name, so ids are mapped at load.
  const auto names = XposNames();
  uint32_t n = 0;
  for (size_t x = 1; x < names.size(); ++x) n += case_policy_[x] != 0;
  out.Put<uint32_t>(n);
  for (size_t x = 1; x < names.size(); ++x) {
    if (case_policy_[x] == 0) continue;
    out.PutString(names[x]);
    out.Put<uint16_t>(case_policy_[x]);
  }
  return out.WriteFile(path, kKind, kVersion);
}

Result<Lemmatizer> Lemmatizer::Load(const std::string& path) {
  auto reader = ModelReader::Open(path, kKind, kVersion);
  if (!reader.ok()) return reader.status();
  ModelReader& in = *reader;
  Lemmatizer l;
  if (!l.table_.Load(in)) return in.Error("treebank table");
  if (!l.irregular_.Load(in)) return in.Error("irregular forms");
  if (!l.words_.Load(in)) return in.Error("word list");
  uint8_t propn_policy = 0;
  uint32_t n = 0;
  if (!in.Get(&propn_policy) || propn_policy > kKeepIfCapitalized || !in.Get(&n) || n > 255) {
    return in.Error("case policy");
  }
  l.propn_policy_ = static_cast<CasePolicy>(propn_policy);
  std::string name;
  for (uint32_t i = 0; i < n; ++i) {
    uint16_t policy = 0;
    if (!in.GetString(&name) || !in.Get(&policy)) return in.Error("case policy");
    // A tag this build does not know cannot occur in its tokens: skip it.
    if (auto x = XposFromName(name)) l.case_policy_[*x] = policy;
  }
  if (!in.at_end()) return in.Error("trailing bytes");
  return l;
}

}  // namespace dyad
