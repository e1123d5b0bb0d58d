// TABARI validation text ("Validate.text"): records of a header line, the
// text, and a /* ... */ comment holding the expected codings.
//
//   950101  DEMO-01
//   Arnor is about to restore full diplomatic ties with Gondor ...
//   /* [Simple coding] {ARN / GON / 064} */
//
// In the comment, "{ SRC / TGT / CODE }" is an expected event, "{---}" no
// events, "{+++}" a complex sentence (not coded), "{###}" a discarded one,
// and "{ OPTION: ... }" an options command applied before the following
// records. "-{...}" is a disabled expectation. Lines starting with '#' are
// banners. The record "FINAL-01" ends the standard suite; later records
// "require other settings or crash the program" (the file's words) and are
// kept but marked non-standard.
#ifndef DYAD_PEERS_TABARI_VALIDATION_H_
#define DYAD_PEERS_TABARI_VALIDATION_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "peers/petr_validation.h"

namespace dyad::peers {

struct TabariRecord {
  std::string id;
  std::string date_text;  // as written
  int line = 0;
  std::string text;       // the record's text, comment removed, lines joined
  std::string comment;    // the /* ... */ text
  std::vector<ExpectedEvent> expected;
  bool expect_none = false;     // {---}
  bool expect_complex = false;  // {+++}
  bool expect_discard = false;  // {###}
  std::vector<std::string> options;  // OPTION: commands, in order
  bool standard = true;         // before FINAL-01
  // True when the record states any expectation (events or a marker).
  bool scored() const {
    return !expected.empty() || expect_none || expect_complex || expect_discard;
  }
};

Result<std::vector<TabariRecord>> ReadTabariValidation(const std::string& path);
std::vector<TabariRecord> ParseTabariValidation(std::string_view content);

// "950101" -> 19950101 (two-digit years as peer_date.h); 8 digits as
// YYYYMMDD; a 7-digit typo uses its first six. 0 when unreadable.
int32_t TabariRecordDate(std::string_view text);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_TABARI_VALIDATION_H_
