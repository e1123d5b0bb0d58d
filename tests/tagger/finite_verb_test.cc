// The finite-verb repair (tagger/finite_verb.h) on hand-tagged sentences,
// so that the rule is tested whatever the trained tagger predicts.
#include "tagger/finite_verb.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "make_document.h"

namespace dyad {
namespace {

// A stand-in for the tagger's lexicon: these forms are verbs' -ed forms.
bool KnownEdForm(std::string_view lower) {
  return lower == "shot" || lower == "froze" || lower == "killed" || lower == "shelled" ||
         lower == "fought" || lower == "taken" || lower == "stationed";
}

// "word/UPOS/XPOS" items, one sentence; returns the XPOS after the repair.
std::vector<std::string> Repaired(const std::vector<std::string>& tagged,
                                  const VerbEdFormTest& is_verb_ed_form = KnownEdForm) {
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
  RepairFiniteVerbs(doc, is_verb_ed_form);
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

TEST(FiniteVerbTest, ReportBeforeATrailingAttributionIsRepairedOnItsOwn) {
  EXPECT_EQ(Repaired({"Russian/ADJ/JJ", "artillery/NOUN/NN", "shelled/VERB/VBN", "Kharkiv/PROPN/NNP",
                      ",/PUNCT/,", "Ukrainian/ADJ/JJ", "officials/NOUN/NNS", "said/VERB/VBD",
                      "./PUNCT/."})[2],
            "VBD");
  EXPECT_EQ(Repaired({"troops/NOUN/NNS", "shelled/VERB/VBN", "the/DET/DT", "town/NOUN/NN",
                      ",/PUNCT/,", "said/VERB/VBD", "a/DET/DT", "spokesman/NOUN/NN", "./PUNCT/."})[1],
            "VBD");
  // A comma followed by a clause with another verb is no attribution: the
  // finite verb there counts ("Troops stationed there, officials feared,
  // withdrew" has its verb).
  EXPECT_EQ(Repaired({"Troops/NOUN/NNS", "stationed/VERB/VBN", "there/ADV/RB", ",/PUNCT/,",
                      "officials/NOUN/NNS", "said/VERB/VBD", "they/PRON/PRP", "withdrew/VERB/VBD",
                      "./PUNCT/."})[1],
            "VBN");
  // Nor is "said" when the tagger made it a participle: then nothing before
  // the comma is exempt, and the rule sees the sentence whole.
  EXPECT_EQ(Repaired({"Kharkiv/PROPN/NNP", "was/AUX/VBD", "shelled/VERB/VBN", ",/PUNCT/,",
                      "officials/NOUN/NNS", "said/VERB/VBD", "./PUNCT/."})[2],
            "VBN");
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

TEST(FiniteVerbTest, PastTenseReadAsNounOrAdjectiveIsPastTense) {
  EXPECT_EQ(Repaired({"Pakistan/PROPN/NNP", "shot/NOUN/NN", "down/ADV/RB", "two/NUM/CD",
                      "jets/NOUN/NNS", "./PUNCT/."}),
            (std::vector<std::string>{"NNP", "VBD", "RB", "CD", "NNS", "."}));
  EXPECT_EQ(Repaired({"Washington/PROPN/NNP", "froze/ADJ/JJ", "Iranian/ADJ/JJ", "assets/NOUN/NNS",
                      "./PUNCT/."})[1],
            "VBD");
  // Without the lexicon, only the first rule runs.
  EXPECT_EQ(Repaired({"Pakistan/PROPN/NNP", "shot/NOUN/NN", "down/ADV/RB", "two/NUM/CD",
                      "jets/NOUN/NNS", "./PUNCT/."},
                     VerbEdFormTest{})[1],
            "NN");
}

TEST(FiniteVerbTest, NounsThatCouldBeVerbsStayNounsWhereTheRuleDoesNotHold) {
  // A finite verb elsewhere: "shot" is the noun it is.
  EXPECT_EQ(Repaired({"The/DET/DT", "shot/NOUN/NN", "hit/VERB/VBD", "the/DET/DT", "car/NOUN/NN",
                      "./PUNCT/."})[1],
            "NN");
  // Not after a noun or pronoun: "A shot in the dark."
  EXPECT_EQ(Repaired({"A/DET/DT", "shot/NOUN/NN", "in/ADP/IN", "the/DET/DT", "dark/NOUN/NN",
                      "./PUNCT/."})[1],
            "NN");
  // At the end of the sentence, before punctuation: nothing follows to act on.
  EXPECT_EQ(Repaired({"Another/DET/DT", "police/NOUN/NN", "shot/NOUN/NN", "./PUNCT/."})[2], "NN");
  // A form the lexicon does not know as a verb's, or one that is never a
  // past tense ("taken"), or a capitalised word (a name).
  EXPECT_EQ(Repaired({"Iran/PROPN/NNP", "record/NOUN/NN", "high/ADJ/JJ", "./PUNCT/."})[1], "NN");
  EXPECT_EQ(Repaired({"hostages/NOUN/NNS", "taken/ADJ/JJ", "in/ADP/IN", "Gaza/PROPN/NNP",
                      "./PUNCT/."})[1],
            "JJ");
  EXPECT_EQ(Repaired({"General/PROPN/NNP", "Shot/NOUN/NN", "Smith/PROPN/NNP", "./PUNCT/."})[1],
            "NN");
}

}  // namespace
}  // namespace dyad
