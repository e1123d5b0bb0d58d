#include "tagger/tagger.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/conllu.h"
#include "make_document.h"
#include "tagger/finite_verb.h"
#include "test_paths.h"

namespace dyad {
namespace {

using testing::MakeDocument;

// A file name of its own for each test (ctest runs tests in parallel).
std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("dyad_tagger_test_" + std::to_string(getpid()) + "_" + name))
      .string();
}

std::string ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void WriteBytes(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

std::vector<std::string> Upos(const Document& doc, const Sentence& s) {
  std::vector<std::string> tags;
  for (const Token& t : doc.tokens(s)) tags.emplace_back(UposName(t.upos));
  return tags;
}

std::vector<std::string> Split(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

// One CoNLL-U line per word: "form UPOS XPOS" triples.
std::string Conllu(const std::vector<std::vector<std::string>>& sentences) {
  std::string out;
  for (const auto& words : sentences) {
    for (size_t i = 0; i < words.size(); ++i) {
      const auto parts = Split(words[i]);
      out += std::to_string(i + 1) + "\t" + parts[0] + "\t_\t" + parts[1] + "\t" + parts[2] +
             "\t_\t0\tdep\t_\t_\n";
    }
    out += "\n";
  }
  return out;
}

// A toy treebank small enough to train on in milliseconds. "wow" (INTJ) is
// only in sentence 0, which jackknife fold 0 of 2 holds out.
std::string ToyTreebank() {
  std::vector<std::vector<std::string>> s = {
      {"wow INTJ UH", "Russia PROPN NNP", "won VERB VBD", ". PUNCT ."},
      {"Russia PROPN NNP", "threatened VERB VBD", "Ukraine PROPN NNP", ". PUNCT ."},
  };
  // Each sentence twice in a row, so both folds see every other class.
  for (int i = 0; i < 3; ++i) {
    for (int copy = 0; copy < 2; ++copy) {
      s.push_back({"the DET DT", "talks NOUN NNS", "collapsed VERB VBD", ". PUNCT ."});
    }
    for (int copy = 0; copy < 2; ++copy) {
      s.push_back({"Ukraine PROPN NNP", "rejected VERB VBD", "the DET DT", "offer NOUN NN",
                   ". PUNCT ."});
    }
  }
  return Conllu(s);
}

TaggerTrainOptions ToyOptions() {
  TaggerTrainOptions o;
  o.epochs = 5;
  o.min_class_count = 1;
  o.min_feature_count = 1;
  o.wordnet_dir.clear();  // no WordNet needed
  return o;
}

TEST(TaggerTest, CommittedModelTagsNewsSentences) {
  auto tagger = Tagger::Load(testing::ModelPath("tagger.bin"));
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Russia threatened Ukraine .", "PROPN VERB PROPN PUNCT"},
      {"The talks collapsed on Tuesday .", "DET NOUN VERB ADP PROPN PUNCT"},
      {"Police fired tear gas at protesters in Kabul .",
       "NOUN VERB NOUN NOUN ADP NOUN ADP PROPN PUNCT"},
      {"The minister said the sanctions would not be lifted .",
       "DET NOUN VERB DET NOUN AUX PART AUX VERB PUNCT"},
      {"Israel and Hamas agreed to a ceasefire on Friday .",
       "PROPN CCONJ PROPN VERB ADP DET NOUN ADP PROPN PUNCT"},
  };
  std::vector<std::string> texts;
  for (const auto& c : cases) texts.push_back(c.first);
  Document doc = MakeDocument(texts);
  tagger->Tag(doc);
  for (size_t i = 0; i < cases.size(); ++i) {
    EXPECT_EQ(Upos(doc, doc.sentences()[i]), Split(cases[i].second)) << cases[i].first;
  }
  // Penn tags come with the universal ones.
  const Token& threatened = doc.tokens()[1];
  EXPECT_EQ(XposName(threatened.xpos), "VBD");
}

TEST(TaggerTest, TypographicQuotesAreFoldedLikeTheTextStage) {
  auto tagger = Tagger::Load(testing::ModelPath("tagger.bin"));
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  // Gold-tokenized input (as in `dyad parse --eval`) may keep "’s".
  Document curly = MakeDocument({"Russia ’s army withdrew ."});
  Document ascii = MakeDocument({"Russia 's army withdrew ."});
  tagger->Tag(curly);
  tagger->Tag(ascii);
  EXPECT_EQ(Upos(curly, curly.sentences()[0]), Upos(ascii, ascii.sentences()[0]));
  EXPECT_EQ(UposName(curly.tokens()[1].upos), "PART");
}

TEST(TaggerTest, TagSentenceTagsOnlyThatSentence) {
  auto tagger = Tagger::Load(testing::ModelPath("tagger.bin"));
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  Document doc = MakeDocument({"Russia threatened Ukraine .", "Kyiv rejected the demand ."});
  tagger->TagSentence(doc, doc.sentences()[1]);
  for (const Token& t : doc.tokens(doc.sentences()[0])) EXPECT_EQ(t.upos, Upos::kNone);
  EXPECT_EQ(Upos(doc, doc.sentences()[1]), Split("PROPN VERB DET NOUN PUNCT"));
}

// The committed model's lexicon knows verbs' -ed forms, irregular ones
// included (what the finite-verb repair asks it), and not plain nouns.
TEST(TaggerTest, CommittedModelKnowsVerbEdForms) {
  auto tagger = Tagger::Load(testing::ModelPath("tagger.bin"));
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  for (const char* form : {"shot", "froze", "annexed", "fled", "struck"}) {
    EXPECT_TRUE(tagger->IsVerbEdForm(form)) << form;
  }
  for (const char* form : {"table", "border", "Russia", "quickly"}) {
    EXPECT_FALSE(tagger->IsVerbEdForm(form)) << form;
  }
}

// Through the tagger and the repair: news sentences whose past tense the
// tagger alone reads as a noun or an adjective get their verb.
TEST(TaggerTest, RepairGivesMisreadPastTensesTheirVerb) {
  auto tagger = Tagger::Load(testing::ModelPath("tagger.bin"));
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  Document doc = MakeDocument(
      {"Pakistan shot down two Indian military jets .", "Washington froze Iranian assets ."});
  tagger->Tag(doc);
  RepairFiniteVerbs(doc, *tagger);
  EXPECT_EQ(XposName(doc.tokens(doc.sentences()[0])[1].xpos), "VBD");
  EXPECT_EQ(XposName(doc.tokens(doc.sentences()[1])[1].xpos), "VBD");
}

TEST(TaggerTest, MissingModelNamesTheFile) {
  const std::string path = TempPath("does_not_exist.bin");
  auto tagger = Tagger::Load(path);
  ASSERT_FALSE(tagger.ok());
  EXPECT_EQ(tagger.status().code(), StatusCode::kNotFound);
  EXPECT_NE(tagger.status().message().find(path), std::string::npos);
}

TEST(TaggerTest, FlippedByteGivesChecksumErrorNamingTheFile) {
  std::string bytes = ReadBytes(testing::ModelPath("tagger.bin"));
  ASSERT_GT(bytes.size(), 1000u);
  bytes[bytes.size() / 2] ^= 0x20;
  const std::string path = TempPath("flipped.bin");
  WriteBytes(path, bytes);
  auto tagger = Tagger::Load(path);
  ASSERT_FALSE(tagger.ok());
  EXPECT_EQ(tagger.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(tagger.status().message().find(path), std::string::npos);
  EXPECT_NE(tagger.status().message().find("checksum"), std::string::npos);
  std::filesystem::remove(path);
}

TEST(TaggerTest, TruncatedOrForeignFileIsAnError) {
  const std::string bytes = ReadBytes(testing::ModelPath("tagger.bin"));
  const std::string path = TempPath("truncated.bin");
  WriteBytes(path, bytes.substr(0, bytes.size() - 7));
  EXPECT_EQ(Tagger::Load(path).status().code(), StatusCode::kCorrupt);
  // A lemmatizer model is a model, but not a tagger.
  std::string other = bytes;
  other.replace(4, 4, "LEMM");
  WriteBytes(path, other);
  auto loaded = Tagger::Load(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("TAGR"), std::string::npos);
  std::filesystem::remove(path);
}

TEST(TaggerTest, TrainSaveLoadRoundTripIsExactAndDeterministic) {
  auto corpus = ParseConllu(ToyTreebank(), "toy");
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  std::ostringstream log;
  auto a = Tagger::Train(corpus->doc, corpus->doc, ToyOptions(), log);
  auto b = Tagger::Train(corpus->doc, corpus->doc, ToyOptions(), log);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  ASSERT_TRUE(b.ok());
  const std::string pa = TempPath("a.bin"), pb = TempPath("b.bin");
  ASSERT_TRUE(a->Save(pa).ok());
  ASSERT_TRUE(b->Save(pb).ok());
  EXPECT_EQ(ReadBytes(pa), ReadBytes(pb));  // same seed, same bytes

  auto loaded = Tagger::Load(pa);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  Document x = MakeDocument({"Russia threatened Ukraine .", "the talks collapsed ."});
  Document y = MakeDocument({"Russia threatened Ukraine .", "the talks collapsed ."});
  a->Tag(x);
  loaded->Tag(y);
  for (size_t i = 0; i < x.tokens().size(); ++i) {
    EXPECT_EQ(x.tokens()[i].upos, y.tokens()[i].upos);
    EXPECT_EQ(x.tokens()[i].xpos, y.tokens()[i].xpos);
  }
  EXPECT_EQ(Upos(x, x.sentences()[1]), Split("DET NOUN VERB PUNCT"));
  EXPECT_EQ(loaded->num_passes(), 2);
  std::filesystem::remove(pa);
  std::filesystem::remove(pb);
}

// Every margin threshold, one pass or two: what is saved is what loads, and
// a one-pass model is its own first pass.
TEST(TaggerTest, OneAndTwoPassModelsRoundTrip) {
  auto corpus = ParseConllu(ToyTreebank(), "toy");
  ASSERT_TRUE(corpus.ok());
  std::ostringstream log;
  const std::vector<std::string> text = {"Russia threatened Ukraine .", "the talks collapsed ."};
  for (const float margin : {0.0f, 10.0f, 1e9f}) {
    for (const bool two : {false, true}) {
      TaggerTrainOptions options = ToyOptions();
      options.second_pass = two;
      options.second_pass_margin = margin;
      auto trained = Tagger::Train(corpus->doc, corpus->doc, options, log);
      ASSERT_TRUE(trained.ok()) << trained.status().ToString();
      EXPECT_EQ(trained->num_passes(), two ? 2 : 1);
      const std::string path = TempPath("passes.bin");
      ASSERT_TRUE(trained->Save(path).ok());
      auto loaded = Tagger::Load(path);
      ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
      EXPECT_EQ(loaded->num_passes(), two ? 2 : 1);
      Document x = MakeDocument(text), y = MakeDocument(text);
      trained->Tag(x);
      loaded->Tag(y);
      for (size_t i = 0; i < x.tokens().size(); ++i) {
        EXPECT_EQ(x.tokens()[i].xpos, y.tokens()[i].xpos) << "margin " << margin << " token " << i;
      }
      EXPECT_EQ(Upos(y, y.sentences()[1]), Split("DET NOUN VERB PUNCT"));
      std::filesystem::remove(path);
    }
  }
}

TEST(TaggerTest, JackknifeFoldLeavesItsSentencesOut) {
  auto corpus = ParseConllu(ToyTreebank(), "toy");
  ASSERT_TRUE(corpus.ok());
  std::ostringstream log;
  TaggerTrainOptions options = ToyOptions();
  options.num_folds = 2;
  // Fold 0 holds sentence 0, the only one with an interjection: a tagger
  // trained without it cannot know the class.
  options.held_out_fold = 0;
  auto without = Tagger::Train(corpus->doc, corpus->doc, options, log);
  ASSERT_TRUE(without.ok()) << without.status().ToString();
  options.held_out_fold = 1;
  auto with = Tagger::Train(corpus->doc, corpus->doc, options, log);
  ASSERT_TRUE(with.ok());
  EXPECT_EQ(without->num_classes() + 1, with->num_classes());

  Document doc = MakeDocument({"wow Russia won ."});
  with->Tag(doc);
  EXPECT_EQ(doc.tokens()[0].upos, Upos::INTJ);
  without->Tag(doc);
  EXPECT_NE(doc.tokens()[0].upos, Upos::INTJ);

  options.held_out_fold = 2;  // not a fold of 2
  auto bad = Tagger::Train(corpus->doc, corpus->doc, options, log);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

TEST(TaggerTest, EwtDevAccuracy) {
  DYAD_SHARED_PATH_OR_SKIP(dev_path, "corpora/ud-english-ewt/en_ewt-ud-dev.conllu");
  auto tagger = Tagger::Load(testing::ModelPath("tagger.bin"));
  ASSERT_TRUE(tagger.ok()) << tagger.status().ToString();
  auto gold = ReadConllu(dev_path);
  auto predicted = ReadConllu(dev_path);
  ASSERT_TRUE(gold.ok() && predicted.ok());
  for (Token& t : predicted->doc.mutable_tokens()) {
    t.upos = Upos::kNone;
    t.xpos = 0;
  }
  tagger->Tag(predicted->doc);
  size_t upos = 0, xpos = 0;
  const auto g = gold->doc.tokens();
  const auto p = predicted->doc.tokens();
  for (size_t i = 0; i < g.size(); ++i) {
    upos += g[i].upos == p[i].upos;
    xpos += g[i].xpos == p[i].xpos;
  }
  // docs/TAGGER.md has the measured figures (UPOS 95.55, XPOS 94.90).
  EXPECT_GT(100.0 * upos / g.size(), 95.3);
  EXPECT_GT(100.0 * xpos / g.size(), 94.6);
}

}  // namespace
}  // namespace dyad
