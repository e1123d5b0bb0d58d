// PETRARCH validation files: the unit-test records
// ("PETR.UnitTest.records.xml") and UniversalPetrarch's GSR file
// ("PETR2_GSR_validation.xml").
//
//   <Environment> <Verbfile>...</Verbfile> <Actorfile>a,b</Actorfile> ...
//                 <Include>valid DEMO ACTOR ...</Include> </Environment>
//   <Config option="require_dyad" value="false"></Config>   applies onwards
//   <Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
//     <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"/>
//     <EventCoding noevents="True"/>   or   error="storydiscard"
//     <Text>...</Text>  <Parse>(ROOT ...) or CoNLL-U rows</Parse>
//   </Sentence>
//
// The files are not strict XML (the GSR file closes "<Sentence .../>" and
// then "</Sentence>", attribute values may be single-quoted, free text sits
// between elements), so this is a small tolerant scanner for exactly these
// elements rather than an XML parser.
#ifndef DYAD_PEERS_PETR_VALIDATION_H_
#define DYAD_PEERS_PETR_VALIDATION_H_

#include <string>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad::peers {

struct ExpectedEvent {
  std::string source, target, code;
  bool operator==(const ExpectedEvent&) const = default;
  auto operator<=>(const ExpectedEvent&) const = default;
};

struct PetrRecord {
  std::string id;
  std::string category;
  std::string date;        // "19950101" as written
  bool sentence = true;    // sentence="false" marks records PETRARCH skipped
  int line = 0;            // line of <Sentence in the file
  std::vector<ExpectedEvent> expected;
  bool has_coding = false;  // any <EventCoding> at all
  std::string error;        // error="..." (storydiscard, bad_input_parse, ...)
  std::string text;
  std::string parse;
  // <Config option value> elements seen since the previous record.
  std::vector<std::pair<std::string, std::string>> config;
};

struct PetrValidationFile {
  std::string verb_file;
  std::vector<std::string> actor_files;
  std::string agent_file;
  std::string discard_file;
  std::vector<std::string> include;  // categories; "valid" removed
  std::vector<std::string> exclude;
  std::vector<PetrRecord> records;
};

Result<PetrValidationFile> ReadPetrValidation(const std::string& path);
Result<PetrValidationFile> ParsePetrValidation(std::string_view content, const std::string& name);

}  // namespace dyad::peers

#endif  // DYAD_PEERS_PETR_VALIDATION_H_
