#!/usr/bin/env python3
"""Per-field coverage of `cablegraph parse` over a folder of cables.

Usage: Scripts/metadata-coverage.py [CABLEGRAPH_BINARY] [CORPUS_DIR] [--json OUT]

Runs `cablegraph parse CORPUS_DIR --format json` once and reports, for every metadata field,
the share of cables where it is non-empty. It also checks that every object has id, date,
classification and origin, and compares the subject coverage with the cables whose text has a
SUBJECT line (`SUBJECT`, `SUBJ:` or the clipped `UBJECT:` label).
"""
import json, os, re, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
binary = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("--") else os.path.join(HERE, "..", ".build", "release", "cablegraph")
corpus = sys.argv[2] if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else "/work/shared/corpus/cables"
out_path = sys.argv[sys.argv.index("--json") + 1] if "--json" in sys.argv else None

started = time.time()
proc = subprocess.run([binary, "parse", corpus, "--format", "json"], capture_output=True, text=True)
elapsed = time.time() - started
objects = [json.loads(line) for line in proc.stdout.split("\n") if line.startswith("{")]
files = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))
print(f"parsed {len(objects)} of {len(files)} files in {elapsed:.1f}s (exit {proc.returncode}, {len(proc.stderr.splitlines())} diagnostics)")

required = ["id", "date", "classification", "origin"]
missing = [o.get("id") for o in objects if any(not o.get(k) for k in required)]
print(f"objects missing id/date/classification/origin: {len(missing)} {missing[:10]}")

fields = ["transmission_id", "dtg", "from", "recipients", "info", "tags", "subject", "references", "references_typed",
          "classified_by", "nondisclosure_deadline", "summary", "signers", "partial"]
print(f"{'field':24} {'non-empty':>9} {'share':>7}")
for f in fields:
    n = sum(1 for o in objects if o.get(f) not in (None, "", [], False))
    print(f"{f:24} {n:9} {n / max(1, len(objects)):7.1%}")
changed = [o for o in objects if o.get("canonical_id") != o.get("id")]
print(f"{'canonical_id != id':24} {len(changed):9}  {[(o['id'], o['canonical_id']) for o in changed[:30]]}")

label = re.compile(r"(?i)(?<![A-Za-z(/])(SUBJECT|SUBJ|UBJECT)\s*:")
by_id = {o["id"]: o for o in objects}
with_label, with_subject, lacking = 0, 0, []
for f in files:
    text = open(os.path.join(corpus, f), encoding="utf-8", errors="replace").read()
    body = "\n".join(text.split("\n")[5:])[:20000]
    m = label.search(body)
    if not m or re.match(r"\s*LINE", body[m.end():]):
        continue
    with_label += 1
    o = by_id.get(f[:-4])
    if o and o.get("subject"):
        with_subject += 1
    else:
        lacking.append(f[:-4])
print(f"subject non-empty for {with_subject} of {with_label} cables with a subject line ({with_subject / max(1, with_label):.2%}); lacking: {lacking[:20]}")
if out_path:
    json.dump({"objects": len(objects), "missing_required": missing, "subject_lacking": lacking}, open(out_path, "w"), indent=1)
