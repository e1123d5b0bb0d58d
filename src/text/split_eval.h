// Evaluating the segmenter against a CoNLL-U treebank (`dyad eval split`).
//
// RebuildRawText turns a treebank back into running text from its
// "# text = ..." lines: sentences of one paragraph joined by a single space,
// "# newpar" / "# newdoc" starting a new paragraph after "\n\n". So the
// segmenter sees what a reader would, and the only sentence breaks it is
// given for free are paragraph breaks.
//
// EvaluateSegmentation segments that text and compares, as sets:
//   sentences   the byte offsets where sentences end (after their last
//               token, so whitespace does not matter);
//   sentences_in_paragraph  the same without ends at paragraph breaks, which
//               "\n\n" gives away: the part that takes rules;
//   tokens      the [begin, end) byte spans of tokens against the gold
//               syntactic words ("don't" = "do" + "n't") placed in the text.
#ifndef DYAD_TEXT_SPLIT_EVAL_H_
#define DYAD_TEXT_SPLIT_EVAL_H_

#include <cstddef>
#include <string>

#include "corpus/conllu.h"
#include "dyad/status.h"
#include "text/segmenter.h"

namespace dyad {

struct PrecisionRecall {
  size_t gold = 0;       // items in the reference
  size_t predicted = 0;  // items the segmenter produced
  size_t correct = 0;    // items in both
  double precision() const { return predicted ? static_cast<double>(correct) / predicted : 0.0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct SplitScores {
  PrecisionRecall sentences;
  PrecisionRecall sentences_in_paragraph;
  PrecisionRecall tokens;
  size_t bytes = 0;  // size of the rebuilt text
};

// Fails (InvalidArgument) when a sentence has no "# text" line.
Result<std::string> RebuildRawText(const ConlluCorpus& corpus);

// Fails when the gold words cannot be found in order in a sentence's
// "# text" (the message names the sentence id and the word).
Result<SplitScores> EvaluateSegmentation(const TextSegmenter& segmenter, const ConlluCorpus& corpus);

}  // namespace dyad

#endif  // DYAD_TEXT_SPLIT_EVAL_H_
