#include "dyad/writer.h"
#include "writers/csv_writer.h"
#include "writers/jsonl_writer.h"

namespace dyad {

Result<std::unique_ptr<EventWriter>> MakeEventWriter(std::string_view format, std::ostream& out) {
  if (format == "jsonl") return std::unique_ptr<EventWriter>(std::make_unique<JsonlWriter>(out));
  if (format == "csv") return std::unique_ptr<EventWriter>(std::make_unique<CsvWriter>(out));
  return Status::InvalidArgument("unknown output format '" + std::string(format) +
                                 "' (expected jsonl or csv)");
}

}  // namespace dyad
