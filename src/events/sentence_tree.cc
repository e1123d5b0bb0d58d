#include "events/sentence_tree.h"

#include <algorithm>

#include "dyad/tags.h"


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
      nummod(Id("nummod")), nmod_desc(Id("nmod:desc")), cc(Id("cc")) {}

std::string_view SentenceTree::LemmaOf(const Document& doc, const Token& t) {
  // The lemmatizer lowercases every word but proper nouns, which no
  // pattern names; without lemmas the normalised form stands in.
  const std::string_view lemma = doc.Lemma(t);
  return lemma.empty() ? doc.Norm(t) : lemma;
}

SentenceTree::SentenceTree(const Document& doc, uint32_t sentence_index,
                           const VerbHeadTest& is_verb_head)
    : doc_(doc) {
  const Sentence& s = doc.sentences()[sentence_index];
  first_ = s.first_token;
  n_ = s.token_count;
  const std::span<const Token> tokens = doc.tokens(s);
  tokens_.assign(tokens.begin(), tokens.end());
  lemmas_.resize(n_);
  for (uint32_t t = 0; t < n_; ++t) {
    lemmas_[t] = LemmaOf(doc, tokens_[t]);
  }
  if (is_verb_head) RepairVerblessClause(is_verb_head);
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

std::string SentenceTree::VerbLemmaOfEdForm(std::string_view form, const VerbHeadTest& is_verb_head) {
  if (form.size() < 5 || form.substr(form.size() - 2) != "ed") return {};
  if (std::any_of(form.begin(), form.end(), [](char c) { return c < 'a' || c > 'z'; })) return {};
  const std::string_view stem = form.substr(0, form.size() - 2);
  // "wounded" -> "wound"; "reduced" -> "reduce"; "stopped" -> "stop".
  std::string candidates[3] = {std::string(stem), std::string(form.substr(0, form.size() - 1)), {}};
  if (stem.size() >= 3 && stem[stem.size() - 1] == stem[stem.size() - 2]) {
    candidates[2] = std::string(stem.substr(0, stem.size() - 1));
  }
  for (std::string& c : candidates) {
    if (!c.empty() && is_verb_head(c)) return std::move(c);
  }
  return {};
}

void SentenceTree::RepairVerblessClause(const VerbHeadTest& is_verb_head) {
  const int n = static_cast<int>(n_);
  auto is_noun = [&](int t) { return tokens_[t].upos == Upos::NOUN || tokens_[t].upos == Upos::PROPN; };
  auto xpos = [&](int t) { return XposName(tokens_[t].xpos); };
  for (int w = 1; w + 1 < n; ++w) {
    const Token& tw = tokens_[w];
    if (tw.deprel != rel_.amod || (tw.upos != Upos::ADJ && tw.upos != Upos::VERB)) continue;
    if (xpos(w) != "JJ" && xpos(w) != "VBN" && xpos(w) != "VBD") continue;
    const int object = tw.head;
    if (object <= w || !is_noun(object)) continue;
    // The subject: a noun right before the participle, heading its phrase.
    const int subject = w - 1;
    if (!is_noun(subject)) continue;
    if (tokens_[subject].head > subject && tokens_[subject].head < w) continue;
    bool verb_before = false;
    for (int t = 0; t < w; ++t) {
      if (tokens_[t].upos == Upos::VERB || tokens_[t].upos == Upos::AUX) verb_before = true;
    }
    if (verb_before) return;
    // Every verb after it: a reporting verb past a comma.
    bool comma = false, other_verb = false;
    for (int t = w + 1; t < n; ++t) {
      if (doc_.Norm(tokens_[t]) == ",") comma = true;
      if (tokens_[t].upos == Upos::VERB || tokens_[t].upos == Upos::AUX) {
        const std::string_view l = lemmas_[t];
        const bool reporting = l == "say" || l == "tell" || l == "report" || l == "add";
        if (!comma || !reporting) other_verb = true;
      }
    }
    if (other_verb) return;
    repaired_lemma_ = VerbLemmaOfEdForm(doc_.Norm(tw), is_verb_head);
    if (repaired_lemma_.empty()) return;
    // Rewire: the participle takes the place of the clause, the nouns
    // around it become its subject and object.
    std::vector<Token> saved = tokens_;
    int up = tokens_[subject].head;
    if (up == object || up == w) up = tokens_[object].head;
    if (up == subject || up == w || up == object) up = -1;
    tokens_[w].head = up;
    tokens_[w].deprel = up < 0 ? tokens_[subject].deprel : rel_.ccomp;
    if (up < 0) tokens_[w].deprel = DeprelFromName("root").value_or(0);
    tokens_[w].upos = Upos::VERB;
    tokens_[subject].head = w;
    tokens_[subject].deprel = rel_.nsubj;
    tokens_[object].head = w;
    tokens_[object].deprel = rel_.obj;
    // "..., Palestinian officials and US witnesses said": speakers the
    // parse conjoined to the clause's nouns speak; they are not acted on.
    int comma_at = -1;
    for (int t = w + 1; t < n && comma_at < 0; ++t) {
      if (doc_.Norm(tokens_[t]) == ",") comma_at = t;
    }
    if (comma_at > 0 && up > comma_at) {
      bool has_subject = false;
      for (int t = 0; t < n; ++t) {
        if (tokens_[t].head == up && tokens_[t].deprel == rel_.nsubj) has_subject = true;
      }
      int speaker = -1;
      for (int t = comma_at + 1; t < up; ++t) {
        if (tokens_[t].deprel != rel_.conj || tokens_[t].head >= comma_at) continue;
        if (speaker < 0 && !has_subject) {
          speaker = t;
          tokens_[t].head = up;
          tokens_[t].deprel = rel_.nsubj;
        } else if (speaker >= 0) {
          tokens_[t].head = speaker;
        }
      }
    }
    // Keep a tree: undo on any cycle.
    for (int t = 0; t < n; ++t) {
      int x = t, steps = 0;
      while (x >= 0 && steps <= n) { x = tokens_[x].head; ++steps; }
      if (steps > n) { tokens_ = std::move(saved); repaired_lemma_.clear(); return; }
    }
    lemmas_[w] = repaired_lemma_;
    return;
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
