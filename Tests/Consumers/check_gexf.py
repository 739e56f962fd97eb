"""Load a GEXF export with networkx and report what it sees, as JSON.

Usage: check_gexf.py FILE [--labels]
"""
import json
import sys

import networkx as nx


def type_names(items):
    seen = {}
    for data in items:
        for name, value in data.items():
            seen.setdefault(name, set()).add(type(value).__name__)
    return {name: sorted(types) for name, types in sorted(seen.items())}


def main(argv):
    g = nx.read_gexf(argv[0])
    edges = list(g.edges(keys=True, data=True)) if g.is_multigraph() else [(u, v, None, d) for u, v, d in g.edges(data=True)]
    report = {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "mode": g.graph.get("mode"),
        "node_attributes": type_names(d for _, d in g.nodes(data=True)),
        "edge_attributes": type_names(d for _, _, _, d in edges),
        "nodes_with_spells": sum(1 for _, d in g.nodes(data=True) if d.get("spells")),
        "edges_with_spells": sum(1 for _, _, _, d in edges if d.get("spells")),
    }
    if "--labels" in argv:
        report["labels"] = {n: d.get("label") for n, d in g.nodes(data=True)}
    print(json.dumps(report, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
