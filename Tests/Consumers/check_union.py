"""Load a single-run N-Triples file and the shards of the same corpus into pyoxigraph, and report
whether the union of the shards holds exactly the single run's triples, as JSON.

Usage: check_union.py SINGLE.nt SHARD.nt [SHARD.nt ...]
rapper also parses every file (its triple count is reported).
"""
import json
import re
import subprocess
import sys

import pyoxigraph


def rapper_count(path):
    run = subprocess.run(["rapper", "-i", "ntriples", "-c", path], capture_output=True, text=True)
    if run.returncode != 0:
        return {"error": run.stderr.strip()[-2000:]}
    match = re.search(r"returned (\d+) triples?", run.stderr + run.stdout)
    return int(match.group(1)) if match else {"error": "no count"}


def load(paths):
    store = pyoxigraph.Store()
    for path in paths:
        store.load(path=path, format=pyoxigraph.RdfFormat.N_TRIPLES)
    return {(q.subject, q.predicate, q.object) for q in store}


def main(argv):
    single, shards = argv[0], argv[1:]
    whole = load([single])
    union = load(shards)
    per_shard = [len(load([s])) for s in shards]
    print(json.dumps({
        "single": len(whole), "union": len(union), "shards": per_shard,
        "equal": whole == union, "missing": len(whole - union), "extra": len(union - whole),
        "rapper_single": rapper_count(single), "rapper_shards": [rapper_count(s) for s in shards],
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
