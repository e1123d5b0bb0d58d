#include "peers/peer_dictionaries.h"

#include "peers/verb_readers.h"

namespace dyad::peers {

Result<PeerDictionaries> PeerDictionaries::Load(const PeerDictionaryFiles& files) {
  PeerDictionaries d;
  d.dialect = files.dialect;
  for (const std::string& path : files.actors) {
    DYAD_RETURN_IF_ERROR(ReadActorFile(path, files.dialect, &d.actors, &d.words, &d.report));
  }
  for (const std::string& path : files.agents) {
    DYAD_RETURN_IF_ERROR(ReadAgentFile(path, files.dialect, &d.actors, &d.report));
  }
  if (!files.verbs.empty()) {
    DYAD_RETURN_IF_ERROR(ReadVerbFile(files.verbs, files.dialect, &d.verbs, &d.report));
  }
  if (!files.discards.empty()) {
    DYAD_RETURN_IF_ERROR(ReadDiscardFile(files.discards, &d.discards, &d.report));
  }
  if (!files.issues.empty()) {
    DYAD_RETURN_IF_ERROR(ReadIssueFile(files.issues, &d.issues, &d.report));
  }
  return d;
}

}  // namespace dyad::peers
