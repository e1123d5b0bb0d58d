// Pipeline: raw text in, analysed Document out.
//
//   auto pipeline = dyad::Pipeline::Open(dyad::PipelineOptions{});
//   if (!pipeline.ok()) { std::cerr << pipeline.status().ToString(); ... }
//   dyad::Document doc("MOSCOW, Jan 22 (Reuters) - Russia said ...");
//   pipeline->Analyze(doc);
//   for (const dyad::Sentence& s : doc.sentences()) ...
//
// Open loads every model once; afterwards a Pipeline is immutable and one
// instance can serve any number of threads, each with its own Documents.
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/options.h"
#include "dyad/status.h"

namespace dyad {

class Pipeline {
 public:
  static Result<Pipeline> Open(const PipelineOptions& options);

  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;
  ~Pipeline();

  // Splits, tokenizes, tags, lemmatizes and parses `doc` (dropping any earlier
  // analysis). Never fails: problems in the input become doc.diagnostics().
  void Analyze(Document& doc) const;

  // Tags, lemmatizes and parses a Document whose sentences and tokens are
  // already set (gold tokenization, as in `dyad parse --eval`).
  void AnalyzeTokenized(Document& doc) const;

  // Analyze on each of `docs`, stage by stage: every document is split
  // before any is tagged, every one tagged before any is parsed, and so on.
  // The results are those of Analyze, document by document; the time is
  // less, because a stage's tables (the tagger's and the parser's weights
  // are tens of MB) stay in the caches across the batch instead of evicting
  // each other at every document (docs/PERFORMANCE.md). A few to a few
  // dozen news articles are enough.
  void AnalyzeBatch(std::span<Document> docs) const;

  const PipelineOptions& options() const;
  // The folder the models were loaded from.
  const std::string& model_dir() const;
  // Lines of the dictionaries that were skipped as malformed, as
  // "path:line: message" (empty unless code_events).
  const std::vector<std::string>& dictionary_problems() const;

 private:
  struct Impl;
  explicit Pipeline(std::unique_ptr<Impl> impl);
  // The stages after segmentation over docs (AnalyzeTokenized, AnalyzeBatch).
  void TagAndLemmatize(std::span<Document> docs) const;
  void Parse(std::span<Document> docs, std::vector<uint8_t>* selected) const;
  void Code(std::span<Document> docs, const std::vector<uint8_t>* selected) const;
  std::unique_ptr<Impl> impl_;
};

// The model and dictionary folders Open would use for `requested` (see
// PipelineOptions and CoderOptions).
std::string ResolveModelDir(const std::string& requested);
std::string ResolveDataDir(const std::string& requested);

// Loads every dictionary under `dir` and lists each problem as
// "path:line: message" (what `dyad dict check` prints). Fails only when a
// dictionary cannot be read at all.
Status CheckDictionaries(const std::string& dir, std::vector<std::string>* problems);

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
