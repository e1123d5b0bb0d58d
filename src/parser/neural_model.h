// NeuralModel: what a neural parser model file holds (the word ids and the
// float network) plus the quantized scorer built from them at load.
//
// File (kind "NPAR", docs/PARSER.md; the header is util/model_file.h's):
//   uint32   neural feature set version (neural_features.h)
//   uint32   number of labels L, then L strings (UD relation names)
//   uint32   index of "root" among them
//   uint64[] word hashes, in id order (most frequent first)
//   NeuralNet: int32 vocab, word_dim, hidden, classes, then float arrays
//              embeddings, projections, rows, hidden bias, output, output bias
//
// Thread safety: const after construction; share between threads.
#ifndef DYAD_PARSER_NEURAL_MODEL_H_
#define DYAD_PARSER_NEURAL_MODEL_H_

#include <algorithm>
#include <cstddef>
#include <memory>

#include "parser/neural_features.h"
#include "parser/neural_net.h"
#include "parser/neural_scorer.h"

namespace dyad::parser {

inline constexpr char kNeuralKind[] = "NPAR";
inline constexpr uint32_t kNeuralVersion = 1;

struct NeuralModel {
  NeuralWordIds ids;
  NeuralNet net;
  NeuralScorer scorer;  // reads `net`: the model does not move (shared_ptr)

  static std::shared_ptr<const NeuralModel> Make(NeuralWordIds ids, NeuralNet net) {
    auto model = std::make_shared<NeuralModel>();
    model->ids = std::move(ids);
    model->net = std::move(net);
    model->scorer = NeuralScorer::Build(model->net);
    return model;
  }
};

}  // namespace dyad::parser

#endif  // DYAD_PARSER_NEURAL_MODEL_H_
