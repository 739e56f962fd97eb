"""Load a node-link JSON export with networkx and report what it sees, as JSON.

Usage: check_json.py FILE [--labels]
"""
import json
import sys

import networkx as nx


def main(argv):
    data = json.load(open(argv[0], encoding="utf-8"))
    g = nx.node_link_graph(data, edges="links")
    report = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "multigraph": g.is_multigraph(),
        "edge_keys": sorted({k for _, _, k in g.edges(keys=True)}) if g.is_multigraph() else [],
        "evidence_lists": sum(1 for _, _, d in g.edges(data=True) if isinstance(d.get("evidence"), list)),
    }
    if "--labels" in argv:
        report["labels"] = {n: d.get("label") for n, d in g.nodes(data=True)}
    print(json.dumps(report, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
