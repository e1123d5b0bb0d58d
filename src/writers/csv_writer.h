#ifndef DYAD_WRITERS_CSV_WRITER_H_
#define DYAD_WRITERS_CSV_WRITER_H_

#include "dyad/writer.h"

namespace dyad {

// RFC 4180 CSV with a header row; errors go to stderr-like rows with an
// "error" column so the file stays rectangular.
class CsvWriter : public EventWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {}
  Status Begin() override;
  Status Write(const Document& doc) override;
  Status WriteError(std::string_view doc_id, uint64_t line, std::string_view message) override;

 private:
  std::ostream& out_;
};

}  // namespace dyad

#endif  // DYAD_WRITERS_CSV_WRITER_H_
