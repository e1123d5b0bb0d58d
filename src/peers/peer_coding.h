// What a peer coder produces for one sentence: events as CAMEO code triples
// and, when it codes nothing on purpose, why.
#ifndef DYAD_PEERS_PEER_CODING_H_
#define DYAD_PEERS_PEER_CODING_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad::peers {

struct PeerEvent {
  std::string source;  // actor code ("ARN", "---GOV", or a quoted new actor)
  std::string target;
  std::string code;    // CAMEO event code as the dictionary wrote it
  std::string verb;    // the verb word(s)
  std::string rule;    // "path:line" of the pattern, or of the verb entry
};

enum class PeerDisposition : uint8_t {
  kCoded,            // coded normally (possibly no events)
  kDiscardSentence,  // a discard phrase / code in the sentence
  kDiscardStory,     // a story-level discard phrase
  kBadParse,         // the given parse could not be read
  kDateline,         // the "sentence" is a dateline
  kComplex,          // TABARI: too complex to code
  kTooShort,         // TABARI: fewer words than the minimum
};

std::string_view DispositionName(PeerDisposition d);

struct PeerCoding {
  PeerDisposition disposition = PeerDisposition::kCoded;
  std::vector<PeerEvent> events;
  std::string note;  // the discard phrase, the parse error, ...
};

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PEER_CODING_H_
