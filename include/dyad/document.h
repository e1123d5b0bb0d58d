// Document: one article's text and everything the pipeline learns about it.
//
// Ownership and lifetime. A Document owns the original bytes of the article
// (never modified, possibly invalid UTF-8) and an arena of derived strings
// (normalised token forms, lemmas). Tokens and Sentences are plain structs of
// integers: byte offsets into text() or into the arena, tag ids, head indices.
// Every string_view handed out points into the Document and stays valid until
// the Document is destroyed or moved-from. Stages fill the Document in flow
// order (text -> tagger -> parser -> ...) and never reach back.
//
// Threading: a Document is used by one thread at a time; models that stages
// read are shared const objects.
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"
#include "dyad/event.h"
#include "dyad/tags.h"

namespace dyad {

// A slice of the Document's arena.
struct ArenaRef {
  uint32_t offset = 0;
  uint32_t size = 0;
};

struct Token {
  // Bytes [begin, end) of the original text. For a contraction split into
  // syntactic words ("don't" -> "do" + "n't") each word has its own slice.
  uint32_t begin = 0;
  uint32_t end = 0;
  // The form models and dictionaries see: NFC, valid UTF-8, typographic
  // quotes and dashes folded to ASCII ("’" -> "'", "–" -> "-").
  ArenaRef norm;
  ArenaRef lemma;  // empty until the lemmatizer runs
  Upos upos = Upos::kNone;
  Xpos xpos = 0;
  Deprel deprel = 0;
  bool space_after = true;  // false when the next token touches this one
  // Head as an index within the sentence (0-based); -1 for the root; only
  // meaningful once the parser has run.
  int32_t head = -1;
};

struct Sentence {
  uint32_t begin = 0;        // bytes [begin, end) of the original text
  uint32_t end = 0;
  uint32_t first_token = 0;  // index into Document::tokens()
  uint32_t token_count = 0;
  // True when the parser saw only part of the sentence (too long) and the
  // rest was attached by the documented fallback.
  bool parse_truncated = false;
  // True once the parser has set every token's head. Event coding parses
  // only the sentences that may give an event (PipelineOptions::parse_all);
  // the others keep head -1.
  bool parsed = false;
};

// Something a stage noticed about the input that the user should hear about:
// invalid bytes replaced, an over-long sentence cut, a skipped span.
struct Diagnostic {
  uint32_t begin = 0;  // bytes of the original text concerned
  uint32_t end = 0;
  std::string message;
};

class Document {
 public:
  Document() = default;
  explicit Document(std::string text) : text_(std::move(text)) {}

  // Movable, not copyable: copying an article's analysis is never what a
  // caller means to do in a hot loop.
  Document(Document&&) = default;
  Document& operator=(Document&&) = default;
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  std::string_view text() const { return text_; }

  // The article's identity and publication date: people's roles and
  // relative dates ("on Friday") are resolved against date().
  const std::string& id() const { return id_; }
  const Date& date() const { return date_; }
  void set_id(std::string id) { id_ = std::move(id); }
  void set_date(Date date) { date_ = date; }

  std::span<const Token> tokens() const { return tokens_; }
  std::span<const Sentence> sentences() const { return sentences_; }
  std::span<const Token> tokens(const Sentence& s) const {
    return std::span<const Token>(tokens_).subspan(s.first_token, s.token_count);
  }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  // Filled by the actor stage and the event coder, in sentence order.
  const std::vector<ActorMention>& actors() const { return actors_; }
  const std::vector<Event>& events() const { return events_; }
  // Named places (cities, regions; not actors), filled by the actor stage.
  const std::vector<PlaceMention>& places() const { return places_; }

  std::string_view Form(const Token& t) const {
    return std::string_view(text_).substr(t.begin, t.end - t.begin);
  }
  std::string_view Norm(const Token& t) const { return Arena(t.norm); }
  std::string_view Lemma(const Token& t) const { return Arena(t.lemma); }
  std::string_view Arena(ArenaRef r) const {
    return std::string_view(arena_).substr(r.offset, r.size);
  }

  // --- For pipeline stages -------------------------------------------------
  std::vector<Token>& mutable_tokens() { return tokens_; }
  std::vector<Sentence>& mutable_sentences() { return sentences_; }
  std::vector<ActorMention>& mutable_actors() { return actors_; }
  std::vector<Event>& mutable_events() { return events_; }
  std::vector<PlaceMention>& mutable_places() { return places_; }
  std::span<Token> mutable_tokens(const Sentence& s) {
    return std::span<Token>(tokens_).subspan(s.first_token, s.token_count);
  }
  // Lets a stage that knows roughly how much it will append (the segmenter:
  // about the text's size) grow the arena once instead of repeatedly.
  void ReserveArena(size_t bytes) { arena_.reserve(bytes); }
  // Copies `s` into the arena. Views returned earlier stay valid only as
  // string_views re-made from ArenaRefs: the arena may reallocate.
  ArenaRef AppendToArena(std::string_view s) {
    ArenaRef r{static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(s.size())};
    arena_.append(s);
    return r;
  }
  void AddDiagnostic(uint32_t begin, uint32_t end, std::string message) {
    diagnostics_.push_back({begin, end, std::move(message)});
  }
  // Drops every analysis but keeps the text, ready for another run.
  void ClearAnalysis() {
    tokens_.clear();
    sentences_.clear();
    arena_.clear();
    diagnostics_.clear();
    actors_.clear();
    events_.clear();
    places_.clear();
  }

 private:
  std::string text_;
  std::string id_;
  Date date_;
  std::string arena_;
  std::vector<Token> tokens_;
  std::vector<Sentence> sentences_;
  std::vector<Diagnostic> diagnostics_;
  std::vector<ActorMention> actors_;
  std::vector<Event> events_;
  std::vector<PlaceMention> places_;
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
