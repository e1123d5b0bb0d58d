#include "events/event_coder.h"

#include <string_view>

#include "dyad/tags.h"
#include "events/sentence_coder.h"
#include "events/sentence_tree.h"

namespace dyad {

using events_internal::HeadLemma;
using events_internal::IsParticipleForm;
using events_internal::IsPersonalPronounOf;
using events_internal::IsReportingLemma;

EventCoder::EventCoder(const PatternSet& patterns, const CameoCodes& codes,
                       const PloverMap* plover, CoderOptions options)
    : patterns_(patterns), codes_(codes), plover_(plover), options_(options) {}

void EventCoder::Code(Document& doc) const { CodeSelected(doc, {}); }

void EventCoder::CodeSelected(Document& doc, std::span<const uint8_t> selected) const {
  doc.mutable_events().clear();
  for (uint32_t s = 0; s < doc.sentences().size(); ++s) {
    // A selection is made of sentences that passed MayCode already.
    const bool may = selected.empty() ? MayCode(doc, doc.sentences()[s]) : selected[s] != 0;
    if (may) CodeSentence(doc, s);
  }
}

bool EventCoder::MayCode(const Document& doc, const Sentence& sentence) const {
  const SentenceTree::VerbHeadTest is_verb_head = [this](std::string_view lemma) {
    return patterns_.ForHead(HeadKind::kVerb, lemma) != nullptr;
  };
  // Every event starts at a pattern head or a reporting verb (CodeHead,
  // CodeReportedDemand); a sentence with neither codes nothing whatever
  // its parse.
  for (const Token& t : doc.tokens(sentence)) {
    const std::string_view lemma = SentenceTree::LemmaOf(doc, t);
    if (patterns_.MayBeHead(HeadLemma(lemma)) || IsReportingLemma(lemma)) return true;
    // A participle read as an adjective head ("is opposed to").
    if (IsParticipleForm(doc, t) && patterns_.MayBeHead(doc.Norm(t))) return true;
    // An "-ed" word the tree may read as the verb a parse missed
    // (SentenceTree::RepairVerblessClause).
    if (!SentenceTree::VerbLemmaOfEdForm(doc.Norm(t), is_verb_head).empty()) return true;
  }
  return false;
}

bool EventCoder::MayReferBack(const Document& doc, const Sentence& sentence) const {
  for (const Token& t : doc.tokens(sentence)) {
    const std::string_view lemma = SentenceTree::LemmaOf(doc, t);
    if (IsPersonalPronounOf(t.upos, lemma)) return true;
    // A protest naming no target is aimed at the protesters' own country
    // (Emit): one name gives both actors. Heads are coded by their tag
    // (Run), which the tagger gives before any parse.
    const HeadKind kind = t.upos == Upos::VERB ? HeadKind::kVerb
                          : t.upos == Upos::NOUN ? HeadKind::kNoun
                                                 : HeadKind::kAdjective;
    if ((t.upos == Upos::VERB || t.upos == Upos::NOUN || t.upos == Upos::ADJ) &&
        patterns_.MayBeHead(HeadLemma(lemma)) && MayHeadProtest(kind, HeadLemma(lemma))) {
      return true;
    }
    if (IsParticipleForm(doc, t) && patterns_.MayBeHead(doc.Norm(t)) &&
        MayHeadProtest(HeadKind::kAdjective, doc.Norm(t))) {
      return true;
    }
  }
  return false;
}

bool EventCoder::MayHeadProtest(HeadKind kind, std::string_view head_lemma) const {
  if (const auto* ids = patterns_.ForHead(kind, head_lemma)) {
    for (uint32_t id : *ids) {
      if (patterns_.pattern(id).code.compare(0, 2, "14") == 0) return true;
    }
  }
  return false;
}

void EventCoder::CodeSentence(Document& doc, uint32_t sentence_index) const {
  events_internal::SentenceCoder(doc, sentence_index, patterns_, codes_, plover_, options_).Run();
}

}  // namespace dyad
