#include "parser/parser.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>

#include "parser/decoder.h"
#include "parser/features.h"
#include "parser/neural_decoder.h"
#include "parser/predicate_check.h"
#include "util/model_file.h"

namespace dyad {
namespace {

// Model file: kind "PARS". Version 1 payload:
//   uint32   feature set version (features.h; must match this build)
//   uint32   number of labels L, then L strings: UD relation names
//   uint32   index of "root" among them
//   uint64[] vocabulary: WordHash of the words features name (ascending)
//   LinearModel with 1 + 2L classes (transition.h gives the layout)
constexpr char kKind[] = "PARS";
constexpr uint32_t kVersion = 1;
constexpr uint32_t kMaxLabels = 64;  // label sets are 64-bit masks

}  // namespace

Parser::Parser(std::vector<Deprel> label_deprels, int root_label, parser::Vocabulary vocabulary,
               LinearModel model, float table_min_weight)
    : label_deprels_(std::move(label_deprels)),
      system_(static_cast<int>(label_deprels_.size()), root_label),
      vocabulary_(std::move(vocabulary)),
      model_(std::move(model)),
      table_(parser::ScoreTable::Build(model_, table_min_weight)) {}

Parser::Parser(std::vector<Deprel> label_deprels, int root_label,
               std::shared_ptr<const parser::NeuralModel> neural)
    : label_deprels_(std::move(label_deprels)),
      system_(static_cast<int>(label_deprels_.size()), root_label),
      neural_(std::move(neural)) {}

namespace {

// The kind field of a model file's header ("" when unreadable: the real
// loader then reports what is wrong).
std::string ModelKind(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char header[8] = {};
  if (!in.read(header, sizeof header)) return "";
  return std::string(header + 4, 4);
}

// Label names and the root label, as both kinds store them.
Status ReadLabels(ModelReader& in, const std::string& path, std::vector<Deprel>* deprels,
                  uint32_t* root_label) {
  uint32_t num_labels = 0;
  if (!in.Get(&num_labels) || num_labels == 0 || num_labels > kMaxLabels) {
    return in.Error("label count");
  }
  std::string name;
  for (uint32_t i = 0; i < num_labels; ++i) {
    if (!in.GetString(&name)) return in.Error("label name");
    const std::optional<Deprel> id = DeprelFromName(name);
    if (!id) return Status::Corrupt(path + ": unknown dependency relation '" + name + "'");
    deprels->push_back(*id);
  }
  if (!in.Get(root_label) || *root_label >= num_labels ||
      DeprelName((*deprels)[*root_label]) != "root") {
    return in.Error("root label");
  }
  return Status::Ok();
}

}  // namespace

Result<Parser> Parser::LoadNeural(const std::string& path) {
  auto reader = ModelReader::Open(path, parser::kNeuralKind, parser::kNeuralVersion);
  if (!reader.ok()) return reader.status();
  ModelReader& in = *reader;
  uint32_t feature_set = 0;
  if (!in.Get(&feature_set)) return in.Error("feature set version");
  if (feature_set != parser::kNeuralFeatureSetVersion) {
    return Status::Unsupported(path + ": neural parser feature set " +
                               std::to_string(feature_set) + ", this build computes " +
                               std::to_string(parser::kNeuralFeatureSetVersion));
  }
  std::vector<Deprel> deprels;
  uint32_t root_label = 0;
  if (Status s = ReadLabels(in, path, &deprels, &root_label); !s.ok()) return s;
  std::vector<uint64_t> words;
  if (!in.GetArray(&words)) return in.Error("vocabulary");
  parser::NeuralWordIds ids(std::move(words));
  parser::NeuralNet net;
  if (!net.Load(in)) return in.Error("network");
  if (net.shape().vocab != ids.size()) return in.Error("network: vocabulary size");
  if (net.shape().classes != static_cast<int>(1 + 2 * deprels.size())) {
    return in.Error("network: class count does not match the labels");
  }
  if (!in.at_end()) return in.Error("trailing bytes");
  return Parser(std::move(deprels), static_cast<int>(root_label),
                parser::NeuralModel::Make(std::move(ids), std::move(net)));
}

Status Parser::SaveNeural(const std::string& path) const {
  ModelWriter out;
  out.Put<uint32_t>(parser::kNeuralFeatureSetVersion);
  out.Put<uint32_t>(static_cast<uint32_t>(label_deprels_.size()));
  for (Deprel d : label_deprels_) out.PutString(DeprelName(d));
  out.Put<uint32_t>(static_cast<uint32_t>(system_.root_label()));
  out.PutArray<uint64_t>(neural_->ids.words());
  neural_->net.Save(out);
  return out.WriteFile(path, parser::kNeuralKind, parser::kNeuralVersion);
}

Result<Parser> Parser::Load(const std::string& path, float table_min_weight) {
  if (ModelKind(path) == parser::kNeuralKind) return LoadNeural(path);
  auto reader = ModelReader::Open(path, kKind, kVersion);
  if (!reader.ok()) return reader.status();
  ModelReader& in = *reader;
  uint32_t feature_set = 0, num_labels = 0;
  if (!in.Get(&feature_set)) return in.Error("feature set version");
  if (feature_set != parser::kFeatureSetVersion) {
    return Status::Unsupported(path + ": parser feature set " + std::to_string(feature_set) +
                               ", this build computes feature set " +
                               std::to_string(parser::kFeatureSetVersion));
  }
  if (!in.Get(&num_labels) || num_labels == 0 || num_labels > kMaxLabels) {
    return in.Error("label count");
  }
  std::vector<Deprel> deprels;
  std::string name;
  for (uint32_t i = 0; i < num_labels; ++i) {
    if (!in.GetString(&name)) return in.Error("label name");
    // Names, not ids, are stored, so reordering dyad's relation table never
    // silently changes what a model means.
    const std::optional<Deprel> id = DeprelFromName(name);
    if (!id) return Status::Corrupt(path + ": unknown dependency relation '" + name + "'");
    deprels.push_back(*id);
  }
  uint32_t root_label = 0;
  if (!in.Get(&root_label) || root_label >= num_labels ||
      DeprelName(deprels[root_label]) != "root") {
    return in.Error("root label");
  }
  std::vector<uint64_t> words;
  if (!in.GetArray(&words)) return in.Error("vocabulary");
  LinearModel model;
  // The parser scores through its own ScoreTable, built from the rows.
  if (!model.Load(in, /*build_index=*/false)) return in.Error("weights");
  if (model.num_classes() != static_cast<int>(1 + 2 * num_labels)) {
    return in.Error("weights: class count does not match the labels");
  }
  if (!in.at_end()) return in.Error("trailing bytes");
  return Parser(std::move(deprels), static_cast<int>(root_label),
                parser::Vocabulary(std::move(words)), std::move(model), table_min_weight);
}

Result<Parser> Parser::Cascade(Parser perceptron, const Parser& neural,
                               const parser::CascadeOptions& options) {
  if (perceptron.neural_ != nullptr || neural.neural_ == nullptr || neural.cascade_) {
    return Status::InvalidArgument("a cascade needs a perceptron and a neural parser model");
  }
  // The decoder adds the two models' scores class by class.
  if (perceptron.label_deprels_ != neural.label_deprels_ ||
      perceptron.system_.root_label() != neural.system_.root_label()) {
    return Status::InvalidArgument(
        "the perceptron and neural parser models were trained with different relation labels");
  }
  if (!(options.margin >= 0.0f) || !(options.neural_weight >= 0.0f)) {
    return Status::InvalidArgument("cascade margin and neural weight must be >= 0");
  }
  perceptron.neural_ = neural.neural_;
  perceptron.cascade_ = options;
  return perceptron;
}

Result<Parser> Parser::LoadFolder(const std::string& dir, const ParserOptions& options) {
  const std::string neural_path = dir + "/parser-neural.bin";
  std::error_code error;
  const bool has_neural = options.cascade && std::filesystem::exists(neural_path, error);
  // Margin 0: the perceptron would never be consulted; the neural scorer
  // parses alone.
  if (has_neural && options.cascade_margin <= 0.0f) return Load(neural_path);
  auto parser = Load(dir + "/parser.bin", has_neural ? options.cascade_min_weight : 0.0f);
  if (!parser.ok() || !has_neural || parser->neural()) return parser;
  auto neural = LoadNeural(neural_path);
  if (!neural.ok()) return neural.status();
  parser::CascadeOptions cascade;
  cascade.margin = options.cascade_margin;
  cascade.neural_weight = options.cascade_neural_weight;
  return Cascade(std::move(parser).value(), *neural, cascade);
}

Status Parser::Save(const std::string& path) const {
  if (cascade_) return Status::InvalidArgument(path + ": a cascade parser is saved as its two models");
  if (neural_) return SaveNeural(path);
  ModelWriter out;
  out.Put<uint32_t>(parser::kFeatureSetVersion);
  out.Put<uint32_t>(static_cast<uint32_t>(label_deprels_.size()));
  for (Deprel d : label_deprels_) out.PutString(DeprelName(d));
  out.Put<uint32_t>(static_cast<uint32_t>(system_.root_label()));
  out.PutArray<uint64_t>(vocabulary_.words());
  model_.Save(out);
  return out.WriteFile(path, kKind, kVersion);
}

void Parser::Parse(Document& doc, const ParserOptions& options) const {
  ParseSelected(doc, options, {});
}

void Parser::ParseSelected(Document& doc, const ParserOptions& options,
                           std::span<const uint8_t> selected) const {
  if (cascade_) {
    parser::CascadeDecoder decoder(*neural_, table_, model_.scale(), system_, vocabulary_,
                                   *cascade_);
    ParseWith(decoder, doc, options, selected);
  } else if (neural_) {
    parser::NeuralDecoder decoder(neural_->net, &neural_->scorer, system_, neural_->ids);
    ParseWith(decoder, doc, options, selected);
  } else {
    parser::Decoder decoder(table_, system_, vocabulary_);
    ParseWith(decoder, doc, options, selected);
  }
}

template <typename AnyDecoder>
void Parser::ParseWith(AnyDecoder& decoder, Document& doc, const ParserOptions& options,
                       std::span<const uint8_t> selected) const {
  const Deprel dep = DeprelFromName("dep").value_or(0);
  std::optional<parser::Decoder> fallback;
  const size_t limit = std::max<size_t>(options.max_tokens, 1);
  std::vector<Sentence>& sentences = doc.mutable_sentences();
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (!selected.empty() && !selected[s]) continue;
    Sentence& sentence = sentences[s];
    sentence.parsed = true;
    const std::span<Token> tokens = doc.mutable_tokens(sentence);
    if (tokens.empty()) continue;
    const size_t n = std::min(tokens.size(), limit);
    int root = 0;
    auto write = [&](const parser::ParseState& state) {
      for (size_t i = 0; i < n; ++i) {
        const int head = state.head(static_cast<int>(i));
        tokens[i].head = head == state.root() ? -1 : head;
        tokens[i].deprel = label_deprels_[state.label(static_cast<int>(i))];
        if (head == state.root()) root = static_cast<int>(i);
      }
    };
    write(decoder.Parse(doc, tokens.first(n)));
    // A cascade's parse that lost the sentence's predicate is parsed again
    // by the perceptron alone (predicate_check.h); rare, so its decoder is
    // made only when first needed. Margin 0 never consults the perceptron.
    if (cascade_ && cascade_->margin > 0 && n == tokens.size() &&
        parser::MissesItsPredicate(doc, tokens)) {
      if (!fallback) fallback.emplace(table_, system_, vocabulary_);
      write(fallback->Parse(doc, tokens));
    }
    sentence.parse_truncated = n < tokens.size();
    if (!sentence.parse_truncated) continue;
    // Fallback for the words past the limit (documented in options.h): flat
    // under the parsed part's root. Keeps one root and no cycle, and costs
    // nothing, which is what a pathological input deserves.
    for (size_t i = n; i < tokens.size(); ++i) {
      tokens[i].head = root;
      tokens[i].deprel = dep;
    }
    doc.AddDiagnostic(tokens[n].begin, sentence.end,
                      "parser: sentence of " + std::to_string(tokens.size()) +
                          " tokens parsed on its first " + std::to_string(n) +
                          "; the rest attached flat to its root");
  }
}

}  // namespace dyad
