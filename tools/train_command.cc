// `dyad train tagger|lemmatizer|parser`: reproduce the committed models from
// UD English EWT (docs/TRAINING.md gives the exact commands and run times).
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.h"
#include "corpus/conllu.h"
#include "lemma/lemmatizer.h"
#include "parser/parser.h"
#include "tagger/tagger.h"

namespace dyad::tools {
namespace {

struct TrainArgs {
  std::string train;
  std::string dev;
  std::string out;
  std::string tagger;  // parser: the tagger whose predictions to train on
  std::string wordnet = "/usr/share/wordnet";
  int epochs = 0;      // 0: the component's default
  int folds = 4;       // parser: jackknife folds for predicted tags
  bool neural = false;      // parser: the neural scorer instead of the perceptron
  std::string tagged_out;   // parser: also write the tagged train/dev (CoNLL-U) here
  int hidden = 0;           // neural parser: hidden units (0: default)
  int word_dim = 0;         // neural parser: word embedding size (0: default)
  int min_word_count = 0;   // neural parser: rarer words are read as their shape (0: default)
  float word_dropout = -1;  // neural parser: alpha of the word dropout (<0: default)
  float dropout = -1;       // neural parser: hidden-layer dropout (<0: default)
  int average_every = 0;    // neural parser: parameter averaging (0: none)
  uint64_t seed = 1;
};

int Fail(const Status& status) {
  std::cerr << "dyad: " << status.ToString() << "\n";
  return 1;
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

int TrainTagger(const TrainArgs& args) {
  auto train = ReadConllu(args.train);
  if (!train.ok()) return Fail(train.status());
  auto dev = ReadConllu(args.dev);
  if (!dev.ok()) return Fail(dev.status());
  TaggerTrainOptions options;
  if (args.epochs > 0) options.epochs = args.epochs;
  options.seed = args.seed;
  const auto start = std::chrono::steady_clock::now();
  auto tagger = Tagger::Train(train->doc, dev->doc, options, std::cerr);
  if (!tagger.ok()) return Fail(tagger.status());
  if (Status s = tagger->Save(args.out); !s.ok()) return Fail(s);
  std::cerr << "tagger written to " << args.out << " in " << Seconds(start) << " s\n";
  return 0;
}

int TrainLemmatizer(const TrainArgs& args) {
  auto train = ReadConllu(args.train);
  if (!train.ok()) return Fail(train.status());
  LemmatizerBuildOptions options;
  options.wordnet_dir = args.wordnet;
  const auto start = std::chrono::steady_clock::now();
  auto lemmatizer = Lemmatizer::Build(train->doc, options, std::cerr);
  if (!lemmatizer.ok()) return Fail(lemmatizer.status());
  if (Status s = lemmatizer->Save(args.out); !s.ok()) return Fail(s);
  std::cerr << "lemmatizer written to " << args.out << " in " << Seconds(start) << " s\n";
  return 0;
}

// The parser learns from the tags it will see at run time: each training
// sentence is tagged by a tagger trained without its fold (jackknifing), and
// dev by the full tagger given with --tagger.
int TrainParser(const TrainArgs& args) {
  auto train = ReadConllu(args.train);
  if (!train.ok()) return Fail(train.status());
  auto dev = ReadConllu(args.dev);
  if (!dev.ok()) return Fail(dev.status());
  const auto start = std::chrono::steady_clock::now();
  if (!args.tagger.empty()) {
    auto tagger = Tagger::Load(args.tagger);
    if (!tagger.ok()) return Fail(tagger.status());
    tagger->Tag(dev->doc);
    if (args.folds > 1) {
      auto gold = ReadConllu(args.train);  // a pristine copy to train fold taggers on
      if (!gold.ok()) return Fail(gold.status());
      // Fold taggers choose their epoch on gold dev tags, not on the
      // predictions just written into dev.
      auto gold_dev = ReadConllu(args.dev);
      if (!gold_dev.ok()) return Fail(gold_dev.status());
      const auto sentences = train->doc.sentences();
      for (int fold = 0; fold < args.folds; ++fold) {
        TaggerTrainOptions options;
        options.seed = args.seed;
        options.num_folds = args.folds;
        options.held_out_fold = fold;
        auto fold_tagger = Tagger::Train(gold->doc, gold_dev->doc, options, std::cerr);
        if (!fold_tagger.ok()) return Fail(fold_tagger.status());
        for (size_t i = fold; i < sentences.size(); i += args.folds) {
          fold_tagger->TagSentence(train->doc, sentences[i]);
        }
        std::cerr << "jackknife fold " << fold + 1 << "/" << args.folds << " tagged ("
                  << Seconds(start) << " s)\n";
      }
    } else {
      tagger->Tag(train->doc);
    }
  }
  if (!args.tagged_out.empty()) {
    // The jackknifed tags take minutes to make: kept for later trainings.
    std::ofstream train_out(args.tagged_out + "-train.conllu");
    WriteConllu(train->doc, train_out);
    std::ofstream dev_out(args.tagged_out + "-dev.conllu");
    WriteConllu(dev->doc, dev_out);
    if (!train_out || !dev_out) return Fail(Status::IoError(args.tagged_out + ": cannot write"));
  }
  if (args.neural) {
    NeuralParserTrainOptions options;
    if (args.epochs > 0) options.epochs = args.epochs;
    options.seed = args.seed;
    options.epoch_models = args.out + ".epoch";
    if (args.hidden > 0) options.hidden = args.hidden;
    if (args.word_dim > 0) options.word_dim = args.word_dim;
    if (args.min_word_count > 0) options.min_word_count = args.min_word_count;
    if (args.word_dropout >= 0) options.word_dropout = args.word_dropout;
    if (args.dropout >= 0) options.dropout = args.dropout;
    options.average_every = args.average_every;
    auto parser = Parser::TrainNeural(train->doc, dev->doc, options, std::cerr);
    if (!parser.ok()) return Fail(parser.status());
    if (Status s = parser->Save(args.out); !s.ok()) return Fail(s);
    std::cerr << "neural parser written to " << args.out << " in " << Seconds(start) << " s\n";
    return 0;
  }
  ParserTrainOptions options;
  if (args.epochs > 0) options.epochs = args.epochs;
  options.seed = args.seed;
  auto parser = Parser::Train(train->doc, dev->doc, options, std::cerr);
  if (!parser.ok()) return Fail(parser.status());
  if (Status s = parser->Save(args.out); !s.ok()) return Fail(s);
  std::cerr << "parser written to " << args.out << " in " << Seconds(start) << " s\n";
  return 0;
}

}  // namespace

void AddTrainCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TrainArgs>();
  CLI::App* train = app.add_subcommand("train", "Train a model from a CoNLL-U treebank");
  train->require_subcommand(1);

  CLI::App* tagger = train->add_subcommand("tagger", "POS tagger (UPOS + Penn XPOS)");
  tagger->add_option("--train", args->train, "Training CoNLL-U")->required();
  tagger->add_option("--dev", args->dev, "Development CoNLL-U (chooses the epoch)")->required();
  tagger->add_option("--out", args->out, "Model file to write")->required();
  tagger->add_option("--epochs", args->epochs, "Training epochs");
  tagger->add_option("--seed", args->seed, "Shuffling seed");
  tagger->callback([args, exit_code] { *exit_code = TrainTagger(*args); });

  CLI::App* lemma = train->add_subcommand("lemmatizer", "Lemmatizer (treebank + WordNet)");
  lemma->add_option("--train", args->train, "Training CoNLL-U")->required();
  lemma->add_option("--wordnet", args->wordnet, "WordNet dictionary folder")->capture_default_str();
  lemma->add_option("--out", args->out, "Model file to write")->required();
  lemma->callback([args, exit_code] { *exit_code = TrainLemmatizer(*args); });

  CLI::App* parser = train->add_subcommand("parser", "Labelled dependency parser");
  parser->add_option("--train", args->train, "Training CoNLL-U")->required();
  parser->add_option("--dev", args->dev, "Development CoNLL-U (chooses the epoch)")->required();
  parser->add_option("--out", args->out, "Model file to write")->required();
  parser->add_option("--tagger", args->tagger, "Tagger model for predicted tags (empty: gold)");
  parser->add_option("--folds", args->folds, "Jackknife folds for training tags")->capture_default_str();
  parser->add_option("--epochs", args->epochs, "Training epochs");
  parser->add_option("--seed", args->seed, "Shuffling seed");
  parser->add_flag("--neural", args->neural, "Neural scorer (also writes OUT.epoch-eN.bin per epoch)");
  parser->add_option("--hidden", args->hidden, "Neural scorer: hidden units (multiple of 16)");
  parser->add_option("--word-dim", args->word_dim,
                     "Neural scorer: word embedding size (multiple of 16; free at parse time)");
  parser->add_option("--min-word-count", args->min_word_count,
                     "Neural scorer: words seen fewer times are read as their shape");
  parser->add_option("--word-dropout", args->word_dropout,
                     "Neural scorer: a word seen c times is read as its shape with probability "
                     "a/(a+c) while training (0: never)");
  parser->add_option("--dropout", args->dropout, "Neural scorer: dropout of hidden units");
  parser->add_option("--average-every", args->average_every,
                     "Neural scorer: each epoch's model is the mean of the weights taken every N "
                     "Adam steps (0: the last weights)");
  parser->add_option("--tagged-out", args->tagged_out,
                     "Also write the tagged training data to PREFIX-train/dev.conllu");
  parser->callback([args, exit_code] { *exit_code = TrainParser(*args); });
}

}  // namespace dyad::tools
