#!/usr/bin/env bash
# Export benchmark: builds the graph of a whole corpus and reports, per format, the export time and
# the peak memory of the process, next to a run that only builds the graph.
#
#   Scripts/bench-export.sh [CORPUS_DIR] [OUT_DIR]     # defaults: /work/shared/corpus/cables, bench-out/
#
# "export s" is measured inside the process around the export alone (hidden --timings flag);
# "total s" and "peak RSS" come from /usr/bin/time -v around the whole command; "over build"
# subtracts the build-only run. Each command runs REPEAT times (default 3): times are the fastest
# run, memory the largest. Set SKIP_BUILD=1 to use the existing release binary.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-/work/shared/corpus/cables}"
OUT="${2:-bench-out}"
BIN=.build/release/cablegraph
TIME=/usr/bin/time

[[ -d "$CORPUS" ]] || { echo "bench-export: no corpus folder $CORPUS" >&2; exit 1; }
[[ -x "$TIME" ]] || { echo "bench-export: $TIME (GNU time) is needed for peak memory" >&2; exit 1; }
if [[ "${SKIP_BUILD:-}" != 1 ]]; then swift build -c release --product cablegraph >&2; fi
mkdir -p "$OUT"

REPEAT="${REPEAT:-3}"
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }
max() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b > a) ? b : a }'; }

# run NAME ARGS... -> sets WALL (s), RSS (MB), BUILD_S and EXPORT_S (s, from --timings)
run() {
  local name=$1; shift
  local log="$OUT/$name.time" err="$OUT/$name.err" i w r b e
  WALL="" RSS="" BUILD_S="" EXPORT_S=""
  for ((i = 0; i < REPEAT; i++)); do
    "$TIME" -v -o "$log" "$BIN" export "$CORPUS" --timings "$@" 2>"$err" >/dev/null
    w=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
    r=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
    b=$(awk '/^timing build/ { print $3 }' "$err")
    e=$(awk '/^timing export/ { print $3 }' "$err")
    WALL=$(min "$WALL" "$w"); RSS=$(max "$RSS" "$r"); BUILD_S=$(min "$BUILD_S" "$b")
    [[ -n "$e" ]] && EXPORT_S=$(min "$EXPORT_S" "$e")
  done
  GRAPH=$(grep '^timing build' "$err" | sed 's/^timing build [0-9.]* s: //')
}

run build-only --build-only
BASE_WALL=$WALL BASE_RSS=$RSS
cables=$(find "$CORPUS" -name '*.txt' | wc -l)
printf 'corpus: %s (%s files); graph: %s\n' "$CORPUS" "$cables" "$GRAPH"
printf 'build only: %.2f s total (%.2f s reading and building), peak RSS %s MB\n\n' "$BASE_WALL" "$BUILD_S" "$BASE_RSS"
printf '| format  | export s | total s | over build s | peak RSS MB | over build MB | output MB |\n'
printf '|---------|---------:|--------:|-------------:|------------:|--------------:|----------:|\n'
for format in graphml rdfxml dot gexf json csv; do
  ext=$format; [[ $format == rdfxml ]] && ext=rdf
  target="$OUT/corpus.$ext"
  run "$format" --format "$format" -o "$target"
  if [[ $format == csv ]]; then size=$(cat "$OUT"/corpus-nodes.csv "$OUT"/corpus-edges.csv | wc -c); else size=$(wc -c < "$target"); fi
  printf '| %-7s | %8.2f | %7.2f | %12.2f | %11s | %13s | %9.1f |\n' "$format" "$EXPORT_S" "$WALL" \
    "$(echo "$WALL - $BASE_WALL" | bc -l)" "$RSS" "$((RSS - BASE_RSS))" "$(echo "$size / 1048576" | bc -l)"
done
