#!/usr/bin/env bash
# Copies a deterministic sample of the corpus into Tests/Fixtures/corpus-sample/ for the consumer
# tests, which CI runs on a clean clone without the corpus: every Nth cable of the sorted file
# names, N chosen to give COUNT cables, the bundled sample cable left out.
#
#   Scripts/make-corpus-sample.sh [CORPUS_DIR] [COUNT]     # defaults: /work/shared/corpus/cables 300
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-/work/shared/corpus/cables}"
COUNT="${2:-300}"
OUT=Tests/Fixtures/corpus-sample

[[ -d "$CORPUS" ]] || { echo "no corpus folder $CORPUS" >&2; exit 1; }
mapfile -t files < <(find "$CORPUS" -maxdepth 1 -type f -name '*.txt' ! -name '09BEIJING509.txt' -printf '%f\n' | LC_ALL=C sort)
total=${#files[@]}
(( total >= COUNT )) || { echo "corpus has $total cables, fewer than $COUNT" >&2; exit 1; }
step=$(( total / COUNT ))
rm -rf "$OUT"
mkdir -p "$OUT"
for ((i = 0; i < COUNT; i++)); do
  cp "$CORPUS/${files[i * step]}" "$OUT/"
done
echo "copied $COUNT of $total cables (every ${step}th) into $OUT ($(du -sh "$OUT" | cut -f1))" >&2
