#!/usr/bin/python3
"""Builds dyad's benchmark corpus: news-like JSON Lines articles from the
real text in ../shared (read-only; nothing of it is committed).

Sources: the sample articles, the PLOVER gold-standard sentences, the
Gigaword sample sentences, PETRARCH's and UniversalPetrarch's validation
sentences, and the raw text of GUM's news documents. Sentences are dealt
into articles of 12-30 sentences with a fixed seed, so the corpus is the same
on every machine: the timing changes, the input does not.

Usage: make_corpus.py SHARED_DIR OUT.jsonl [MIN_SENTENCES]
"""
import glob
import html
import json
import os
import random
import re
import sys


def sample_sentences(shared):
    out = []
    for path in sorted(glob.glob(os.path.join(shared, "samples", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            for para in f.read().split("\n\n"):
                para = " ".join(para.split())
                if para:
                    out.append(para)
    return out


def plover_sentences(shared):
    path = os.path.join(shared, "peers/PLOVER/gold_standard_records/PLOVER_GSR_CAMEO.txt")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [r["text"] for r in json.load(f) if r.get("text")]


def xml_texts(shared, pattern):
    out = []
    for path in sorted(glob.glob(os.path.join(shared, pattern), recursive=True)):
        with open(path, encoding="utf-8", errors="replace") as f:
            for m in re.finditer(r"<Text>(.*?)</Text>", f.read(), re.S):
                text = " ".join(html.unescape(m.group(1)).split())
                if text:
                    out.append(text)
    return out


def gum_sentences(shared):
    out = []
    for path in sorted(glob.glob(os.path.join(shared, "corpora/ud-english-gum-news/*.conllu"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("# text = "):
                    out.append(line[9:].strip())
    return out


def main():
    shared, out_path = sys.argv[1], sys.argv[2]
    minimum = int(sys.argv[3]) if len(sys.argv) > 3 else 100000
    pool = (sample_sentences(shared) + plover_sentences(shared)
            + xml_texts(shared, "peers/petrarch2/**/GigaWord.sample.PETR.xml")
            + xml_texts(shared, "peers/petrarch2/**/PETR.UnitTest.records.xml")
            + xml_texts(shared, "peers/UniversalPetrarch/**/PETR2_GSR_validation.xml")
            + gum_sentences(shared))
    pool = [s for s in pool if len(s.split()) >= 4]
    if not pool:
        sys.exit("no sentences found under " + shared)
    rng = random.Random(20221)
    written = 0
    article = 0
    with open(out_path, "w", encoding="utf-8") as out:
        while written < minimum:
            n = rng.randint(12, 30)
            sentences = [rng.choice(pool) for _ in range(n)]
            paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, n, 3)]
            day = 1 + article % 28
            record = {"id": "bench-%06d" % article, "date": "2022-01-%02d" % day,
                      "text": "\n\n".join(paragraphs)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += n
            article += 1
    print("%s: %d articles, %d source sentences (pool of %d unique)"
          % (out_path, article, written, len(set(pool))))


if __name__ == "__main__":
    main()
