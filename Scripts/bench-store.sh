#!/usr/bin/env bash
# Store benchmark (issue 6): builds a store of the whole corpus (wall and CPU time), builds it again (must
# change nothing: identical `query stats`), times `query entity` and `query neighbors` for the most mentioned
# entities through the release binary (median of 7 runs, process start included; wall and CPU time, since
# the machine may be shared), then makes a store ten
# times larger by duplicating every cable under a new id (line 1 `<id><nn>`) and times the same queries.
#
#   Scripts/bench-store.sh [CORPUS_DIR]      # default /work/shared/corpus/cables; output in bench-out/store/
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-/work/shared/corpus/cables}"
OUT="${BENCH_OUT:-$PWD/bench-out/store}"
COPIES="${BENCH_COPIES:-10}"
swift build -c release --product cablegraph >/dev/null
BIN="$PWD/.build/release/cablegraph"
mkdir -p "$OUT"

timed() {  # label, command...: prints wall and CPU seconds of the command
  local label="$1"; shift
  /usr/bin/time -f "$label: %e s wall, %U s user + %S s sys CPU" "$@"
}

echo "== 1x store: $(ls "$CORPUS" | wc -l) cables, $(du -sh "$CORPUS" | cut -f1)"
rm -f "$OUT"/x1.db*
timed "build" "$BIN" build "$CORPUS" --db "$OUT/x1.db" --quiet
"$BIN" query stats --db "$OUT/x1.db" --format json > "$OUT/x1.stats.1.json"
timed "rebuild" "$BIN" build "$CORPUS" --db "$OUT/x1.db" --quiet
"$BIN" query stats --db "$OUT/x1.db" --format json > "$OUT/x1.stats.2.json"
if cmp -s "$OUT/x1.stats.1.json" "$OUT/x1.stats.2.json"; then echo "rebuild: stats identical"; else echo "rebuild: STATS DIFFER"; exit 1; fi
echo "store size: $(du -h "$OUT/x1.db" | cut -f1)"

latency() {  # db: median latency of entity and neighbors for the most mentioned entities
  python3 - "$BIN" "$1" <<'PY'
import resource, sqlite3, statistics, subprocess, sys, time
binary, db = sys.argv[1], sys.argv[2]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
top = [row[0] for row in con.execute(
    "SELECT key FROM node WHERE type != 'Cable' ORDER BY mention_count DESC, key LIMIT 5")]
con.close()
for key in top:
    for command in (["entity"], ["neighbors"], ["neighbors", "--depth", "2"]):
        runs, cpu = [], []
        for _ in range(7):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            result = subprocess.run([binary, "query", *command, key, "--db", db, "--format", "json"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            runs.append((time.perf_counter() - start) * 1000)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)
            if result.returncode != 0:
                sys.exit(f"query {command} {key} failed")
        print(f"  {' '.join(command):<20} {key:<42} wall median {statistics.median(runs):6.1f} ms "
              f"(min {min(runs):5.1f}, max {max(runs):5.1f}); CPU median {statistics.median(cpu):5.1f} ms")
PY
}
echo "query latency, 1x:"
latency "$OUT/x1.db"

echo "== ${COPIES}x store"
DUP="$OUT/dup"
if [[ ! -f "$DUP/.done-$COPIES" ]]; then
  rm -rf "$DUP"; mkdir -p "$DUP/0"
  cp "$CORPUS"/*.txt "$DUP/0/"
  for n in $(seq 1 $((COPIES - 1))); do
    mkdir -p "$DUP/$n"
    for f in "$CORPUS"/*.txt; do
      id="$(basename "$f" .txt)"
      # Two digits appended to the serial number, as Scripts/make-scaled-corpus.py does: the id stays
      # shaped like a cable id (a suffix such as `X9` would be repaired away as a garbled id).
      copy="${id}$(printf %02d "$n")"
      { echo "$copy"; tail -n +2 "$f"; } > "$DUP/$n/$copy.txt"
    done
  done
  touch "$DUP/.done-$COPIES"
fi
rm -f "$OUT"/x10.db*
timed "build" "$BIN" build "$DUP" --db "$OUT/x10.db" --quiet
timed "rebuild" "$BIN" build "$DUP" --db "$OUT/x10.db" --quiet
"$BIN" query stats --db "$OUT/x10.db" --format json > "$OUT/x10.stats.json"
python3 -c "import json,sys; s=json.load(open(sys.argv[1])); print(f\"cables {s['cables']}, nodes {s['nodes']}, edges {s['edges']}, evidence {s['evidence']}\")" "$OUT/x10.stats.json"
echo "store size: $(du -h "$OUT/x10.db" | cut -f1)"
echo "query latency, ${COPIES}x:"
latency "$OUT/x10.db"
