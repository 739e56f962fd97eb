#!/usr/bin/env bash
# Scores the graph of cables other than the reference one against independent annotations
# (Tests/Fixtures/unseen-gold/, made by annotators who never saw cablegraph's output, following
# ../shared/gold/ANNOTATION.md). Prints one score line per cable, then the reference cable's.
#
#   Scripts/score-unseen.sh [CORPUS_DIR] [--verbose]     # default: ../shared/corpus/cables
#   GOLD_DIR=Tests/Fixtures/heldout-gold Scripts/score-unseen.sh    # four TIP reports held aside: score, never tune
#   GOLD_DIR=Tests/Fixtures/heldout-gold-2 Scripts/score-unseen.sh  # four other cables held aside: the same
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-../shared/corpus/cables}"
SCORE=../shared/tools/score_graph.py
[[ -f "$SCORE" ]] || { echo "score-unseen: $SCORE not found" >&2; exit 1; }
swift build -c release --product cablegraph >&2
BIN=.build/release/cablegraph
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for gold in "${GOLD_DIR:-Tests/Fixtures/unseen-gold}"/*.gold.json; do
  id=$(basename "$gold" .gold.json)
  "$BIN" export "$CORPUS/$id.txt" --format graphml -o "$WORK/$id.graphml"
  if [[ "${2:-}" == --verbose ]]; then python3 "$SCORE" "$WORK/$id.graphml" "$gold" --verbose; fi
  printf "%-14s %s\n" "$id" "$(python3 "$SCORE" "$WORK/$id.graphml" "$gold" | tail -1)"
done
"$BIN" export Samples/09BEIJING509.txt --format graphml -o "$WORK/ref.graphml"
printf "%-14s %s\n" "09BEIJING509" "$(python3 "$SCORE" "$WORK/ref.graphml" ../shared/gold/09BEIJING509.gold.json | tail -1)"
