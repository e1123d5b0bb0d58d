#ifndef DYAD_WRITERS_JSONL_WRITER_H_
#define DYAD_WRITERS_JSONL_WRITER_H_

#include "dyad/writer.h"

namespace dyad {

class JsonlWriter : public EventWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : out_(out) {}
  Status Write(const Document& doc) override;
  Status WriteError(std::string_view doc_id, uint64_t line, std::string_view message) override;

 private:
  std::ostream& out_;
};

}  // namespace dyad

#endif  // DYAD_WRITERS_JSONL_WRITER_H_
