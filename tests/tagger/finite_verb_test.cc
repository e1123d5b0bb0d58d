// The finite-verb repair (tagger/finite_verb.h) on hand-tagged sentences,
// so that the rule is tested whatever the trained tagger predicts.
#include "tagger/finite_verb.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "make_document.h"

namespace dyad {
namespace {

// "word/UPOS/XPOS" items, one sentence; returns the XPOS after the repair.
std::vector<std::string> Repaired(const std::vector<std::string>& tagged) {
  std::string sentence;
  std::vector<std::pair<std::string, std::string>> tags;
  for (const std::string& item : tagged) {
    const size_t a = item.find('/'), b = item.rfind('/');
    sentence += (sentence.empty() ? "" : " ") + item.substr(0, a);
    tags.emplace_back(item.substr(a + 1, b - a - 1), item.substr(b + 1));
  }
  Document doc = testing::MakeDocument({sentence});
  std::vector<Token>& tokens = doc.mutable_tokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    tokens[i].upos = UposFromName(tags[i].first).value();
    tokens[i].xpos = XposFromName(tags[i].second).value();
  }
  RepairFiniteVerbs(doc);
  std::vector<std::string> out;
  for (const Token& t : doc.tokens()) out.emplace_back(XposName(t.xpos));
  return out;
}

TEST(FiniteVerbTest, ParticipleOfASentenceWithoutFiniteVerbIsPastTense) {
  EXPECT_EQ(Repaired({"Russian/ADJ/JJ", "troops/NOUN/NNS", "shelled/VERB/VBN", "Kharkiv/PROPN/NNP",
                      "./PUNCT/."}),
            (std::vector<std::string>{"JJ", "NNS", "VBD", "NNP", "."}));
  // A shared irregular form.
  EXPECT_EQ(Repaired({"soldiers/NOUN/NNS", "fought/VERB/VBN", "on/ADP/IN", "Monday/PROPN/NNP",
                      "./PUNCT/."})[1],
            "VBD");
}

TEST(FiniteVerbTest, LeavesSentencesThatHaveAFiniteVerb) {
  // "Troops stationed near the border withdrew.": the participle is right.
  EXPECT_EQ(Repaired({"Troops/NOUN/NNS", "stationed/VERB/VBN", "near/ADP/IN", "the/DET/DT",
                      "border/NOUN/NN", "withdrew/VERB/VBD", "./PUNCT/."})[1],
            "VBN");
}

TEST(FiniteVerbTest, LeavesPassivesPerfectsHeadlinesAndParticipleOnlyForms) {
  // An auxiliary before it: passive or perfect, whatever else is missing.
  EXPECT_EQ(Repaired({"Kharkiv/PROPN/NNP", "was/AUX/VBD", "shelled/VERB/VBN", "./PUNCT/."})[2],
            "VBN");
  EXPECT_EQ(Repaired({"troops/NOUN/NNS", "having/AUX/VBG", "shelled/VERB/VBN", "the/DET/DT",
                      "town/NOUN/NN", "./PUNCT/."})[2],
            "VBN");
  // A headline has no full stop: "Three killed in blast".
  EXPECT_EQ(Repaired({"Three/NUM/CD", "soldiers/NOUN/NNS", "killed/VERB/VBN", "in/ADP/IN",
                      "blast/NOUN/NN"})[2],
            "VBN");
  // No noun before it: nothing that could be its subject.
  EXPECT_EQ(Repaired({"Asked/VERB/VBN", "about/ADP/IN", "it/PRON/PRP", "./PUNCT/."})[0], "VBN");
  // "taken" is never a past tense.
  EXPECT_EQ(Repaired({"hostages/NOUN/NNS", "taken/VERB/VBN", "in/ADP/IN", "Gaza/PROPN/NNP",
                      "./PUNCT/."})[1],
            "VBN");
}

}  // namespace
}  // namespace dyad
