// pipeline_fuzz: a libFuzzer target for the whole analysis of articles,
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
#include <vector>

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

// The input is cut at NUL bytes into up to 8 articles, analysed together
// (Pipeline::AnalyzeBatch, stage by stage, as `dyad code` does); the first
// is also analysed alone and must come out the same.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const dyad::Pipeline& pipeline = OpenPipeline();
  const std::string input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> pieces;
  for (size_t begin = 0; begin <= input.size() && pieces.size() < 8;) {
    size_t end = pieces.size() == 7 ? input.size() : input.find('\0', begin);
    if (end == std::string::npos) end = input.size();
    pieces.push_back(input.substr(begin, end - begin));
    begin = end + 1;
  }
  std::vector<dyad::Document> batch;
  for (const std::string& piece : pieces) batch.emplace_back(piece);
  pipeline.AnalyzeBatch(batch);
  dyad::Document alone(pieces[0]);
  pipeline.Analyze(alone);
  for (const dyad::Document& doc : batch) {
    CheckStructure(doc);
    std::ostringstream out;
    auto writer = dyad::MakeEventWriter("jsonl", out);
    if (!writer.ok() || !(*writer)->Write(doc).ok()) Fail("writer", 0);
  }
  if (alone.tokens().size() != batch[0].tokens().size() ||
      alone.events().size() != batch[0].events().size()) {
    Fail("batch differs from one article alone", 0);
  }
  for (size_t i = 0; i < alone.tokens().size(); ++i) {
    const dyad::Token& a = alone.tokens()[i];
    const dyad::Token& b = batch[0].tokens()[i];
    if (a.begin != b.begin || a.upos != b.upos || a.head != b.head || a.deprel != b.deprel) {
      Fail("batch differs from one article alone", i);
    }
  }
  return 0;
}
