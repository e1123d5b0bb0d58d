// Reading and writing CoNLL-U (Universal Dependencies) files.
//
// Reading builds one Document for a whole file: its text is the sentences'
// words joined as the gold SpaceAfter marks say (one newline between
// sentences), and every word becomes a Token carrying the gold tags, lemma,
// head and relation. Multi-word token lines ("don't" over "do" + "n't") and
// empty nodes (8.1) are skipped: dyad's tokens are the syntactic words.
// Training, evaluation (`dyad parse --eval`) and tests use it.
#ifndef DYAD_CORPUS_CONLLU_H_
#define DYAD_CORPUS_CONLLU_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// What the comment lines said about each sentence, in file order.
struct ConlluSentenceInfo {
  std::string sent_id;
  std::string text;     // "# text = ..." (the raw sentence)
  bool new_doc = false;  // "# newdoc" precedes it
  bool new_par = false;  // "# newpar" precedes it
};

struct ConlluCorpus {
  Document doc;
  std::vector<ConlluSentenceInfo> info;  // parallel to doc.sentences()
};

// Errors name the file and line ("x.conllu:12: expected 10 columns").
Result<ConlluCorpus> ReadConllu(const std::string& path);
Result<ConlluCorpus> ParseConllu(std::string_view content, const std::string& name);

// Writes the Document's analysis as CoNLL-U (ten columns; FEATS, DEPS empty).
void WriteConllu(const Document& doc, std::ostream& out);

}  // namespace dyad

#endif  // DYAD_CORPUS_CONLLU_H_
