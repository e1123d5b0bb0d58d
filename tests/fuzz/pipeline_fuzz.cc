// pipeline_fuzz: a libFuzzer target for the whole analysis of one article,
// raw bytes in: splitting, tokenizing, tagging, lemmatizing, parsing,
// actors, events and JSON Lines output (issue #2's bad-input bar: no
// crash, no hang, whatever the bytes).
//
// Not part of the test suite (a fuzzer runs until stopped); built with
// clang when DYAD_FUZZ is on. docs/TESTING.md has the commands; a crash it
// finds becomes a test case in the folder of the stage that failed.
//
// Besides the sanitizers' checks, every input must leave a Document whose
// structure holds: sentences in order and inside the text, tokens inside
// their sentence, heads inside the sentence with exactly one root per
// parsed sentence, events pointing at real sentences.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "dyad/document.h"
#include "dyad/pipeline.h"
#include "dyad/writer.h"

namespace {

[[noreturn]] void Fail(const char* what, size_t where) {
  std::fprintf(stderr, "pipeline_fuzz: broken invariant: %s (at %zu)\n", what, where);
  std::abort();
}

void CheckStructure(const dyad::Document& doc) {
  const size_t text_size = doc.text().size();
  size_t previous_end = 0;
  for (size_t s = 0; s < doc.sentences().size(); ++s) {
    const dyad::Sentence& sentence = doc.sentences()[s];
    if (sentence.begin < previous_end || sentence.end < sentence.begin ||
        sentence.end > text_size) {
      Fail("sentence span", s);
    }
    previous_end = sentence.end;
    const auto tokens = doc.tokens(sentence);
    int roots = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const dyad::Token& t = tokens[i];
      if (t.begin < sentence.begin || t.end > sentence.end || t.end < t.begin) Fail("token span", i);
      if (!sentence.parsed) continue;
      if (t.head == -1) {
        ++roots;
      } else if (t.head < 0 || static_cast<size_t>(t.head) >= tokens.size() ||
                 static_cast<size_t>(t.head) == i) {
        Fail("head", i);
      }
    }
    if (sentence.parsed && !tokens.empty() && roots != 1) Fail("root count", s);
  }
  for (size_t e = 0; e < doc.events().size(); ++e) {
    if (doc.events()[e].sentence >= doc.sentences().size()) Fail("event sentence", e);
  }
}

const dyad::Pipeline& OpenPipeline() {
  dyad::PipelineOptions options;
  options.code_events = true;
  auto pipeline = dyad::Pipeline::Open(options);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "pipeline_fuzz: %s\n", pipeline.status().ToString().c_str());
    std::exit(1);
  }
  // Lives as long as the process: libFuzzer calls the target many times.
  return *new dyad::Pipeline(std::move(pipeline).value());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const dyad::Pipeline& pipeline = OpenPipeline();
  dyad::Document doc(std::string(reinterpret_cast<const char*>(data), size));
  pipeline.Analyze(doc);
  CheckStructure(doc);
  std::ostringstream out;
  auto writer = dyad::MakeEventWriter("jsonl", out);
  if (!writer.ok() || !(*writer)->Write(doc).ok()) Fail("writer", 0);
  return 0;
}
