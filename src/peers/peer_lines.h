// Line reading and small text helpers shared by the peer dictionary readers.
//
// TABARI and PETRARCH files differ in their comment conventions:
//   PETRARCH: "#" to the end of the line (except inside "[...]", where "###"
//             is a code), and XML-style "<!-- ... -->" blocks, which may span
//             lines (a line opening with "<!" starts one).
//   TABARI:   ";" to the end of the line, a "#" at the start of a line
//             comments out the whole line, and "~~FINISH" ends the file.
// ReadPeerLines applies one convention and returns the remaining text of each
// line with its 1-based number; blank results are dropped. Invalid UTF-8 is an
// error for that line (reported, line skipped).
#ifndef DYAD_PEERS_PEER_LINES_H_
#define DYAD_PEERS_PEER_LINES_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "peers/peer_report.h"

namespace dyad::peers {

enum class CommentStyle : uint8_t { kPetrarch, kTabari };

struct PeerLine {
  int number = 0;
  bool indented = false;  // began with a tab or space (PETRARCH date lines)
  std::string text;       // comment removed, trimmed; never empty
};

// Fails only when the file cannot be read.
Result<std::vector<PeerLine>> ReadPeerLines(const std::string& path, CommentStyle style,
                                            PeerReport* report);
// The same on text already in memory (`name` is used in messages).
std::vector<PeerLine> SplitPeerLines(std::string_view content, const std::string& name,
                                     CommentStyle style, PeerReport* report);

// ASCII upper-casing; other bytes are kept (UTF-8 stays valid).
std::string UpperAscii(std::string_view s);
// Splits on blanks (space, tab); empty pieces dropped.
std::vector<std::string_view> SplitBlanks(std::string_view s);
// Reads a whole file; NotFound / IoError with the path in the message.
Result<std::string> ReadWholeFile(const std::string& path);
// The last path component ("a/b/c.txt" -> "c.txt").
std::string BaseName(std::string_view path);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PEER_LINES_H_
