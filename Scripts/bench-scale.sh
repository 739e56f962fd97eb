#!/usr/bin/env bash
# Scale benchmark (issue 7): text to GraphML and text to a new store, for copies of the corpus under new
# ids (1x, 5x, 37x by default; 37x is 248,381 cables, the size of the Cablegate release). Prints wall time,
# the export's share, peak memory (GNU time), and how each figure grows against 1x.
#
#   Scripts/bench-scale.sh [CORPUS_DIR] [COPIES...]     # default: ../shared/corpus/cables 1 5 37
#
# Scaled corpora are made once under ${SCALE_DIR:-/tmp/cablegraph-scale} (Scripts/make-scaled-corpus.py);
# outputs go to a temporary folder and are deleted. SKIP_STORE=1 leaves out the store builds.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-../shared/corpus/cables}"
shift || true
COPIES=("$@")
[[ ${#COPIES[@]} -gt 0 ]] || COPIES=(1 5 37)
SCALE_DIR="${SCALE_DIR:-/tmp/cablegraph-scale}"
TIME=/usr/bin/time
[[ -x "$TIME" ]] || { echo "bench-scale: $TIME (GNU time) is needed for peak memory" >&2; exit 1; }
swift build -c release --product cablegraph >&2
BIN="$PWD/.build/release/cablegraph"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

printf "%-5s %9s %12s %10s %10s %12s %10s\n" copies cables "graphml s" "export s" "peak MB" "store s" "store MB"
declare -A BASE
for n in "${COPIES[@]}"; do
  dir="$SCALE_DIR/x$n"
  if [[ "$n" == 1 ]]; then dir="$CORPUS"
  elif [[ ! -d "$dir" ]]; then python3 Scripts/make-scaled-corpus.py "$CORPUS" "$n" "$dir" >&2; fi
  cables=$(find "$dir/" -name '*.txt' | wc -l)
  "$TIME" -f "%e %M" -o "$WORK/time" "$BIN" export "$dir" --format graphml -o "$WORK/g.graphml" --timings 2> "$WORK/err"
  read -r wall rss < "$WORK/time"
  export_s=$(sed -n 's/^timing export \([0-9.]*\) s.*/\1/p' "$WORK/err")
  rm -f "$WORK/g.graphml"
  store=- store_rss=-
  if [[ "${SKIP_STORE:-}" != 1 ]]; then
    "$TIME" -f "%e %M" -o "$WORK/time" "$BIN" build "$dir" --db "$WORK/s.db" --quiet 2> /dev/null
    read -r store store_rss < "$WORK/time"
    store_rss=$((store_rss / 1024))
    rm -f "$WORK"/s.db*
  fi
  printf "%-5s %9d %12.1f %10.1f %10d %12s %10s\n" "${n}x" "$cables" "$wall" "$export_s" $((rss / 1024)) "$store" "$store_rss"
  if [[ "$n" == 1 ]]; then BASE=([wall]=$wall [rss]=$rss [store]=$store); elif [[ -n "${BASE[wall]:-}" ]]; then
    awk -v n="$n" -v w="$wall" -v bw="${BASE[wall]}" -v r="$rss" -v br="${BASE[rss]}" -v s="$store" -v bs="${BASE[store]}" 'BEGIN {
      printf "      growth vs 1x: time %.1fx, memory %.1fx", w / bw, r / br
      if (s != "-" && bs != "-") printf ", store %.1fx", s / bs
      printf " (corpus %dx)\n", n }'
  fi
done
