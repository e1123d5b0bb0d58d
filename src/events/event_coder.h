// EventCoder: who did what to whom, from a parsed sentence, its actor
// mentions and dyad's patterns.
//
// For every verb (and event noun or adjective) with patterns for its lemma,
// the most specific pattern whose words are all found among the head's
// dependents fires. The source is the subject (the "by" agent in the
// passive; inherited through conjoined verbs, control verbs, relative and
// participial clauses); the target is where the pattern's TGT says, else the
// direct object. Compound actors ("Japan and the US") give one event per
// actor; a cooperative event between the members of a compound subject with
// no other target codes each towards the other. "X said Y did Z" codes Y->Z;
// the bare statement (010) is kept only when nothing else was coded in the
// sentence. Negation ("did not threaten") and modality ("could invade", "if
// ... attacks") set flags instead of dropping the event. Dates like "on
// Friday" or "yesterday" in the verb's phrase move the event date.
//
// Thread safety: const; share between threads.
#ifndef DYAD_EVENTS_EVENT_CODER_H_
#define DYAD_EVENTS_EVENT_CODER_H_

#include <cstdint>
#include <span>

#include "dyad/document.h"
#include "dyad/options.h"
#include "events/cameo_codes.h"
#include "events/plover_map.h"
#include "events/verb_patterns.h"

namespace dyad {

class EventCoder {
 public:
  // `patterns` and `codes` must outlive the coder.
  // `plover` may be null (events then carry no PLOVER type).
  EventCoder(const PatternSet& patterns, const CameoCodes& codes, const PloverMap* plover,
             CoderOptions options = {});

  // Replaces doc.events() (needs tokens, tags, lemmas, parse and actors).
  void Code(Document& doc) const;
  // The same for the sentences i with selected[i] != 0 only (one entry per
  // sentence; empty: every sentence): for a caller that has established,
  // with MayCode among other tests, that the others cannot give an event
  // and left them unparsed.
  void CodeSelected(Document& doc, std::span<const uint8_t> selected) const;

  // False when `sentence` cannot give an event whatever its parse and
  // actors: none of its words heads a pattern or reports speech. Needs
  // lemmas only, so the pipeline can ask before parsing. True does not
  // mean an event will be found.
  bool MayCode(const Document& doc, const Sentence& sentence) const;
  // True when `sentence` may code one actor more than the names it holds:
  // one from the sentence before ("he"/"she" resolved to the last person
  // named there or here), or the protesters' own country as the target of
  // a protest that names none (a protest pattern head).
  bool MayReferBack(const Document& doc, const Sentence& sentence) const;

 private:
  // True when some pattern of `kind` headed by `head_lemma` codes a
  // protest (14x).
  bool MayHeadProtest(HeadKind kind, std::string_view head_lemma) const;
  void CodeSentence(Document& doc, uint32_t sentence_index) const;

  const PatternSet& patterns_;
  const CameoCodes& codes_;
  const PloverMap* plover_;
  CoderOptions options_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_EVENT_CODER_H_
