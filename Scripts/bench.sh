#!/usr/bin/env bash
# Throughput benchmarks, release build, one core, next to the spaCy peers in ../shared/peers.
#
#   Scripts/bench.sh [CORPUS_DIR]        # default: ../shared/corpus/cables
#
# Prints, for the same files: cablegraph's read (parse) and extraction throughput in CPU seconds,
# spaCy's EntityRuler (blank English + ~300 phrase patterns) on those files, and the ratio.
# The spaCy venv comes from ../shared/tools/judge-setup.sh (JUDGE_VENV, default ~/.venv-judge).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus/cables}
PEERS=../shared/peers
JUDGE_VENV=${JUDGE_VENV:-$HOME/.venv-judge}
OUT=${BENCH_OUT:-bench-out}
mkdir -p "$OUT"

swift build -c release --product cablegraph >&2
BIN=.build/release/cablegraph
echo "== cablegraph (one core, CPU time; best of 3)"
"$BIN" bench "$CORPUS" --runs 3 --stages | tee "$OUT/cablegraph.txt"
"$BIN" bench "$CORPUS" --runs 3 --json > "$OUT/cablegraph.json"

if [[ ! -x "$JUDGE_VENV/bin/python" ]] || ! "$JUDGE_VENV/bin/python" -c "import spacy" 2>/dev/null; then
  echo "bench: no spaCy venv at $JUDGE_VENV; run ../shared/tools/judge-setup.sh (as root) for the peer figures" >&2
  exit 0
fi
echo "== spaCy EntityRuler peer on the same files"
(cd "$PEERS" && "$JUDGE_VENV/bin/python" throughput.py --files "$(cd - >/dev/null; cd "$CORPUS"; pwd)" --only ruler --runs 1 \
   --json "$(cd - >/dev/null; pwd)/$OUT/spacy-ruler.json") | tee "$OUT/spacy.txt"

python3 - "$OUT/cablegraph.json" "$OUT/spacy-ruler.json" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1]))
peer = {r["pipeline"]: r for r in json.load(open(sys.argv[2]))["results"]}["ruler"]
extract = ours["extract_mb_per_s"]
total = ours["total_mb_per_s"]
print("== ratios (same files)")
print(f"cablegraph read        {ours['read_mb_per_s']:8.1f} MB/s")
print(f"cablegraph extraction  {extract:8.1f} MB/s   (entities, relations, graph fragment)")
print(f"cablegraph read+extract+merge {total:8.1f} MB/s")
print(f"spaCy EntityRuler      {peer['mb_per_s']:8.2f} MB/s   (tokenizer + phrase matcher only)")
print(f"ratio extraction / spaCy EntityRuler: {extract / peer['mb_per_s']:.1f}x; whole pipeline / EntityRuler: {total / peer['mb_per_s']:.1f}x")
PY
