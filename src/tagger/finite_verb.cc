#include "tagger/finite_verb.h"

#include <array>
#include <span>
#include <string_view>

#include "dyad/tags.h"

namespace dyad {
namespace {

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != b[i]) return false;
  }
  return true;
}

// Forms that make a following participle passive or perfect.
bool IsAuxiliary(std::string_view word) {
  static constexpr std::array<std::string_view, 20> kForms = {
      "be",  "is",   "are", "was",    "were", "been", "being",  "am",  "'s",     "'re",
      "has", "have", "had", "having", "'ve",  "get",  "gets",   "got", "gotten", "getting"};
  for (std::string_view form : kForms) {
    if (EqualsIgnoringCase(word, form)) return true;
  }
  return false;
}

// Irregular participles that are never a past tense ("taken", "shown",
// "done", "gone"); shared forms ("fought", "held", "shot") pass.
bool CanBePastTense(std::string_view word) {
  const auto ends = [&](std::string_view suffix) {
    return word.size() > suffix.size() &&
           EqualsIgnoringCase(word.substr(word.size() - suffix.size()), suffix);
  };
  return !(ends("en") || ends("wn") || ends("ne"));
}

struct PennTags {
  Xpos vbd, vbz, vbp, md, vb, vbn, nn, jj;
};

PennTags LookUpTags() {
  return {XposFromName("VBD").value_or(0), XposFromName("VBZ").value_or(0),
          XposFromName("VBP").value_or(0), XposFromName("MD").value_or(0),
          XposFromName("VB").value_or(0),  XposFromName("VBN").value_or(0),
          XposFromName("NN").value_or(0),  XposFromName("JJ").value_or(0)};
}

bool IsNominal(const Token& t) {
  return t.upos == Upos::NOUN || t.upos == Upos::PROPN || t.upos == Upos::PRON;
}

bool IsLowercaseWord(std::string_view word) {
  if (word.empty()) return false;
  for (char c : word) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

// The second rule (finite_verb.h): a past tense the tagger read as a noun
// or an adjective. Runs only on a sentence the first rule left without a
// finite verb and with no auxiliary.
void RepairMisreadPast(const Document& doc, std::span<Token> tokens, const PennTags& tags,
                       const VerbEdFormTest& is_verb_ed_form) {
  for (size_t i = 1; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.xpos != tags.nn && t.xpos != tags.jj) continue;
    if (!IsNominal(tokens[i - 1]) || tokens[i + 1].upos == Upos::PUNCT) continue;
    const std::string_view word = doc.Norm(t);
    if (!IsLowercaseWord(word) || !CanBePastTense(word) || !is_verb_ed_form(word)) continue;
    t.xpos = tags.vbd;
    t.upos = Upos::VERB;
    return;
  }
}

bool IsFinite(const Token& t, const PennTags& tags) {
  return t.xpos == tags.vbd || t.xpos == tags.vbz || t.xpos == tags.vbp || t.xpos == tags.md ||
         t.xpos == tags.vb;
}

bool IsAttributionVerb(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kForms = {"said",     "says",  "say",   "told",
                                                             "reported", "added", "stated"};
  for (std::string_view form : kForms) {
    if (EqualsIgnoringCase(word, form)) return true;
  }
  return false;
}

// Where the reported sentence ends: before a trailing attribution (",
// Ukrainian officials said." / ", said a spokesman.": a last comma followed
// by a few words whose only verb is one finite verb of saying), else before
// the final stop. The attribution's "said" is a finite verb of its own and
// would hide that the report before it has none.
size_t ReportEnd(const Document& doc, std::span<const Token> tokens, const PennTags& tags) {
  constexpr size_t kMaxAttributionWords = 8;
  const size_t stop = tokens.size() - 1;
  for (size_t c = stop; c-- > 0 && stop - c <= kMaxAttributionWords + 1;) {
    if (doc.Norm(tokens[c]) != ",") continue;
    int saying = 0;
    for (size_t i = c + 1; i < stop; ++i) {
      const Token& t = tokens[i];
      if (t.upos == Upos::PUNCT) return stop;
      const bool verb = t.upos == Upos::VERB || t.upos == Upos::AUX || IsFinite(t, tags);
      if (!verb) continue;
      if (!IsFinite(t, tags) || !IsAttributionVerb(doc.Norm(t))) return stop;
      ++saying;
    }
    return saying == 1 ? c : stop;
  }
  return stop;
}

void Repair(const Document& doc, std::span<Token> sentence, const PennTags& tags,
            const VerbEdFormTest& is_verb_ed_form) {
  if (sentence.empty()) return;
  const std::string_view last = doc.Norm(sentence.back());
  if (last != "." && last != "!" && last != "?") return;  // headlines, fragments
  const std::span<Token> tokens = sentence.first(ReportEnd(doc, sentence, tags));
  for (const Token& t : tokens) {
    if (IsFinite(t, tags)) return;
  }
  bool subject = false;
  for (Token& t : tokens) {
    const std::string_view word = doc.Norm(t);
    if (IsAuxiliary(word)) return;
    if (IsNominal(t)) subject = true;
    if (t.xpos == tags.vbn && subject && CanBePastTense(word)) {
      t.xpos = tags.vbd;
      return;
    }
  }
  if (is_verb_ed_form) RepairMisreadPast(doc, tokens, tags, is_verb_ed_form);
}

}  // namespace

void RepairFiniteVerbs(Document& doc, const VerbEdFormTest& is_verb_ed_form) {
  static const PennTags tags = LookUpTags();  // name lookups once, not per document
  for (const Sentence& sentence : doc.sentences()) {
    Repair(doc, doc.mutable_tokens(sentence), tags, is_verb_ed_form);
  }
}

void RepairFiniteVerbs(Document& doc, const Tagger& tagger) {
  RepairFiniteVerbs(doc, [&tagger](std::string_view lower) { return tagger.IsVerbEdForm(lower); });
}

}  // namespace dyad
