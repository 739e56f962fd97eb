#!/usr/bin/env bash
# The fuzz run: seeded mutations of real cables (byte flips, truncation, duplicated and missing
# headers, invalid UTF-8, NUL bytes, very long lines, deep parentheses), read by cablegraph with a
# per-file time limit, every export then loaded by the programs users load it into.
#
#   Scripts/fuzz.sh [SEED] [COUNT] [SEED_CABLES_DIR]     # defaults: 1, 10000, the corpus or the test sample
#
# Prints what happened and exits non-zero on a crash, a hang or an export a consumer rejects.
set -euo pipefail
cd "$(dirname "$0")/.."
SEED=${1:-1}
COUNT=${2:-10000}
SOURCE=${3:-}
if [[ -z "$SOURCE" ]]; then
  if [[ -d ../shared/corpus/cables ]]; then SOURCE=../shared/corpus/cables; else SOURCE=Tests/Fixtures/corpus-sample; fi
fi
Scripts/setup.sh >&2
swift build -c release --product cablegraph >&2
BIN=.build/release/cablegraph
PY="${CABLEGRAPH_VENV:-$PWD/.venv}/bin/python"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cablegraph-fuzz.XXXXXX")
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$WORK"' EXIT

"$BIN" fuzz-cables "$SOURCE" --output "$WORK/in" --count "$COUNT" --seed "$SEED" --long-line 10000000 >&2
echo "fuzz: $COUNT mutated cables, seed $SEED, from $SOURCE ($(du -sh "$WORK/in" | cut -f1))"

start=$(date +%s)
set +e
# A whole-run bound well above COUNT x the per-file limit would be useless; the per-file limit is the guard.
timeout 3600 "$BIN" export "$WORK/in" --all-formats --output-dir "$WORK/out" --name fuzz --time-limit 10 2> "$WORK/stderr"
status=$?
set -e
elapsed=$(( $(date +%s) - start ))
skipped=$(grep -c "error:" "$WORK/stderr" || true)
timeouts=$(grep -c "to read; skipped" "$WORK/stderr" || true)
echo "fuzz: export exit $status in ${elapsed}s; $skipped files reported and skipped ($timeouts over the time limit)"
if (( status > 1 )); then echo "fuzz: FAILED: cablegraph crashed or hung (exit $status)"; tail -5 "$WORK/stderr"; exit 1; fi

fail=0
for f in graphml gexf rdf; do xmllint --noout "$WORK/out/fuzz.$f" || fail=1; done
"$PY" Tests/Consumers/check_graphml.py "$WORK/out/fuzz.graphml" > "$WORK/graphml.json" || fail=1
"$PY" Tests/Consumers/check_gexf.py "$WORK/out/fuzz.gexf" > "$WORK/gexf.json" || fail=1
"$PY" Tests/Consumers/check_rdf.py "$WORK/out/fuzz.rdf" > "$WORK/rdf.json" || fail=1
"$PY" Tests/Consumers/check_json.py "$WORK/out/fuzz.json" > "$WORK/json.json" || fail=1
"$PY" Tests/Consumers/check_csv.py "$WORK/out/fuzz-nodes.csv" "$WORK/out/fuzz-edges.csv" > "$WORK/csv.json" || fail=1
gc -n -e "$WORK/out/fuzz.dot" 2> "$WORK/dot.err" > /dev/null
if [[ -s "$WORK/dot.err" ]]; then cat "$WORK/dot.err"; fail=1; fi
echo "fuzz: GraphML $(cat "$WORK/graphml.json" | cut -c1-120)"
echo "fuzz: RDF/XML $(cat "$WORK/rdf.json" | cut -c1-120)"
if (( fail )); then echo "fuzz: FAILED: an export did not load in its consumer"; exit 1; fi
echo "fuzz: PASSED"
