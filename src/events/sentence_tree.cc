#include "events/sentence_tree.h"


namespace dyad {
namespace {

Deprel Id(std::string_view name) { return DeprelFromName(name).value_or(0); }

}  // namespace

RelationIds::RelationIds()
    : nsubj(Id("nsubj")), nsubj_pass(Id("nsubj:pass")), obj(Id("obj")), iobj(Id("iobj")),
      obl(Id("obl")), obl_agent(Id("obl:agent")), nmod(Id("nmod")), nmod_poss(Id("nmod:poss")),
      amod(Id("amod")), compound(Id("compound")), flat(Id("flat")), appos(Id("appos")),
      conj(Id("conj")), xcomp(Id("xcomp")), ccomp(Id("ccomp")), advcl(Id("advcl")), acl(Id("acl")),
      acl_relcl(Id("acl:relcl")), parataxis(Id("parataxis")), advmod(Id("advmod")), aux(Id("aux")),
      aux_pass(Id("aux:pass")), mark(Id("mark")), case_(Id("case")),
      compound_prt(Id("compound:prt")), cop(Id("cop")), obl_tmod(Id("obl:tmod")),
      obl_unmarked(Id("obl:unmarked")), nmod_unmarked(Id("nmod:unmarked")), det(Id("det")),
      nummod(Id("nummod")), nmod_desc(Id("nmod:desc")) {}

std::string_view SentenceTree::LemmaOf(const Document& doc, const Token& t) {
  // The lemmatizer lowercases every word but proper nouns, which no
  // pattern names; without lemmas the normalised form stands in.
  const std::string_view lemma = doc.Lemma(t);
  return lemma.empty() ? doc.Norm(t) : lemma;
}

SentenceTree::SentenceTree(const Document& doc, uint32_t sentence_index) : doc_(doc) {
  const Sentence& s = doc.sentences()[sentence_index];
  first_ = s.first_token;
  n_ = s.token_count;
  tokens_ = doc.tokens(s);
  lemmas_.resize(n_);
  for (uint32_t t = 0; t < n_; ++t) {
    lemmas_[t] = LemmaOf(doc, tokens_[t]);
  }
  // Children in CSR form: count, prefix sums, fill.
  child_begin_.assign(n_ + 1, 0);
  for (uint32_t t = 0; t < n_; ++t) {
    const int h = tokens_[t].head;
    if (h >= 0 && h < static_cast<int>(n_)) ++child_begin_[h + 1];
  }
  for (uint32_t t = 0; t < n_; ++t) child_begin_[t + 1] += child_begin_[t];
  child_list_.assign(child_begin_[n_], 0);
  std::vector<uint32_t> fill(child_begin_.begin(), child_begin_.end() - 1);
  for (uint32_t t = 0; t < n_; ++t) {
    const int h = tokens_[t].head;
    if (h >= 0 && h < static_cast<int>(n_)) child_list_[fill[h]++] = static_cast<int>(t);
  }
  mention_.assign(n_, -1);
  const auto& actors = doc.actors();
  for (size_t m = 0; m < actors.size(); ++m) {
    if (actors[m].sentence != sentence_index) continue;
    // Words covered by the mention point to it; its head wins over others.
    for (uint32_t k = actors[m].first_token; k < actors[m].end_token; ++k) {
      if (mention_[k - first_] < 0) mention_[k - first_] = static_cast<int>(m);
    }
    mention_[actors[m].head_token - first_] = static_cast<int>(m);
  }
  place_.assign(n_, -1);
  const auto& places = doc.places();
  for (size_t p = 0; p < places.size(); ++p) {
    if (places[p].sentence != sentence_index) continue;
    for (uint32_t k = places[p].first_token; k < places[p].end_token; ++k) {
      if (place_[k - first_] < 0) place_[k - first_] = static_cast<int>(p);
    }
    place_[places[p].head_token - first_] = static_cast<int>(p);
  }
}

int SentenceTree::child(int t, Deprel r) const {
  for (int c : children(t)) {
    if (rel(c) == r) return c;
  }
  return -1;
}

std::string_view SentenceTree::case_of(int t) const {
  for (int c : children(t)) {
    if (rel(c) == rel_.case_) return lemma(c);
  }
  return {};
}

int SentenceTree::depth(int t) const {
  int d = 0;
  while (t >= 0 && head(t) >= 0 && d < 64) {
    t = head(t);
    ++d;
  }
  return d;
}

}  // namespace dyad
