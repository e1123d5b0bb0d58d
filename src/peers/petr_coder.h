// PetrCoder: codes a parsed sentence with PETRARCH-1 dictionaries and
// PETRARCH-1's rules, on a constituency tree (phrase_tree.h).
//
// For each verb phrase whose first word is a verb in the dictionary
// (outermost first; a phrase that coded skips the verb phrases inside it):
//  1. passive voice: "was/is/been ... VBN ... by" codes the participle and
//     swaps source and target;
//  2. the most specific matching pattern of the verb's blocks gives the code
//     (pattern_match.h; "before" runs back to the nearest comma, "after" to
//     the end of the verb phrase); without one, the verb's own code;
//  3. the target is the pattern's '+', else the first coded actor phrase (or
//     compound) after the verb, else the first uncoded one; no target, no
//     event. The source is the pattern's '$', else the nearest coded phrase
//     before the verb with a code other than the target's, else the nearest
//     uncoded one;
//  4. compounds give an event per member pair; self-references are dropped;
//     "X:Y" codes are paired events; with require_dyad, events with a
//     missing ("---") side are dropped.
// Sentences with a discard phrase and datelines are not coded.
//
// Thread safety: const; share between threads.
#ifndef DYAD_PEERS_PETR_CODER_H_
#define DYAD_PEERS_PETR_CODER_H_

#include <string>

#include "peers/peer_coding.h"
#include "peers/peer_dictionaries.h"
#include "peers/petr_chunker.h"
#include "peers/phrase_tree.h"

namespace dyad::peers {

struct PetrOptions {
  bool require_dyad = true;  // drop events missing a source or target code
  // Uncoded actor phrases of at most this many words become quoted
  // "new actor" codes ('"THE MINISTRY OF MAGIC"'); 0 turns this off.
  int new_actor_length = 0;
  CommaOptions commas;
};

class PetrCoder {
 public:
  // `dicts` must outlive the coder.
  explicit PetrCoder(const PeerDictionaries& dicts) : dicts_(dicts) {}

  // Codes one sentence; `date` is YYYYMMDD (for dated actor codes).
  PeerCoding Code(const PhraseTree& tree, int32_t date, const PetrOptions& options) const;

  // False when no word of the sentence (as written, any case) can be a
  // dictionary verb: Code would find no event, so a caller may skip
  // building the tree. (Dispositions such as a discard are not computed.)
  bool MayCode(const std::vector<std::string>& words) const;

 private:
  const PeerDictionaries& dicts_;
};

// True when the words open like a dateline ("CEBU CITY: --", "WASHINGTON -").
bool LooksLikeDateline(const std::vector<std::string>& words);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PETR_CODER_H_
