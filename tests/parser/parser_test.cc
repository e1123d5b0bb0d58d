// Parser end to end on hand-built data: learning a tiny treebank, save/load,
// damaged model files, the long-sentence fallback.
#include "parser/parser.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/conllu.h"
#include "parser/oracle.h"

namespace dyad {
namespace {

// Six short sentences, repeated by the trainer's epochs.
constexpr char kTreebank[] =
    "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tattack\tattack\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tenvoy\tenvoy\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
    "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
    "7\tParis\tParis\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
    "4\tconvoy\tconvoy\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
    "5\tnear\tnear\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tKabul\tKabul\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tChina\tChina\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tit\tit\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "4\twelcomed\twelcome\tVERB\tVBD\t_\t2\tccomp\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
    "6\ttalks\ttalk\tNOUN\tNNS\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tPolice\tpolice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tarrested\tarrest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\ttwo\ttwo\tNUM\tCD\t_\t4\tnummod\t_\t_\n"
    "4\tmen\tman\tNOUN\tNNS\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tarmy\tarmy\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tshelled\tshell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\ttown\ttown\tNOUN\tNN\t_\t3\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n";

ConlluCorpus ReadSample() {
  auto corpus = ParseConllu(kTreebank, "sample.conllu");
  EXPECT_TRUE(corpus.ok()) << corpus.status().ToString();
  return std::move(corpus).value();
}

Parser TrainSample() {
  const ConlluCorpus train = ReadSample();
  ParserTrainOptions options;
  options.epochs = 8;
  options.min_word_count = 1;
  options.min_weight = 0.0f;  // a tiny treebank learns only small weights
  std::ostringstream log;
  auto parser = Parser::Train(train.doc, train.doc, options, log);
  EXPECT_TRUE(parser.ok()) << parser.status().ToString();
  return std::move(parser).value();
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() / name).string();
}

void ClearParse(Document& doc) {
  for (Token& t : doc.mutable_tokens()) {
    t.head = -1;
    t.deprel = 0;
  }
}

// Heads within the sentence, one root (head -1, relation "root"), no cycle.
void ExpectTree(const Document& doc, const Sentence& s) {
  const auto tokens = doc.tokens(s);
  const int n = static_cast<int>(tokens.size());
  std::vector<int32_t> heads(n);
  for (int i = 0; i < n; ++i) {
    ASSERT_GE(tokens[i].head, -1);
    ASSERT_LT(tokens[i].head, n);
    heads[i] = tokens[i].head < 0 ? n : tokens[i].head;
    EXPECT_EQ(tokens[i].head < 0, DeprelName(tokens[i].deprel) == "root") << "word " << i;
    EXPECT_NE(tokens[i].deprel, 0) << "word " << i;
  }
  EXPECT_TRUE(parser::IsTree(heads));
}

TEST(ParserTest, LearnsTinyTreebank) {
  const Parser parser = TrainSample();
  ConlluCorpus gold = ReadSample();
  ConlluCorpus test = ReadSample();
  ClearParse(test.doc);
  parser.Parse(test.doc, ParserOptions{});
  size_t right = 0;
  for (size_t i = 0; i < test.doc.tokens().size(); ++i) {
    right += test.doc.tokens()[i].head == gold.doc.tokens()[i].head &&
             test.doc.tokens()[i].deprel == gold.doc.tokens()[i].deprel;
  }
  // The training sentences themselves: (nearly) all arcs right.
  EXPECT_GE(right + 2, test.doc.tokens().size());
  for (const Sentence& s : test.doc.sentences()) ExpectTree(test.doc, s);
}

TEST(ParserTest, SaveLoadRoundTripParsesIdentically) {
  const Parser parser = TrainSample();
  const std::string path = TempPath("dyad_parser_test_roundtrip.bin");
  ASSERT_TRUE(parser.Save(path).ok());
  auto loaded = Parser::Load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  EXPECT_EQ(loaded->num_weights(), parser.num_weights());
  ConlluCorpus a = ReadSample();
  ConlluCorpus b = ReadSample();
  ClearParse(a.doc);
  ClearParse(b.doc);
  parser.Parse(a.doc, ParserOptions{});
  loaded->Parse(b.doc, ParserOptions{});
  for (size_t i = 0; i < a.doc.tokens().size(); ++i) {
    EXPECT_EQ(a.doc.tokens()[i].head, b.doc.tokens()[i].head);
    EXPECT_EQ(a.doc.tokens()[i].deprel, b.doc.tokens()[i].deprel);
  }
  std::filesystem::remove(path);
}

TEST(ParserTest, TrainingIsDeterministic) {
  const std::string a = TempPath("dyad_parser_test_det_a.bin");
  const std::string b = TempPath("dyad_parser_test_det_b.bin");
  ASSERT_TRUE(TrainSample().Save(a).ok());
  ASSERT_TRUE(TrainSample().Save(b).ok());
  std::ifstream fa(a, std::ios::binary), fb(b, std::ios::binary);
  const std::string bytes_a((std::istreambuf_iterator<char>(fa)), {});
  const std::string bytes_b((std::istreambuf_iterator<char>(fb)), {});
  EXPECT_FALSE(bytes_a.empty());
  EXPECT_EQ(bytes_a, bytes_b);
  std::filesystem::remove(a);
  std::filesystem::remove(b);
}

TEST(ParserTest, MissingModelNamesTheFile) {
  auto parser = Parser::Load("/nonexistent/dyad/parser.bin");
  ASSERT_FALSE(parser.ok());
  EXPECT_EQ(parser.status().code(), StatusCode::kNotFound);
  EXPECT_NE(parser.status().message().find("/nonexistent/dyad/parser.bin"), std::string::npos);
}

TEST(ParserTest, CorruptModelIsAnErrorNamingTheFile) {
  const std::string path = TempPath("dyad_parser_test_corrupt.bin");
  ASSERT_TRUE(TrainSample().Save(path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign((std::istreambuf_iterator<char>(in)), {});
  }
  ASSERT_GT(bytes.size(), 100u);
  auto write = [&](const std::string& content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
  };
  // A flipped payload byte: the checksum catches it.
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x5a;
  write(flipped);
  auto damaged = Parser::Load(path);
  ASSERT_FALSE(damaged.ok());
  EXPECT_EQ(damaged.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(damaged.status().message().find(path), std::string::npos);
  // Cut short.
  write(bytes.substr(0, bytes.size() - 10));
  auto truncated = Parser::Load(path);
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.status().message().find(path), std::string::npos);
  // Another kind of model file.
  std::string tagger = bytes;
  tagger.replace(4, 4, "TAGR");
  write(tagger);
  auto foreign = Parser::Load(path);
  ASSERT_FALSE(foreign.ok());
  EXPECT_NE(foreign.status().message().find(path), std::string::npos);
  std::filesystem::remove(path);
}

// One sentence of `n` tokens: "the men said that the men said that ...".
Document LongSentence(int n) {
  static constexpr const char* kWords[] = {"the", "men", "said", "that"};
  static constexpr Upos kUpos[] = {Upos::DET, Upos::NOUN, Upos::VERB, Upos::SCONJ};
  static constexpr const char* kXpos[] = {"DT", "NNS", "VBD", "IN"};
  std::string text;
  for (int i = 0; i < n; ++i) {
    text += kWords[i % 4];
    text += ' ';
  }
  Document doc(text);
  uint32_t offset = 0;
  for (int i = 0; i < n; ++i) {
    Token t;
    const std::string_view word = kWords[i % 4];
    t.begin = offset;
    t.end = offset + static_cast<uint32_t>(word.size());
    t.norm = doc.AppendToArena(word);
    t.upos = kUpos[i % 4];
    t.xpos = *XposFromName(kXpos[i % 4]);
    doc.mutable_tokens().push_back(t);
    offset = t.end + 1;
  }
  Sentence s;
  s.end = offset;
  s.token_count = static_cast<uint32_t>(n);
  doc.mutable_sentences().push_back(s);
  return doc;
}

TEST(ParserTest, OverlongSentenceFallsBackToFlatAttachment) {
  const Parser parser = TrainSample();
  Document doc = LongSentence(5000);
  ParserOptions options;
  options.max_tokens = 250;
  parser.Parse(doc, options);
  const Sentence& s = doc.sentences()[0];
  EXPECT_TRUE(s.parse_truncated);
  ExpectTree(doc, s);
  // Past the limit: flat under the parsed part's root, relation "dep".
  int root = -1;
  for (int i = 0; i < 250; ++i) {
    if (doc.tokens()[i].head < 0) root = i;
  }
  ASSERT_GE(root, 0);
  for (int i = 250; i < 5000; ++i) {
    EXPECT_EQ(doc.tokens()[i].head, root);
    EXPECT_EQ(DeprelName(doc.tokens()[i].deprel), "dep");
  }
  ASSERT_EQ(doc.diagnostics().size(), 1u);
  EXPECT_NE(doc.diagnostics()[0].message.find("5000"), std::string::npos);
}

TEST(ParserTest, LongSentenceWithinTheLimitIsParsedWhole) {
  const Parser parser = TrainSample();
  Document doc = LongSentence(5000);
  ParserOptions options;
  options.max_tokens = 5000;
  parser.Parse(doc, options);
  EXPECT_FALSE(doc.sentences()[0].parse_truncated);
  EXPECT_TRUE(doc.diagnostics().empty());
  ExpectTree(doc, doc.sentences()[0]);
}

TEST(ParserTest, EmptyAndOneWordSentences) {
  const Parser parser = TrainSample();
  Document doc = LongSentence(1);
  Sentence empty;
  empty.first_token = 1;
  doc.mutable_sentences().push_back(empty);
  parser.Parse(doc, ParserOptions{});
  EXPECT_EQ(doc.tokens()[0].head, -1);
  EXPECT_EQ(DeprelName(doc.tokens()[0].deprel), "root");
}

}  // namespace
}  // namespace dyad
