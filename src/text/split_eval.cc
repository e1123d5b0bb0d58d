#include "text/split_eval.h"

#include <algorithm>
#include <vector>

#include "text/char_class.h"
#include "util/utf8.h"

namespace dyad {
namespace {

bool StartsParagraph(const ConlluSentenceInfo& info) { return info.new_par || info.new_doc; }

// Counts the values present in both sorted, duplicate-free vectors.
template <typename T>
size_t CountCommon(const std::vector<T>& a, const std::vector<T>& b) {
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++common, ++i, ++j;
  }
  return common;
}

template <typename T>
PrecisionRecall Compare(const std::vector<T>& gold, const std::vector<T>& predicted) {
  return {gold.size(), predicted.size(), CountCommon(gold, predicted)};
}

std::string SentenceName(const ConlluSentenceInfo& info, size_t index) {
  return info.sent_id.empty() ? "sentence " + std::to_string(index + 1) : info.sent_id;
}

}  // namespace

Result<std::string> RebuildRawText(const ConlluCorpus& corpus) {
  std::string text;
  for (size_t i = 0; i < corpus.info.size(); ++i) {
    const ConlluSentenceInfo& info = corpus.info[i];
    if (info.text.empty()) {
      return Status::InvalidArgument(SentenceName(info, i) + ": no '# text =' line");
    }
    if (i > 0) text += StartsParagraph(info) ? "\n\n" : " ";
    text += info.text;
  }
  return text;
}

Result<SplitScores> EvaluateSegmentation(const TextSegmenter& segmenter,
                                         const ConlluCorpus& corpus) {
  auto rebuilt = RebuildRawText(corpus);
  if (!rebuilt.ok()) return rebuilt.status();
  const std::span<const Sentence> gold_sentences = corpus.doc.sentences();
  if (gold_sentences.size() != corpus.info.size()) {
    return Status::InvalidArgument("corpus has " + std::to_string(gold_sentences.size()) +
                                   " sentences but " + std::to_string(corpus.info.size()) +
                                   " comment blocks");
  }

  // Place every gold word in the rebuilt text.
  std::vector<std::pair<uint32_t, uint32_t>> gold_tokens;
  std::vector<uint32_t> gold_ends, paragraph_ends;
  gold_tokens.reserve(corpus.doc.tokens().size());
  uint32_t offset = 0;
  for (size_t i = 0; i < gold_sentences.size(); ++i) {
    const std::string_view line = corpus.info[i].text;
    if (i > 0) offset += StartsParagraph(corpus.info[i]) ? 2 : 1;
    size_t q = 0;
    for (const Token& t : corpus.doc.tokens(gold_sentences[i])) {
      const std::string_view form = corpus.doc.Form(t);
      // Skip the whitespace (any Unicode space) before the word.
      while (q < line.size() && line.compare(q, form.size(), form) != 0) {
        const DecodedChar d = DecodeUtf8(line, q);
        if (!IsSeparator(ClassifyChar(d.cp).kind)) {
          return Status::InvalidArgument(SentenceName(corpus.info[i], i) + ": word '" +
                                         std::string(form) + "' not found at byte " +
                                         std::to_string(q) + " of its # text");
        }
        q += d.len;
      }
      if (q >= line.size() && !form.empty()) {
        return Status::InvalidArgument(SentenceName(corpus.info[i], i) + ": word '" +
                                       std::string(form) + "' runs past its # text");
      }
      gold_tokens.emplace_back(offset + q, offset + q + form.size());
      q += form.size();
    }
    if (!gold_tokens.empty()) gold_ends.push_back(gold_tokens.back().second);
    const bool paragraph_end = i + 1 == gold_sentences.size() || StartsParagraph(corpus.info[i + 1]);
    if (paragraph_end && !gold_ends.empty()) paragraph_ends.push_back(gold_ends.back());
    offset += static_cast<uint32_t>(line.size());
  }

  Document doc(std::move(rebuilt).value());
  segmenter.Segment(doc);
  std::vector<std::pair<uint32_t, uint32_t>> predicted_tokens;
  predicted_tokens.reserve(doc.tokens().size());
  for (const Token& t : doc.tokens()) predicted_tokens.emplace_back(t.begin, t.end);
  std::vector<uint32_t> predicted_ends;
  for (const Sentence& s : doc.sentences()) predicted_ends.push_back(s.end);

  // Both lists come out in text order; sort anyway so the comparison never
  // depends on that.
  std::sort(gold_tokens.begin(), gold_tokens.end());
  std::sort(gold_ends.begin(), gold_ends.end());
  gold_ends.erase(std::unique(gold_ends.begin(), gold_ends.end()), gold_ends.end());
  std::sort(predicted_ends.begin(), predicted_ends.end());

  auto without_paragraph_ends = [&](const std::vector<uint32_t>& ends) {
    std::vector<uint32_t> kept;
    std::set_difference(ends.begin(), ends.end(), paragraph_ends.begin(), paragraph_ends.end(),
                        std::back_inserter(kept));
    return kept;
  };
  SplitScores scores;
  scores.bytes = doc.text().size();
  scores.sentences = Compare(gold_ends, predicted_ends);
  scores.sentences_in_paragraph =
      Compare(without_paragraph_ends(gold_ends), without_paragraph_ends(predicted_ends));
  scores.tokens = Compare(gold_tokens, predicted_tokens);
  return scores;
}

}  // namespace dyad
