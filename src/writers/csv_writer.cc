#include "writers/csv_writer.h"

#include <sstream>

#include "writers/event_fields.h"

namespace dyad {
namespace {

void Field(std::ostream& out, std::string_view value, bool last = false) {
  const bool quote = value.find_first_of(",\"\n\r") != std::string_view::npos;
  if (quote) {
    out << '"';
    for (const char c : value) {
      if (c == '"') out << '"';
      out << c;
    }
    out << '"';
  } else {
    out << value;
  }
  out << (last ? '\n' : ',');
}

constexpr char kHeader[] =
    "doc_id,sentence,date,source_code,source_country,source_text,target_code,target_country,"
    "target_text,cameo,root,quad,goldstein,negated,hypothetical,verb,rule,error\n";

}  // namespace

Status CsvWriter::Begin() {
  out_ << kHeader;
  return out_ ? Status::Ok() : Status::IoError("cannot write events");
}

Status CsvWriter::Write(const Document& doc) {
  for (const Event& e : doc.events()) {
    Field(out_, doc.id());
    Field(out_, std::to_string(e.sentence));
    Field(out_, e.date.ToString());
    for (const auto* a : {&e.source, &e.target}) {
      Field(out_, *a ? (*a)->code : "");
      Field(out_, *a ? (*a)->country : "");
      Field(out_, *a ? SpanOf(doc, **a).text : "");
    }
    Field(out_, e.cameo);
    Field(out_, e.cameo.substr(0, 2));
    Field(out_, std::to_string(e.quad));
    std::ostringstream g;
    g << e.goldstein;
    Field(out_, g.str());
    Field(out_, e.negated ? "true" : "false");
    Field(out_, e.hypothetical ? "true" : "false");
    Field(out_, e.verb_text);
    Field(out_, e.rule);
    Field(out_, "", true);
  }
  out_.flush();
  return out_ ? Status::Ok() : Status::IoError("cannot write events");
}

Status CsvWriter::WriteError(std::string_view doc_id, uint64_t line, std::string_view message) {
  Field(out_, doc_id);
  for (int i = 0; i < 16; ++i) Field(out_, "");
  Field(out_, "line " + std::to_string(line) + ": " + std::string(message), true);
  out_.flush();
  return out_ ? Status::Ok() : Status::IoError("cannot write events");
}

}  // namespace dyad
