// JSON Lines: one event per line. The key names are an interface (issue
// #3): doc_id, sentence, date, source, target, place, cameo, root, quad,
// goldstein, negated, hypothetical, evidence{verb, rule, sentence_text}.
// `place` (null when the sentence names none) is where the event happened:
// {name, country, text, start, end}.
#include "writers/jsonl_writer.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "writers/event_fields.h"

namespace dyad {
namespace {

using Json = nlohmann::ordered_json;

Json ActorJson(const Document& doc, const std::optional<EventActor>& a) {
  if (!a) return nullptr;
  const ActorSpan span = SpanOf(doc, *a);
  Json j;
  j["code"] = a->code;
  j["country"] = a->country.empty() ? Json(nullptr) : Json(a->country);
  j["text"] = std::string(span.text);
  j["start"] = span.start;
  j["end"] = span.end;
  return j;
}

Json PlaceJson(const Document& doc, const std::optional<EventPlace>& p) {
  if (!p) return nullptr;
  const ActorSpan span = SpanOf(doc, EventActor{"", p->country, p->first_token, p->end_token});
  Json j;
  j["name"] = p->name;
  j["country"] = p->country;
  j["text"] = std::string(span.text);
  j["start"] = span.start;
  j["end"] = span.end;
  return j;
}

std::string Dump(const Json& j) {
  // Replace, never throw, on bytes that are not UTF-8 (the input may have
  // had some; they were reported when the text was read).
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace

Status JsonlWriter::Write(const Document& doc) {
  for (const Event& e : doc.events()) {
    Json j;
    j["doc_id"] = doc.id();
    j["sentence"] = e.sentence;
    j["date"] = e.date.known() ? Json(e.date.ToString()) : Json(nullptr);
    j["source"] = ActorJson(doc, e.source);
    j["target"] = ActorJson(doc, e.target);
    j["place"] = PlaceJson(doc, e.place);
    j["cameo"] = e.cameo;
    j["root"] = e.cameo.substr(0, 2);
    j["plover"] = e.plover.empty() ? Json(nullptr) : Json(e.plover);
    j["quad"] = e.quad;
    // The scale has one decimal; the float widened as is would print
    // -4.400000095367432.
    j["goldstein"] = std::round(static_cast<double>(e.goldstein) * 10.0) / 10.0;
    j["negated"] = e.negated;
    j["hypothetical"] = e.hypothetical;
    j["evidence"] = {{"verb", e.verb_text}, {"rule", e.rule},
                     {"sentence_text", SentenceText(doc, e.sentence)}};
    out_ << Dump(j) << '\n';
  }
  out_.flush();
  return out_ ? Status::Ok() : Status::IoError("cannot write events");
}

Status JsonlWriter::WriteError(std::string_view doc_id, uint64_t line, std::string_view message) {
  Json j;
  j["doc_id"] = std::string(doc_id);
  j["line"] = line;
  j["error"] = std::string(message);
  out_ << Dump(j) << '\n';
  out_.flush();
  return out_ ? Status::Ok() : Status::IoError("cannot write events");
}

}  // namespace dyad
