#!/bin/bash
# Interleaved A/B runs of two (or more) stages_bench binaries: on a shared,
# noisy machine only runs taken side by side can be compared.
#
#   bench/ab_stages.sh ROUNDS FILTER CORPUS LABEL=BINARY LABEL=BINARY [...]
#   bench/ab_stages.sh 7 'FrontEnd|Parse' /tmp/news.small.jsonl \
#       old=/tmp/old/build-bench/bench/stages_bench new=build-bench/bench/stages_bench
#
# Each round runs every binary once, in the order given, in a process of its
# own. Prints, per benchmark and label, the median CPU ms and every run's
# figure; then each label's ratio to the first label, paired round by round
# (the median of the per-round ratios, which a slow moment of the host moves
# much less than the medians themselves).
set -euo pipefail
if [ $# -lt 5 ]; then
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
rounds=$1 filter=$2 corpus=$3
shift 3
runs=$(mktemp)
trap 'rm -f "$runs"' EXIT
for round in $(seq "$rounds"); do
  for spec in "$@"; do
    label=${spec%%=*} binary=${spec#*=}
    # "Name/min_time:2.000  <time> ms  <cpu> ms ..." -> "round name label cpu"
    "$binary" --corpus="$corpus" --benchmark_filter="^($filter)/" 2>/dev/null |
      awk -v r="$round" -v l="$label" '/min_time/ { split($1, n, "/"); print r, n[1], l, $4 }' \
        >>"$runs"
  done
done
first=${1%%=*}
awk -v first="$first" '
  function median(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  {
    key = $2 " " $3
    runs[key] = runs[key] " " $4
    cpu[$1, $2, $3] = $4
    if (!($2 in seen)) { seen[$2] = 1; names[++nn] = $2 }
    if (!($3 in seenl)) { seenl[$3] = 1; labels[++nl] = $3 }
    if ($1 > last) last = $1
  }
  END {
    for (i = 1; i <= nn; i++) for (j = 1; j <= nl; j++) {
      key = names[i] " " labels[j]
      printf "%-10s %-10s median %8.1f ms  runs%s\n", names[i], labels[j], median(runs[key]), runs[key]
    }
    for (i = 1; i <= nn; i++) for (j = 1; j <= nl; j++) {
      if (labels[j] == first) continue
      ratios = ""
      for (r = 1; r <= last; r++) {
        if (((r, names[i], labels[j]) in cpu) && ((r, names[i], first) in cpu))
          ratios = ratios " " sprintf("%.3f", cpu[r, names[i], labels[j]] / cpu[r, names[i], first])
      }
      printf "%-10s %s / %s paired ratio median %.3f  (per round:%s)\n", names[i], labels[j], first, median(ratios), ratios
    }
  }' "$runs"
