// SentenceTree: read-only navigation of one parsed sentence for the coder:
// children of each word (contiguous arrays), relation tests by id, lemmas,
// and which actor mention or place a word heads. Indices are sentence-relative.
#ifndef DYAD_EVENTS_SENTENCE_TREE_H_
#define DYAD_EVENTS_SENTENCE_TREE_H_

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad {

// Relation ids the coder asks about, resolved once.
struct RelationIds {
  RelationIds();
  Deprel nsubj, nsubj_pass, obj, iobj, obl, obl_agent, nmod, nmod_poss, amod, compound, flat,
      appos, conj, xcomp, ccomp, advcl, acl, acl_relcl, parataxis, advmod, aux, aux_pass, mark,
      case_, compound_prt, cop, obl_tmod, obl_unmarked, nmod_unmarked, det, nummod, nmod_desc, cc;
};

class SentenceTree {
 public:
  // Says whether a verb lemma heads some pattern (for RepairVerblessClause).
  using VerbHeadTest = std::function<bool(std::string_view)>;
  // `is_verb_head`, when given, lets the tree read a verb the parse missed
  // (RepairVerblessClause).
  SentenceTree(const Document& doc, uint32_t sentence_index, const VerbHeadTest& is_verb_head = {});

  // The verb lemma a lowercase "-ed" form may come from ("wounded" ->
  // "wound", "reduced" -> "reduce", "stopped" -> "stop"), the first that
  // `is_verb_head` accepts; empty if none.
  static std::string VerbLemmaOfEdForm(std::string_view form, const VerbHeadTest& is_verb_head);

  uint32_t size() const { return n_; }
  uint32_t doc_index(int t) const { return first_ + static_cast<uint32_t>(t); }
  const Token& token(int t) const { return tokens_[t]; }
  int head(int t) const { return tokens_[t].head; }
  Deprel rel(int t) const { return tokens_[t].deprel; }
  Upos upos(int t) const { return tokens_[t].upos; }
  std::string_view lemma(int t) const { return lemmas_[t]; }
  // The lemma the tree gives token t of `doc` (its lemma, else its form).
  static std::string_view LemmaOf(const Document& doc, const Token& t);
  std::string_view norm(int t) const { return doc_.Norm(tokens_[t]); }
  std::span<const int> children(int t) const {
    return std::span<const int>(child_list_).subspan(child_begin_[t], child_begin_[t + 1] - child_begin_[t]);
  }
  // Index into doc.actors() of the mention headed (or covered) by t; -1 if none.
  int mention(int t) const { return mention_[t]; }
  // Index into doc.places() of the place headed (or covered) by t; -1 if none.
  int place(int t) const { return place_[t]; }
  // First child of t with relation r (or -1).
  int child(int t, Deprel r) const;
  // The case marker ("on", "with") of nominal t, lowercased lemma or "".
  std::string_view case_of(int t) const;
  // Depth of t from the root (root = 0); bounded.
  int depth(int t) const;

 private:
  const Document& doc_;
  uint32_t first_ = 0;
  uint32_t n_ = 0;
  // "Guerrillas wounded two soldiers, police said", parsed with no verb
  // ("wounded" an adjective of "soldiers"): a clause needs a verb, so the
  // "-ed" word between its subject and object is read as one. Only when
  // no word before it is a verb and every verb after it is a reporting
  // verb past a comma, so a real adjective ("state owned media reported")
  // is left alone.
  void RepairVerblessClause(const VerbHeadTest& is_verb_head);

  std::vector<Token> tokens_;  // a copy: RepairVerblessClause may rewire it
  std::string repaired_lemma_;
  std::vector<std::string_view> lemmas_;  // lemma (or norm) per word
  std::vector<uint32_t> child_begin_;
  std::vector<int> child_list_;
  std::vector<int> mention_;
  std::vector<int> place_;
  RelationIds rel_;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_SENTENCE_TREE_H_
