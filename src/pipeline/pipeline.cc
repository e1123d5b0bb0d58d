// The only file that knows every stage and their order.
#include "dyad/pipeline.h"

#include <cstdlib>
#include <filesystem>
#include <optional>

#include "lemma/lemmatizer.h"
#include "parser/parser.h"
#include "tagger/tagger.h"
#include "text/segmenter.h"

#ifndef DYAD_DEFAULT_MODEL_DIR
#define DYAD_DEFAULT_MODEL_DIR "models"
#endif

namespace dyad {

struct Pipeline::Impl {
  PipelineOptions options;
  std::string model_dir;
  TextSegmenter segmenter;
  Tagger tagger;
  Lemmatizer lemmatizer;
  std::optional<Parser> parser;
};

std::string ResolveModelDir(const std::string& requested) {
  if (!requested.empty()) return requested;
  if (const char* env = std::getenv("DYAD_MODELS"); env && *env) return env;
  // An installed or copied tree: <prefix>/bin/dyad next to <prefix>/models,
  // or build/dyad next to models/.
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (auto dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      if (std::filesystem::exists(dir / "models" / "tagger.bin", ec)) return (dir / "models").string();
    }
  }
  return DYAD_DEFAULT_MODEL_DIR;
}

Result<Pipeline> Pipeline::Open(const PipelineOptions& options) {
  if (options.text.max_sentence_tokens == 0 || options.parser.max_tokens == 0) {
    return Status::InvalidArgument("max_sentence_tokens and parser.max_tokens must be > 0");
  }
  const std::string dir = ResolveModelDir(options.model_dir);
  auto tagger = Tagger::Load(dir + "/tagger.bin");
  if (!tagger.ok()) return tagger.status();
  auto lemmatizer = Lemmatizer::Load(dir + "/lemmatizer.bin");
  if (!lemmatizer.ok()) return lemmatizer.status();
  std::optional<Parser> parser;
  if (options.parse) {
    auto loaded = Parser::Load(dir + "/parser.bin");
    if (!loaded.ok()) return loaded.status();
    parser.emplace(std::move(loaded).value());
  }
  auto impl = std::make_unique<Impl>(Impl{options, dir, TextSegmenter(options.text),
                                          std::move(tagger).value(),
                                          std::move(lemmatizer).value(), std::move(parser)});
  return Pipeline(std::move(impl));
}

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;
Pipeline::~Pipeline() = default;

const PipelineOptions& Pipeline::options() const { return impl_->options; }
const std::string& Pipeline::model_dir() const { return impl_->model_dir; }

void Pipeline::Analyze(Document& doc) const {
  impl_->segmenter.Segment(doc);
  AnalyzeTokenized(doc);
}

void Pipeline::AnalyzeTokenized(Document& doc) const {
  impl_->tagger.Tag(doc);
  impl_->lemmatizer.Lemmatize(doc);
  if (impl_->parser) impl_->parser->Parse(doc, impl_->options.parser);
}

}  // namespace dyad
