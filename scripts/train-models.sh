#!/usr/bin/env bash
# Rebuilds models/tagger.bin, models/lemmatizer.bin, models/parser.bin and
# models/parser-neural.bin (the cascade's neural scorer, docs/PARSER.md)
# from UD English EWT in ../shared/corpora (or $DYAD_SHARED/corpora).
# Deterministic: the same data and seeds give the same bytes. Run times on
# the 2-core reference machine are in docs/TRAINING.md.
# Writes to $MODELS_OUT (default: models/); compare before committing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DYAD_SHARED:-$root/../shared}"
ewt="$shared/corpora/ud-english-ewt"
out="${MODELS_OUT:-$root/models}"
dyad="$root/build/dyad"
if [ ! -f "$ewt/en_ewt-ud-train.conllu" ]; then
  echo "train-models: $ewt not found (UD English EWT is read from ../shared/corpora)" >&2
  exit 1
fi
mkdir -p "$out"
set -x
time "$dyad" train tagger --train "$ewt/en_ewt-ud-train.conllu" --dev "$ewt/en_ewt-ud-dev.conllu" \
  --out "$out/tagger.bin"
time "$dyad" train lemmatizer --train "$ewt/en_ewt-ud-train.conllu" --out "$out/lemmatizer.bin"
time "$dyad" train parser --train "$ewt/en_ewt-ud-train.conllu" --dev "$ewt/en_ewt-ud-dev.conllu" \
  --tagger "$out/tagger.bin" --folds 4 --out "$out/parser.bin"
time "$dyad" train parser --neural --hidden 128 --epochs 16 --train "$ewt/en_ewt-ud-train.conllu" \
  --dev "$ewt/en_ewt-ud-dev.conllu" --tagger "$out/tagger.bin" --folds 4 --out "$out/parser-neural.bin"
# The trainer also writes each epoch's model; the best on dev is the one kept.
rm -f "$out"/parser-neural.bin.epoch-e*.bin
