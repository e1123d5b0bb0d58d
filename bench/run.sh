#!/usr/bin/env bash
# `make bench`: dyad's benchmarks (never part of `make test`).
#
# 1. Builds the deterministic benchmark corpus (bench/make_corpus.py) from
#    the real news text in ../shared (or $DYAD_SHARED).
# 2. Per-stage throughput with Google Benchmark (bench/stages_bench.cc),
#    3 repetitions, medians.
# 3. The whole process, `dyad code`, at 1 and 2 threads: 3 runs each,
#    median wall time, sentences/s, MB/s and peak RSS; checks that the two
#    outputs are byte-identical. Then once with --parse-all (every sentence
#    parsed), which must give the same output.
# 4. Memory flatness: peak RSS on a 10 MB input and on a larger one
#    (BENCH_LARGE_MB, default 100; set 1024 for the 1 GB check).
# Figures go to stdout; docs/PERFORMANCE.md records them with the machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${DYAD_SHARED:-$root/../shared}"
work="${BENCH_DIR:-/tmp/dyad-bench}"
large_mb="${BENCH_LARGE_MB:-100}"
build="$root/build"
if [ ! -d "$shared" ]; then
  echo "bench: $shared not found: the benchmark corpus is built from ../shared" >&2
  exit 1
fi
mkdir -p "$work"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDYAD_BENCH=ON >/dev/null
cmake --build "$build" --target stages_bench dyad_cli >/dev/null
corpus="$work/news.jsonl"
/usr/bin/python3 "$root/bench/make_corpus.py" "$shared" "$corpus" 100000

echo "== machine"
echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GiB"

echo "== per stage (medians of 3)"
"$build/bench/stages_bench" --corpus="$corpus" --benchmark_repetitions=3 \
  --benchmark_report_aggregates_only=true 2>&1 | grep -E '^(load|corpus)|median' || true

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== whole process: dyad code (median of 3 runs)"
sentences=""
for threads in 1 2; do
  : > "$work/times.$threads"
  for run in 1 2 3; do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" \
      "$build/dyad" code -q -t "$threads" "$corpus" -o "$work/out.$threads.jsonl" 2> "$work/summary.txt"
    cat "$work/time.txt" >> "$work/times.$threads"
  done
  sentences=$(sed -n 's/.* articles, \([0-9]*\) sentences.*/\1/p' "$work/summary.txt")
  wall=$(awk '{print $1}' "$work/times.$threads" | median)
  rss=$(awk '{print $2}' "$work/times.$threads" | median)
  mb=$(du -m "$corpus" | cut -f1)
  awk -v t="$threads" -v w="$wall" -v s="$sentences" -v r="$rss" -v mb="$mb" \
    'BEGIN {printf "threads %d: %.2f s, %.0f sentences/s, %.1f MB/s, peak RSS %.0f MB\n", t, w, s / w, mb / w, r / 1024}'
  echo "$wall" > "$work/wall.$threads"
done
awk -v a="$(cat "$work/wall.1")" -v b="$(cat "$work/wall.2")" 'BEGIN {printf "speed-up 2 threads / 1 thread: %.2fx\n", a / b}'
if cmp -s "$work/out.1.jsonl" "$work/out.2.jsonl"; then
  echo "output of --threads 2 is byte-identical to --threads 1 ($(wc -l < "$work/out.1.jsonl") events)"
else
  echo "MISMATCH: --threads 2 output differs from --threads 1" >&2
  exit 1
fi

echo "== parsing every sentence: dyad code --parse-all (one run each)"
# The default parses only the sentences that may give an event
# (docs/ARCHITECTURE.md); the events must be the same.
for threads in 1 2; do
  /usr/bin/time -f "%e %M" -o "$work/time.txt" \
    "$build/dyad" code -q -t "$threads" --parse-all "$corpus" -o "$work/all.$threads.jsonl" 2>/dev/null
  awk -v t="$threads" -v s="$sentences" '{printf "threads %d --parse-all: %.2f s, %.0f sentences/s, peak RSS %.0f MB\n", t, $1, s / $1, $2 / 1024}' "$work/time.txt"
done
if cmp -s "$work/out.1.jsonl" "$work/all.1.jsonl"; then
  echo "output with --parse-all is byte-identical to the default"
else
  echo "MISMATCH: --parse-all output differs from the default" >&2
  exit 1
fi

echo "== load time (one short article, median of 3)"
printf '{"id":"x","date":"2022-01-22","text":"Russia threatened Japan."}\n' > "$work/one.jsonl"
for run in 1 2 3; do
  /usr/bin/time -f "%e" -o "$work/time.txt" "$build/dyad" code -q -t 1 "$work/one.jsonl" -o /dev/null 2>/dev/null
  cat "$work/time.txt"
done | median | awk '{printf "startup + load + one article: %.2f s\n", $1}'

echo "== memory flatness (peak RSS, 2 threads)"
for mb in 10 "$large_mb"; do
  big="$work/news.$mb.jsonl"
  if [ ! -s "$big" ]; then
    : > "$big"
    while [ "$(du -m "$big" | cut -f1)" -lt "$mb" ]; do cat "$corpus" >> "$big"; done
    head -c $((mb * 1024 * 1024)) "$big" | head -n -1 > "$big.tmp" && mv "$big.tmp" "$big"
  fi
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$build/dyad" code -q -t 2 "$big" -o /dev/null 2>/dev/null
  awk -v mb="$mb" '{printf "%5d MB input: %.1f s, peak RSS %.0f MB\n", mb, $1, $2 / 1024}' "$work/time.txt"
done
