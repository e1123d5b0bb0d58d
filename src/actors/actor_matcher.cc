#include "actors/actor_matcher.h"

#include <algorithm>

#include "actors/phrase_key.h"

namespace dyad {
namespace {

// Names longer than this many tokens do not occur in news; the bound keeps
// matching linear in sentence length.
constexpr uint32_t kMaxNameTokens = 12;

bool StartsWithCapital(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s.front());
  if (c >= 'a' && c <= 'z') return false;
  return true;  // capitals, digits, non-ASCII letters
}

// Whether the run first..last reads as a proper name: it starts with a
// capital, or with the Arabic article that wire copy writes in lowercase
// before a capitalised word ("al-Qaeda", "al Qaida", "el-Arish"), where
// the article alone would leave "top al-Qaeda leaders" unnamed.
bool IsProperNameRun(std::string_view first, std::string_view last, bool single) {
  if (StartsWithCapital(first)) return true;
  return !single && (first == "al" || first == "el") && StartsWithCapital(last);
}

// "the West": a name led by a lowercase article (wire copy writes "the" in
// lowercase mid-sentence) is proper when the word after the article is
// capitalised, and only where the capitalised run ends with the name: in
// "the West Bank" or "the West African states" the article belongs to no
// name. `next` is the token after the run ("" at the end of the sentence).
// A capitalised "The" keeps the plain rule ("The Hague Tribunal").
bool IsArticleNameRun(std::string_view last, bool single, std::string_view next) {
  return !single && StartsWithCapital(last) && !StartsWithCapital(next);
}

bool AllLowercase(std::string_view s) {
  for (const char c : s) {
    if (c >= 'A' && c <= 'Z') return false;
  }
  return true;
}

// Punctuation and the possessive start no name.
bool IsSkipped(const Document& doc, const Token& t) {
  return t.upos == Upos::PUNCT || doc.Norm(t) == "'s";
}

// "thousands of Kenyans", "2,000 Libyans", "many Afghans": a plural
// demonym counted as a crowd names people of the country (its civilians,
// CVL), not the country acting; a bare "Palestinians" or "the Israelis"
// stays the country, as news means the side. [first, end) is the demonym's
// run in `tokens`.
bool IsCountedPeople(const Document& doc, std::span<const Token> tokens, uint32_t first,
                     uint32_t end) {
  const Token& last = tokens[end - 1];
  const std::string_view tag = XposName(last.xpos);
  if (tag != "NNS" && tag != "NNPS") return false;
  // A modifier of a following noun ("Kenyans' anger" aside) is no crowd.
  if (end < tokens.size() && (tokens[end].upos == Upos::NOUN || tokens[end].upos == Upos::PROPN)) {
    return false;
  }
  if (first == 0) return false;
  const Token& before = tokens[first - 1];
  // A number counts them only when it modifies them: "2,000 Libyans", not
  // a dateline's year ("June 19, 2018 Palestinians ...").
  if (before.upos == Upos::NUM) return before.head < 0 || before.head == static_cast<int32_t>(end - 1);
  // The lemma is lowercase ("Many" -> "many"); without lemmas, the form.
  const std::string_view word = doc.Lemma(before).empty() ? doc.Norm(before) : doc.Lemma(before);
  for (std::string_view q : {"many", "several", "some", "numerous", "few"}) {
    if (word == q) return true;
  }
  if (word != "of" || first < 2) return false;
  const std::string_view amount = doc.Lemma(tokens[first - 2]);
  for (std::string_view q : {"thousand", "hundred", "dozen", "million", "ten", "score", "crowd",
                             "group", "number", "throng", "mob", "busload"}) {
    if (amount == q) return true;
  }
  return false;
}

bool IsNominal(Upos u) { return u == Upos::NOUN || u == Upos::PROPN || u == Upos::kNone; }

// Kinds a name can take, most specific first, for names with several
// readings ("Georgia" the country vs. a person's alias).
int KindRank(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return 0;
    case ActorKind::kOrganization: return 1;
    case ActorKind::kGovSeat: return 2;
    case ActorKind::kCountry: return 3;
    case ActorKind::kAgent: return 4;
    case ActorKind::kComposite: return 5;
  }
  return 6;
}

}  // namespace

bool ActorMatcher::IsWaters(const ActorName& name) const {
  return name.place && dict_.place(name.entry).country.empty();
}

int ActorMatcher::RankOf(const ActorName& name) const {
  // A name that is both an actor's and a place's is the actor: the
  // dictionary lint reports such names, and the actor reading is the one
  // the coder needs ("Moscow said").
  return name.place ? 100 : KindRank(dict_.entry(name.entry).kind);
}

ActorMatcher::ActorMatcher(const ActorDictionary& dict) : dict_(dict) {
  for (size_t i = 0; i < dict.size(); ++i) {
    if (dict.entry(static_cast<uint32_t>(i)).kind == ActorKind::kCountry) {
      countries_.insert(dict.entry(static_cast<uint32_t>(i)).code);
    }
  }
}

void ActorMatcher::SplitCode(const std::string& code, std::string* country,
                             std::string* agent) const {
  country->clear();
  agent->clear();
  if (code.size() == 3 && !countries_.count(code)) {
    *agent = code;  // a bare agent
    return;
  }
  if (code.size() >= 3 && countries_.count(code.substr(0, 3))) {
    *country = code.substr(0, 3);
    if (code.size() >= 6) *agent = code.substr(3, 3);
  }
}

void ActorMatcher::Match(Document& doc) const {
  doc.mutable_actors().clear();
  doc.mutable_places().clear();
  for (uint32_t s = 0; s < doc.sentences().size(); ++s) MatchSentence(doc, s);
}

const ActorName* ActorMatcher::LongestNameAt(const Document& doc, std::span<const Token> tokens,
                                             uint32_t i, uint32_t* end) const {
  const auto n = static_cast<uint32_t>(tokens.size());
  uint32_t best_end = 0;
  const ActorName* best = nullptr;
  PhraseKey key;
  for (uint32_t j = i; j < n && j < i + kMaxNameTokens; ++j) {
    const std::string_view norm = doc.Norm(tokens[j]);
    PhraseKey by_lemma = key;
    const int taken = key.Extend(norm);
    if (key.length() > dict_.max_key_length()) break;
    // Punctuation adds nothing to the key, so without this check "Kyrgyz ,"
    // would be a longer match than "Kyrgyz" and swallow the list's comma;
    // a name may hold punctuation ("Guinea - Bissau") but not end on it.
    if (taken == 0 && j > i) continue;
    auto consider = [&](uint64_t h, bool via_lemma) {
      if (!dict_.MayBeName(h)) return;
      const auto* names = dict_.Find(h);
      if (!names) return;
      for (const ActorName& name : *names) {
        const std::string_view first = doc.Norm(tokens[i]);
        if (name.caps_only && AllLowercase(first)) continue;
        // A shared surname ("Yoon") is the listed person only while in
        // office; otherwise it is no name at all, for CountNames as well.
        if (name.in_office && !dict_.entry(name.entry).InOfficeOn(doc.date())) continue;
        const int rank = RankOf(name);
        const std::string_view next = j + 1 < n ? doc.Norm(tokens[j + 1]) : std::string_view();
        const bool proper = first == "the" ? IsArticleNameRun(norm, j == i, next)
                                           : IsProperNameRun(first, norm, j == i);
        if (name.place) {
          // A place is a proper name, like a country's.
          if (via_lemma || !proper) continue;
        } else if (dict_.entry(name.entry).kind == ActorKind::kAgent) {
          if (!IsNominal(tokens[j].upos)) continue;
          // The first part of a hyphenated modifier ("an intelligence-sharing
          // pact", "army-backed militias") names a kind of thing, not who acts.
          if (j + 2 < n && !tokens[j].space_after && doc.Norm(tokens[j + 1]) == "-" &&
              !tokens[j + 1].space_after) {
            continue;
          }
        } else {
          if (via_lemma || !proper) continue;
        }
        if (j + 1 > best_end || (j + 1 == best_end && rank < RankOf(*best))) {
          best_end = j + 1;
          best = &name;
        }
      }
    };
    consider(key.hash(), false);
    const std::string_view lemma = doc.Lemma(tokens[j]);
    if (!lemma.empty() && lemma != norm) {
      by_lemma.Extend(lemma);
      consider(by_lemma.hash(), true);
    }
    // Most runs start no name: stop as soon as none can follow (a run with
    // no key characters yet, such as a symbol, may still lead into one).
    // The lemma form only ever ends a name, so only the form key goes on.
    if (key.length() > 0 && !dict_.MayStartName(key.hash())) break;
  }
  // "The West Bank": an article-led name ("The West") that a name starting
  // after the article overruns ("West Bank") is not this name; the article
  // belongs to the longer one, which the caller finds at the next word.
  const std::string_view article = doc.Norm(tokens[i]);
  if (best && (article == "the" || article == "The") && i + 1 < n) {
    uint32_t inner_end = 0;
    if (LongestNameAt(doc, tokens, i + 1, &inner_end) && inner_end > best_end) return nullptr;
  }
  *end = best_end;
  return best;
}

const ActorName* ActorMatcher::NextName(const Document& doc, std::span<const Token> tokens,
                                        uint32_t* i, uint32_t* end) const {
  for (; *i < tokens.size(); ++*i) {
    if (IsSkipped(doc, tokens[*i])) continue;
    if (const ActorName* name = LongestNameAt(doc, tokens, *i, end)) return name;
  }
  return nullptr;
}

ActorMatcher::NameCount ActorMatcher::CountNames(const Document& doc, const Sentence& sentence,
                                                int limit) const {
  const auto tokens = doc.tokens(sentence);
  NameCount count;
  uint32_t i = 0, end = 0;
  while (count.names < limit || !count.coded) {
    const ActorName* name = NextName(doc, tokens, &i, &end);
    if (!name) break;
    // International waters name no one; their words are only kept from
    // being a country's (MatchSentence records nothing for them either).
    if (IsWaters(*name)) {
      i = end;
      continue;
    }
    count.names = std::min(count.names + 1, limit);
    count.coded = count.coded || name->place || dict_.entry(name->entry).kind != ActorKind::kAgent;
    i = end;
  }
  return count;
}

void ActorMatcher::MatchSentence(Document& doc, uint32_t sentence_index) const {
  const Sentence sentence = doc.sentences()[sentence_index];
  const auto tokens = doc.tokens(sentence);
  const size_t first_mention = doc.actors().size();
  const size_t first_place = doc.places().size();
  std::vector<uint8_t> demonym;  // per mention of this sentence
  uint32_t i = 0, best_end = 0;
  while (const ActorName* best = NextName(doc, tokens, &i, &best_end)) {
    const uint32_t first = sentence.first_token + i;
    const uint32_t end = sentence.first_token + best_end;
    // The head: the last word whose syntactic head lies outside the name.
    uint32_t head = end - 1;
    for (uint32_t k = i; k < best_end; ++k) {
      const int32_t h = tokens[k].head;
      if (h < static_cast<int32_t>(i) || h >= static_cast<int32_t>(best_end)) {
        head = sentence.first_token + k;
      }
    }
    const uint32_t i_first = i;
    i = best_end;
    if (best->place) {
      const PlaceEntry& p = dict_.place(best->entry);
      if (IsWaters(*best)) continue;  // "the South China Sea": not China, nor anyone's place
      doc.mutable_places().push_back({sentence_index, first, end, head, p.country, p.name});
      continue;
    }
    const ActorEntry& e = dict_.entry(best->entry);
    ActorMention m;
    m.sentence = sentence_index;
    m.first_token = first;
    m.end_token = end;
    m.head_token = head;
    m.kind = e.kind;
    m.code = e.CodeOn(doc.date());
    m.entry = e.name;
    const bool is_demonym = e.kind == ActorKind::kCountry && e.adjective;
    if (is_demonym && IsCountedPeople(doc, tokens, i_first, best_end)) {
      m.kind = ActorKind::kComposite;
      m.code = e.code + "CVL";
      m.entry = e.name + " + people";
    }
    if (!m.code.empty()) {
      SplitCode(m.code, &m.country, &m.agent);
      // "the West" (WST), "the international community" (IGO): an
      // organisation coded by a bare region code is a collective actor of
      // its own, not an agent waiting for the sentence's country ("blamed
      // the West for the war in Ukraine" is not Ukraine).
      if (e.kind == ActorKind::kOrganization && m.country.empty() && m.agent == m.code) {
        m.country = m.code;
        m.agent.clear();
      }
      demonym.push_back(m.kind == ActorKind::kCountry && is_demonym);
      doc.mutable_actors().push_back(std::move(m));
    }
  }
  Compose(doc, first_mention, first_place, demonym);
}

namespace {

// Agents that belong to the society they are in ("police in Sivas",
// "students in Tehran"), unlike those often posted abroad.
bool IsLocalAgent(std::string_view agent) {
  for (std::string_view a : {"COP", "JUD", "LEG", "OPP", "PTY", "REB", "SEP", "RAD", "CVL", "EDU",
                             "REL", "LAB", "AGR", "BUS", "ELI", "CRM"}) {
    if (agent == a) return true;
  }
  return false;
}

// True when token t (of `sentence`) has a child case marker `prep`.
bool HasCase(const Document& doc, const Sentence& sentence, uint32_t t, std::string_view prep) {
  const auto tokens = doc.tokens();
  for (uint32_t c = sentence.first_token; c < sentence.first_token + sentence.token_count; ++c) {
    if (tokens[c].head >= 0 && sentence.first_token + static_cast<uint32_t>(tokens[c].head) == t &&
        DeprelName(tokens[c].deprel) == "case" && doc.Norm(tokens[c]) == prep) {
      return true;
    }
  }
  return false;
}

// "Indian and Chinese soldiers", "Kyrgyz, Tajik and Uzbek border guards":
// demonyms coordinated before one agent noun each name that agent of their
// own country, whatever way the parser attached them (as conjuncts or as
// sibling modifiers), so the coder can code each direction. The agent
// (first token `agent_first`, value `agent`) took its country from mention
// `found`; only a chain of demonyms joined by "and", "or" or commas that
// ends right before the agent and holds `found` counts: a country's name
// ("China and Indian troops") is an actor of its own, not a modifier.
void ShareCoordinatedDemonyms(Document& doc, const Sentence& sentence, size_t first_mention,
                              size_t end_mention,
                              std::span<const uint8_t> demonym, uint32_t agent_first,
                              size_t found, const std::string& agent) {
  auto& mentions = doc.mutable_actors();
  const auto tokens = doc.tokens();
  const auto demonym_ending_at = [&](uint32_t end) -> size_t {
    for (size_t k = first_mention; k < end_mention; ++k) {
      if (mentions[k].end_token == end && mentions[k].kind == ActorKind::kCountry &&
          demonym[k - first_mention]) {
        return k;
      }
    }
    return end_mention;
  };
  // Chains are short: a fixed bound keeps this allocation-free.
  constexpr int kMaxChain = 8;
  size_t chain[kMaxChain];
  int length = 0;
  bool holds_found = false;
  for (size_t k = demonym_ending_at(agent_first); k < end_mention && length < kMaxChain;) {
    chain[length++] = k;
    holds_found = holds_found || k == found;
    // Step left over the separators: ",", "and", "or", ", and".
    uint32_t t = mentions[k].first_token;
    int separators = 0;
    while (t > sentence.first_token && separators < 2) {
      const std::string_view w = doc.Norm(tokens[t - 1]);
      if (w != "," && w != "and" && w != "or") break;
      --t;
      ++separators;
    }
    if (separators == 0) break;
    k = demonym_ending_at(t);
  }
  if (length < 2 || !holds_found) return;
  for (int c = 0; c < length; ++c) {
    ActorMention& other = mentions[chain[c]];
    if (chain[c] == found) continue;
    other.kind = ActorKind::kComposite;
    other.agent = agent;
    other.code = other.country + agent;
  }
}

}  // namespace

void ActorMatcher::Compose(Document& doc, size_t first_mention, size_t first_place,
                           std::span<const uint8_t> demonym) const {
  auto& mentions = doc.mutable_actors();
  const size_t end_mention = mentions.size();
  // head token -> mention, for this sentence's mentions.
  auto mention_at = [&](uint32_t token) -> const ActorMention* {
    for (size_t k = first_mention; k < end_mention; ++k) {
      if (mentions[k].head_token == token) return &mentions[k];
    }
    return nullptr;
  };
  if (end_mention == first_mention) return;
  const Sentence& sentence = doc.sentences()[mentions[first_mention].sentence];
  const auto tokens = doc.tokens();
  // "leaders of Romania's new government": the inner agent takes its
  // country first, then lends it to the outer one; a few passes cover the
  // nesting news uses.
  for (int pass = 0, changed = 1; pass < 3 && changed; ++pass) {
    changed = 0;
    for (size_t k = first_mention; k < end_mention; ++k) {
      ActorMention& m = mentions[k];
      if (m.kind != ActorKind::kAgent || !m.country.empty()) continue;
      // Candidate modifiers: tokens attached to the agent's head, or to a
      // noun compounded with it ("the U.N. war crimes court": U.N. modifies
      // "war", which with "crimes" modifies "court").
      const ActorMention* found = nullptr;
      bool found_by_adjective = false;
      const auto attached = [&](uint32_t t) {
        int32_t h = tokens[t].head;
        for (int hops = 0; h >= 0 && hops < 3; ++hops) {
          const uint32_t at = sentence.first_token + static_cast<uint32_t>(h);
          if (at == m.head_token) return true;
          if (DeprelName(tokens[at].deprel) != "compound") return false;
          h = tokens[at].head;
        }
        return false;
      };
      for (uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
        if (!attached(t)) continue;
        const std::string_view rel = DeprelName(tokens[t].deprel);
        const bool adjectival =
            rel == "amod" || rel == "compound" || rel == "nmod:poss" || rel == "nmod:desc";
        const bool of_phrase = rel == "nmod";
        if (!adjectival && !of_phrase) continue;
        const ActorMention* mod = mention_at(t);
        // A country, or an organisation: "European Community foreign
        // ministers" act for the organisation.
        if (!mod || (mod->country.empty() && mod->kind != ActorKind::kOrganization)) continue;
        if (of_phrase) {
          // Only "the army of Sudan", "ministers from Kenya", not "the
          // embassy in Japan".
          bool has_of = false;
          for (uint32_t c = sentence.first_token; c < sentence.first_token + sentence.token_count; ++c) {
            if (tokens[c].head >= 0 && sentence.first_token + tokens[c].head == t &&
                (doc.Norm(tokens[c]) == "of" || doc.Norm(tokens[c]) == "from")) {
              has_of = true;
            }
          }
          if (!has_of) continue;
        }
        if (!found || (adjectival && !found_by_adjective)) {
          found = mod;
          found_by_adjective = adjectival;
        }
      }
      // Without a parse, an adjacent country word before the agent ("Israeli
      // troops") still counts.
      if (!found && m.first_token > sentence.first_token) {
        uint32_t before = m.first_token - 1;
        if (doc.Norm(tokens[before]) == "'s" && before > sentence.first_token) --before;
        for (size_t c = first_mention; c < end_mention; ++c) {
          if (mentions[c].end_token == before + 1 && !mentions[c].country.empty()) {
            found = &mentions[c];
          }
        }
      }
      if (!found) continue;
      changed = 1;
      const uint32_t agent_first = m.first_token;
      m.kind = ActorKind::kComposite;
      m.country = found->country;
      m.code = found->country.empty() ? found->code : m.country + m.agent;
      m.entry = found->entry + " + " + m.entry;
      m.first_token = std::min(m.first_token, found->first_token);
      m.end_token = std::max(m.end_token, found->end_token);
      // "ministers from Kenya and Ethiopia": the conjoined countries name
      // the same agent of theirs (the coder follows the conjunction).
      const uint32_t mod_token = found->head_token;
      for (uint32_t c = sentence.first_token; c < sentence.first_token + sentence.token_count; ++c) {
        if (tokens[c].head < 0 || sentence.first_token + tokens[c].head != mod_token ||
            DeprelName(tokens[c].deprel) != "conj") {
          continue;
        }
        for (size_t j = first_mention; j < end_mention; ++j) {
          ActorMention& other = mentions[j];
          if (other.head_token != c || other.kind != ActorKind::kCountry) continue;
          other.kind = ActorKind::kComposite;
          other.agent = m.agent;
          other.code = other.country + m.agent;
        }
      }
      ShareCoordinatedDemonyms(doc, sentence, first_mention, end_mention, demonym, agent_first,
                               static_cast<size_t>(found - mentions.data()), m.agent);
    }
  }
  // "demonstrators in Baghdad", "rebels in the Ivory Coast", "Darfur
  // rebels": people of the society where they are belong to its country,
  // whatever other countries the sentence names. Not those often posted
  // abroad (officials and envoys, troops, spies, reporters, aid and rights
  // workers, refugees): "the embassy in Japan" is not Japan's.
  const auto& sentence_places = doc.places();
  for (size_t k = first_mention; k < end_mention; ++k) {
    ActorMention& m = mentions[k];
    if (m.kind != ActorKind::kAgent || !m.country.empty() || !IsLocalAgent(m.agent)) continue;
    for (uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
      const int32_t h = tokens[t].head;
      if (h < 0 || sentence.first_token + static_cast<uint32_t>(h) != m.head_token) continue;
      // "in Baghdad"; or a place as a noun modifier ("Darfur rebels").
      const std::string_view rel = DeprelName(tokens[t].deprel);
      const bool located = rel == "nmod" && HasCase(doc, sentence, t, "in");
      if (!located && rel != "compound") continue;
      std::string country;
      // A country or its capital ("in Baghdad"), or a gazetteer place.
      if (const ActorMention* mod = mention_at(t);
          located && mod && (mod->kind == ActorKind::kCountry || mod->kind == ActorKind::kGovSeat)) {
        country = mod->country;
      }
      for (size_t p = first_place; p < sentence_places.size() && country.empty(); ++p) {
        if (sentence_places[p].head_token == t) country = sentence_places[p].country;
      }
      if (country.empty()) continue;
      m.country = country;
      m.code = country + m.agent;
      break;
    }
  }
  // A bare agent ("police", "the judge", "opposition groups") in a sentence
  // that names exactly one country belongs to that country: "police in
  // Cairo arrested ..." is EGYCOP, and so is "police in Alexandria ..." (a
  // place names its country too). With two countries or none it stays bare.
  std::string only_country;
  const auto one_country = [&](const std::string& c) {
    if (c.empty() || c == only_country) return true;
    if (!only_country.empty()) return false;
    only_country = c;
    return true;
  };
  for (size_t k = first_mention; k < end_mention; ++k) {
    if (!one_country(mentions[k].country)) return;
  }
  const auto& places = doc.places();
  for (size_t k = first_place; k < places.size(); ++k) {
    if (!one_country(places[k].country)) return;
  }
  if (only_country.empty()) return;
  for (size_t k = first_mention; k < end_mention; ++k) {
    ActorMention& m = mentions[k];
    if (m.kind != ActorKind::kAgent || !m.country.empty()) continue;
    m.country = only_country;
    m.code = only_country + m.agent;
  }
}

}  // namespace dyad
