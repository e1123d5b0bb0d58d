// EventWriter: where coded events go. One implementation per output format
// (JSON Lines, CSV); `dyad code --format` picks one with MakeEventWriter.
//
// Writers see only the Document and its events. Each Write ends with a
// flush of whole records, so a killed run never leaves half a line.
#ifndef DYAD_WRITER_H_
#define DYAD_WRITER_H_

#include <cstdint>
#include <memory>
#include <ostream>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  // Once, before the first record of an output (CSV: the header row).
  virtual Status Begin() { return Status::Ok(); }
  // Every event of `doc` (in doc.events() order).
  virtual Status Write(const Document& doc) = 0;
  // A record that could not be coded: its id, input line and the reason.
  virtual Status WriteError(std::string_view doc_id, uint64_t line, std::string_view message) = 0;
};

// "jsonl" or "csv". `out` must outlive the writer.
Result<std::unique_ptr<EventWriter>> MakeEventWriter(std::string_view format, std::ostream& out);

}  // namespace dyad

#endif  // DYAD_WRITER_H_
