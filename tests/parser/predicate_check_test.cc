// The predicate check (parser/predicate_check.h) on hand-parsed sentences.
#include "parser/predicate_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/tags.h"
#include "tagger/make_document.h"

namespace dyad::parser {
namespace {

// One sentence of "word/UPOS/XPOS/head/relation" items, heads as in
// CoNLL-U (1-based, 0 for the root).
bool Misses(const std::vector<std::string>& items) {
  std::string sentence;
  for (const std::string& item : items) {
    sentence += (sentence.empty() ? "" : " ") + item.substr(0, item.find('/'));
  }
  Document doc = testing::MakeDocument({sentence});
  std::vector<Token>& tokens = doc.mutable_tokens();
  for (size_t i = 0; i < items.size(); ++i) {
    std::vector<std::string> f;
    size_t start = 0;
    for (size_t slash; (slash = items[i].find('/', start)) != std::string::npos; start = slash + 1) {
      f.push_back(items[i].substr(start, slash - start));
    }
    f.push_back(items[i].substr(start));
    tokens[i].upos = UposFromName(f[1]).value();
    tokens[i].xpos = XposFromName(f[2]).value();
    tokens[i].head = std::stoi(f[3]) - 1;
    tokens[i].deprel = DeprelFromName(f[4]).value();
  }
  return MissesItsPredicate(doc, doc.tokens());
}

TEST(PredicateCheckTest, AVerbBuriedUnderANounIsAMissingPredicate) {
  // The cascade's parse of "Bahrain, Egypt and the UAE cut ties with Qatar."
  EXPECT_TRUE(Misses({"Bahrain/PROPN/NNP/0/root", "and/CCONJ/CC/5/cc", "Emirates/PROPN/NNP/4/compound",
                      "cut/VERB/VB/5/compound", "ties/NOUN/NNS/1/conj", "with/ADP/IN/7/case",
                      "Qatar/PROPN/NNP/5/nmod", "./PUNCT/./1/punct"}));
}

TEST(PredicateCheckTest, SentencesWithAPredicatePass) {
  // A verb at the root.
  EXPECT_FALSE(Misses({"Bahrain/PROPN/NNP/2/nsubj", "cut/VERB/VBD/0/root", "ties/NOUN/NNS/2/obj",
                       "./PUNCT/./2/punct"}));
  // A nominal predicate with its copula: "Kyiv is the capital."
  EXPECT_FALSE(Misses({"Kyiv/PROPN/NNP/4/nsubj", "is/AUX/VBZ/4/cop", "the/DET/DT/4/det",
                       "capital/NOUN/NN/0/root", "./PUNCT/./4/punct"}));
  // A verb heading a clause below a nominal root: "The reason: troops left."
  EXPECT_FALSE(Misses({"reason/NOUN/NN/0/root", ":/PUNCT/:/4/punct", "troops/NOUN/NNS/4/nsubj",
                       "left/VERB/VBD/1/parataxis", "./PUNCT/./1/punct"}));
}

TEST(PredicateCheckTest, HeadlinesAndVerblessSentencesAreLeftAlone) {
  // No full stop: a headline ("Gulf states cut ties with Qatar").
  EXPECT_FALSE(Misses({"states/NOUN/NNS/0/root", "cut/VERB/VB/3/compound", "ties/NOUN/NNS/1/conj"}));
  // No verb form at all: "A father of two."
  EXPECT_FALSE(Misses({"A/DET/DT/2/det", "father/NOUN/NN/0/root", "of/ADP/IN/4/case",
                       "two/NUM/CD/2/nmod", "./PUNCT/./2/punct"}));
  // A participle is no verb form of a predicate: "Three soldiers killed."
  EXPECT_FALSE(Misses({"Three/NUM/CD/2/nummod", "soldiers/NOUN/NNS/0/root", "killed/VERB/VBN/2/acl",
                       "./PUNCT/./2/punct"}));
}

}  // namespace
}  // namespace dyad::parser
