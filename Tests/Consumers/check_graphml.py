"""Load a GraphML export the way users do (networkx, igraph) and report what they see, as JSON.

Usage: check_graphml.py FILE [--labels]
The Swift consumer tests compare the report with the graph that was exported.
"""
import json
import sys

import igraph
import networkx as nx


def type_names(items):
    """attribute name -> sorted list of the Python type names its values have."""
    seen = {}
    for data in items:
        for name, value in data.items():
            seen.setdefault(name, set()).add(type(value).__name__)
    return {name: sorted(types) for name, types in sorted(seen.items())}


def main(argv):
    path = argv[0]
    g = nx.read_graphml(path)
    edges = list(g.edges(keys=True, data=True)) if g.is_multigraph() else [(u, v, None, d) for u, v, d in g.edges(data=True)]
    report = {
        "networkx": {
            "nodes": g.number_of_nodes(),
            "edges": g.number_of_edges(),
            "directed": g.is_directed(),
            "multigraph": g.is_multigraph(),
            "node_attributes": type_names(d for _, d in g.nodes(data=True)),
            "edge_attributes": type_names(d for _, _, _, d in edges),
        }
    }
    if "--labels" in argv:
        report["networkx"]["labels"] = {n: d.get("label") for n, d in g.nodes(data=True)}
        report["networkx"]["aliases"] = {n: d.get("aliases") for n, d in g.nodes(data=True) if "aliases" in d}
        report["networkx"]["evidence"] = sorted(json.loads(d["evidence"])[0]["text"] for _, _, _, d in edges if "evidence" in d)
    ig = igraph.Graph.Read_GraphML(path)
    report["igraph"] = {
        "nodes": ig.vcount(),
        "edges": ig.ecount(),
        "directed": ig.is_directed(),
        "vertex_attributes": sorted(ig.vs.attributes()),
        "edge_attributes": sorted(ig.es.attributes()),
    }
    print(json.dumps(report, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
