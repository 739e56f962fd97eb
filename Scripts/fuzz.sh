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

# Exports are checked per batch of BATCH cables, so that the consumers (networkx holds a whole GraphML
# file in memory) stay within a laptop's memory however many cables are fuzzed.
BATCH=${BATCH:-250}
mkdir -p "$WORK/batches"
i=0
for f in "$WORK/in"/*; do
  b=$(( i / BATCH )); mkdir -p "$WORK/batches/$b"; mv "$f" "$WORK/batches/$b/"; i=$(( i + 1 ))
done

start=$(date +%s)
fail=0 skipped=0 timeouts=0 nodes=0 edges=0 triples=0
for dir in $(ls -d "$WORK/batches"/* | sort -V); do
  b=$(basename "$dir"); out="$WORK/out/$b"
  set +e
  # A whole-run bound well above BATCH x the per-file limit would be useless; the per-file limit is the guard.
  timeout 3600 "$BIN" export "$dir" --all-formats --output-dir "$out" --name fuzz --time-limit 10 2> "$WORK/stderr.$b"
  status=$?
  set -e
  skipped=$(( skipped + $(grep -c "error:" "$WORK/stderr.$b" || true) ))
  timeouts=$(( timeouts + $(grep -c "to read; skipped" "$WORK/stderr.$b" || true) ))
  if (( status > 1 )); then echo "fuzz: FAILED: cablegraph crashed or hung on batch $b (exit $status)"; tail -5 "$WORK/stderr.$b"; exit 1; fi
  for f in graphml gexf rdf; do xmllint --noout "$out/fuzz.$f" || fail=1; done
  "$PY" Tests/Consumers/check_graphml.py "$out/fuzz.graphml" > "$WORK/graphml.$b.json" || fail=1
  "$PY" Tests/Consumers/check_gexf.py "$out/fuzz.gexf" > /dev/null || fail=1
  "$PY" Tests/Consumers/check_rdf.py "$out/fuzz.rdf" > "$WORK/rdf.$b.json" || fail=1
  "$PY" Tests/Consumers/check_json.py "$out/fuzz.json" > /dev/null || fail=1
  "$PY" Tests/Consumers/check_csv.py "$out/fuzz-nodes.csv" "$out/fuzz-edges.csv" > /dev/null || fail=1
  gc -n -e "$out/fuzz.dot" 2> "$WORK/dot.err" > /dev/null
  if [[ -s "$WORK/dot.err" ]]; then cat "$WORK/dot.err"; fail=1; fi
  # The consumers must agree: networkx and igraph on the counts; rapper, rdflib and Oxigraph on the triples.
  if ! agreed=$("$PY" - "$WORK/graphml.$b.json" "$WORK/rdf.$b.json" <<'PY'
import json, sys
g, r = (json.load(open(p)) for p in sys.argv[1:3])
nx, ig = g["networkx"], g["igraph"]
assert (nx["nodes"], nx["edges"]) == (ig["nodes"], ig["edges"]), f"networkx {nx['nodes']}/{nx['edges']} != igraph {ig['nodes']}/{ig['edges']}"
assert r["rapper"] == r["rdflib"] == r["oxigraph"], f"triples: rapper {r['rapper']}, rdflib {r['rdflib']}, oxigraph {r['oxigraph']}"
assert not r["bad_iris"] and r["lang_and_datatype"] == 0, "bad IRIs or literals"
print(nx["nodes"], nx["edges"], r["rdflib"])
PY
  ); then fail=1; agreed="0 0 0"; fi
  read -r n e t <<< "$agreed"
  nodes=$(( nodes + n )); edges=$(( edges + e )); triples=$(( triples + t ))
  echo "fuzz: batch $b: $(ls "$dir" | wc -l) cables, exit $status, GraphML $n nodes $e edges, $(du -sh "$out" | cut -f1) of exports"
  (( fail )) && break
  rm -rf "$out"
done
elapsed=$(( $(date +%s) - start ))
echo "fuzz: $COUNT cables in ${elapsed}s; $skipped files reported and skipped ($timeouts over the time limit)"
echo "fuzz: consumers read $nodes nodes, $edges edges (GraphML: networkx, igraph) and $triples triples (RDF/XML)"
if (( fail )); then echo "fuzz: FAILED: an export did not load in its consumer"; exit 1; fi
echo "fuzz: PASSED"
