// Pipeline::AnalyzeBatch runs each stage over the whole batch before the
// next; it must give every document exactly what Analyze gives it alone:
// tokens, tags, lemmas, heads, relations, diagnostics and events.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/pipeline.h"
#include "dyad/writer.h"
#include "test_paths.h"

namespace dyad {
namespace {

// Articles of different kinds: events, none, a "he" across sentences, an
// empty text, invalid UTF-8, a sentence with no full stop.
const std::vector<std::string>& Articles() {
  static const std::vector<std::string> articles = {
      "MOSCOW, Jan 22 (Reuters) - Russia accused Japan on Saturday of threatening its security. "
      "The Japanese foreign ministry said Tokyo would protest to Moscow.",
      "The weather in Moscow was cold. Prices rose by three percent in December.",
      "",
      "Russian President Vladimir Putin spoke by telephone with Chinese President Xi Jinping. "
      "He later condemned NATO's expansion to the east.",
      "Bad \xff\xfe bytes here, and Israeli troops attacked Palestinian militants in Gaza.",
      "Japan and the United States agreed to deepen military cooperation officials said",
      "China criticized the United States. Iran threatened to close the Strait of Hormuz.",
  };
  return articles;
}

// Everything the stages set, as text.
std::string Dump(const Document& doc) {
  std::ostringstream out;
  for (const Sentence& s : doc.sentences()) {
    out << "S " << s.begin << "-" << s.end << " parsed " << s.parsed << " cut "
        << s.parse_truncated << "\n";
    for (const Token& t : doc.tokens(s)) {
      out << t.begin << "-" << t.end << " " << doc.Norm(t) << " " << doc.Lemma(t) << " "
          << static_cast<int>(t.upos) << " " << int{t.xpos} << " " << t.head << " "
          << int{t.deprel} << "\n";
    }
  }
  for (const Diagnostic& d : doc.diagnostics()) {
    out << "D " << d.begin << "-" << d.end << " " << d.message << "\n";
  }
  auto writer = MakeEventWriter("jsonl", out);
  EXPECT_TRUE(writer.ok());
  EXPECT_TRUE((*writer)->Write(doc).ok());
  return out.str();
}

Document Make(const std::string& text, size_t i) {
  Document doc(text);
  doc.set_id("a" + std::to_string(i));
  doc.set_date(*Date::Parse("2022-01-22"));
  return doc;
}

class AnalyzeBatchTest : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(testing::ModelPath("parser.bin"))) {
      GTEST_SKIP() << "models/parser.bin is not present";
    }
  }
};

// Parameter: code events (parse only the selected sentences) or parse all.
TEST_P(AnalyzeBatchTest, SameAnalysisAsOneDocumentAtATime) {
  PipelineOptions options;
  options.model_dir = testing::SourcePath("models");
  options.code_events = GetParam();
  options.coder.dict_dir = testing::SourcePath("data");
  auto pipeline = Pipeline::Open(options);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();

  std::vector<Document> alone, batch;
  for (size_t i = 0; i < Articles().size(); ++i) {
    alone.push_back(Make(Articles()[i], i));
    batch.push_back(Make(Articles()[i], i));
    pipeline->Analyze(alone.back());
  }
  pipeline->AnalyzeBatch(batch);
  size_t events = 0;
  for (size_t i = 0; i < alone.size(); ++i) {
    EXPECT_EQ(Dump(batch[i]), Dump(alone[i])) << "article " << i;
    events += alone[i].events().size();
  }
  if (GetParam()) {
    EXPECT_GE(events, 4u);  // the comparison covers real events
  }
  EXPECT_FALSE(alone[0].sentences().empty());
  EXPECT_TRUE(alone[2].sentences().empty());

  // An empty batch is a no-op.
  pipeline->AnalyzeBatch({});
}

INSTANTIATE_TEST_SUITE_P(CodeOrParse, AnalyzeBatchTest, ::testing::Values(true, false));

}  // namespace
}  // namespace dyad
