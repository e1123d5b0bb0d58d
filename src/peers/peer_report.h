// PeerReport: what loading a peer (TABARI / PETRARCH) dictionary found wrong
// or could not carry out.
//
// Peer dictionaries are decades of hand-edited text. Loading never stops at
// the first problem (in the spirit of leveldb's log Reporter): a malformed
// line is skipped and reported as an error, and a well-formed construct that
// dyad does not implement is counted under a named kind with every place it
// occurs, so nothing is silently skipped. Messages name "path:line".
#ifndef DYAD_PEERS_PEER_REPORT_H_
#define DYAD_PEERS_PEER_REPORT_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::peers {

class PeerReport {
 public:
  // "path:line: message"
  void Error(std::string_view path, int line, std::string_view message);
  // A construct dyad reads but does not carry out (or carries out only
  // approximately); `kind` is a short stable name ("petr2 transformation").
  void Unsupported(std::string_view kind, std::string_view path, int line);

  const std::vector<std::string>& errors() const { return errors_; }
  // kind -> places ("path:line"), in file order.
  const std::map<std::string, std::vector<std::string>>& unsupported() const {
    return unsupported_;
  }
  size_t unsupported_count() const;
  bool clean() const { return errors_.empty() && unsupported_.empty(); }

  // Human-readable summary: every error, then one line per unsupported kind
  // with its count and up to `max_places` places.
  std::string Summary(size_t max_places = 5) const;

 private:
  std::vector<std::string> errors_;
  std::map<std::string, std::vector<std::string>> unsupported_;
};

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PEER_REPORT_H_
