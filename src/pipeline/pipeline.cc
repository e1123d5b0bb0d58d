// The only file that knows every stage and their order.
#include "dyad/pipeline.h"

#include <cstdlib>
#include <filesystem>
#include <optional>

#include "actors/actor_dictionary.h"
#include "actors/actor_matcher.h"
#include "events/cameo_codes.h"
#include "events/event_coder.h"
#include "events/verb_patterns.h"
#include "lemma/lemmatizer.h"
#include "parser/parser.h"
#include "tagger/finite_verb.h"
#include "tagger/tagger.h"
#include "text/segmenter.h"

#ifndef DYAD_DEFAULT_MODEL_DIR
#define DYAD_DEFAULT_MODEL_DIR "models"
#endif
#ifndef DYAD_DEFAULT_DATA_DIR
#define DYAD_DEFAULT_DATA_DIR "data"
#endif

namespace dyad {
namespace {

// The dictionaries and the two stages that read them. Held by pointer in
// Impl so the matcher's and coder's references stay valid when a Pipeline
// moves.
struct Coding {
  ActorDictionary actors;
  CameoCodes codes;
  PatternSet patterns;
  PloverMap plover;
  std::optional<ActorMatcher> matcher;
  std::optional<EventCoder> coder;
};

// Which sentences coding needs parsed (PipelineOptions::parse_all). An
// event needs a pattern head (EventCoder::MayCode) and actors: a source,
// and by default a target that is another mention. Mentions are the names
// in the sentence, or a "he"/"she" resolved to a person named before; with
// no name in the sentence every such pronoun resolves to the same person
// of the previous sentence. Pronoun resolution reads the previous
// sentence's mentions, which the matcher finds without a parse. The coder
// drops a source that is a bare agent with no country, and an agent gets a
// country only from a name of its sentence: a source named in the sentence
// needs a name there that is more than a bare agent (NameCount::coded).
// Every test is a necessary condition, so the events do not depend on the
// selection.
std::vector<uint8_t> SentencesThatMayCode(const Document& doc, const Coding& coding,
                                          const CoderOptions& options) {
  const std::span<const Sentence> sentences = doc.sentences();
  std::vector<uint8_t> selected(sentences.size());
  const int needed = options.allow_missing_target ? 1 : 2;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (!coding.coder->MayCode(doc, sentences[s])) continue;
    const ActorMatcher::NameCount found = coding.matcher->CountNames(doc, sentences[s], needed);
    selected[s] = (found.names >= needed && found.coded) ||
                  (found.names + 1 >= needed && coding.coder->MayReferBack(doc, sentences[s]));
  }
  return selected;
}

// `requested`, else $ENV, else <ancestor of the executable>/<name> when it
// holds `probe`, else the folder recorded at build time.
std::string ResolveDir(const std::string& requested, const char* env_name, const char* name,
                       const char* probe, const char* fallback) {
  if (!requested.empty()) return requested;
  if (const char* env = std::getenv(env_name); env && *env) return env;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (auto dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      if (std::filesystem::exists(dir / name / probe, ec)) return (dir / name).string();
    }
  }
  return fallback;
}

Result<std::unique_ptr<Coding>> LoadCoding(const CoderOptions& options,
                                           std::vector<std::string>* problems) {
  const std::string dir = ResolveDataDir(options.dict_dir);
  auto coding = std::make_unique<Coding>();
  auto actors = ActorDictionary::Load(dir + "/actors", problems);
  if (!actors.ok()) return actors.status();
  coding->actors = std::move(actors).value();
  auto codes = CameoCodes::Load(dir + "/events/cameo_codes.txt", problems);
  if (!codes.ok()) return codes.status();
  coding->codes = std::move(codes).value();
  auto patterns = PatternSet::Load(dir + "/events/verbs", coding->codes, problems);
  if (!patterns.ok()) return patterns.status();
  coding->patterns = std::move(patterns).value();
  auto plover = PloverMap::Load(dir + "/events/plover.txt", problems);
  if (!plover.ok()) return plover.status();
  coding->plover = std::move(plover).value();
  coding->matcher.emplace(coding->actors);
  coding->coder.emplace(coding->patterns, coding->codes, &coding->plover, options);
  return coding;
}

}  // namespace

struct Pipeline::Impl {
  PipelineOptions options;
  std::string model_dir;
  TextSegmenter segmenter;
  Tagger tagger;
  Lemmatizer lemmatizer;
  std::optional<Parser> parser;
  std::unique_ptr<Coding> coding;
  std::vector<std::string> dictionary_problems;
};

std::string ResolveModelDir(const std::string& requested) {
  return ResolveDir(requested, "DYAD_MODELS", "models", "tagger.bin", DYAD_DEFAULT_MODEL_DIR);
}

std::string ResolveDataDir(const std::string& requested) {
  return ResolveDir(requested, "DYAD_DATA", "data", "events/cameo_codes.txt", DYAD_DEFAULT_DATA_DIR);
}

Status CheckDictionaries(const std::string& dir, std::vector<std::string>* problems) {
  CoderOptions options;
  options.dict_dir = dir;
  auto coding = LoadCoding(options, problems);
  return coding.ok() ? Status::Ok() : coding.status();
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
    auto loaded = Parser::LoadFolder(dir, options.parser);
    if (!loaded.ok()) return loaded.status();
    parser.emplace(std::move(loaded).value());
  }
  std::unique_ptr<Coding> coding;
  std::vector<std::string> problems;
  if (options.code_events) {
    if (!options.parse) return Status::InvalidArgument("coding events needs the parser");
    auto loaded = LoadCoding(options.coder, &problems);
    if (!loaded.ok()) return loaded.status();
    coding = std::move(loaded).value();
  }
  auto impl = std::make_unique<Impl>(Impl{options, dir, TextSegmenter(options.text),
                                          std::move(tagger).value(), std::move(lemmatizer).value(),
                                          std::move(parser), std::move(coding),
                                          std::move(problems)});
  return Pipeline(std::move(impl));
}

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;
Pipeline::~Pipeline() = default;

const PipelineOptions& Pipeline::options() const { return impl_->options; }
const std::string& Pipeline::model_dir() const { return impl_->model_dir; }
const std::vector<std::string>& Pipeline::dictionary_problems() const {
  return impl_->dictionary_problems;
}

// The stages after segmentation, each over a span of documents (one, or a
// batch). `selected` holds, per document, the sentences to parse and code
// (empty: all of them).
void Pipeline::TagAndLemmatize(std::span<Document> docs) const {
  for (Document& doc : docs) {
    impl_->tagger.Tag(doc);
    RepairFiniteVerbs(doc, impl_->tagger);
    impl_->lemmatizer.Lemmatize(doc);
  }
}

void Pipeline::Parse(std::span<Document> docs, std::vector<uint8_t>* selected) const {
  if (!impl_->parser) return;
  if (impl_->coding && !impl_->options.parse_all) {
    for (size_t i = 0; i < docs.size(); ++i) {
      selected[i] = SentencesThatMayCode(docs[i], *impl_->coding, impl_->options.coder);
      impl_->parser->ParseSelected(docs[i], impl_->options.parser, selected[i]);
    }
  } else {
    for (Document& doc : docs) impl_->parser->Parse(doc, impl_->options.parser);
  }
}

void Pipeline::Code(std::span<Document> docs, const std::vector<uint8_t>* selected) const {
  if (!impl_->coding) return;
  for (size_t i = 0; i < docs.size(); ++i) {
    // Every sentence's names: a "he" may stand for a person named in the
    // sentence before, selected or not.
    impl_->coding->matcher->Match(docs[i]);
    impl_->coding->coder->CodeSelected(docs[i], selected[i]);
  }
}

void Pipeline::Analyze(Document& doc) const {
  impl_->segmenter.Segment(doc);
  AnalyzeTokenized(doc);
}

void Pipeline::AnalyzeTokenized(Document& doc) const {
  std::span<Document> one(&doc, 1);
  std::vector<uint8_t> selected;
  TagAndLemmatize(one);
  Parse(one, &selected);
  Code(one, &selected);
}

void Pipeline::AnalyzeBatch(std::span<Document> docs) const {
  for (Document& doc : docs) impl_->segmenter.Segment(doc);
  std::vector<std::vector<uint8_t>> selected(docs.size());
  TagAndLemmatize(docs);
  Parse(docs, selected.data());
  Code(docs, selected.data());
}

}  // namespace dyad
