"""Check a nodes/edges CSV pair against the rules of Neo4j admin-import (header syntax, one ID
column, typed values that parse, relationships whose ends are nodes) and report, as JSON.

Usage: check_csv.py NODES.csv EDGES.csv
"""
import csv
import json
import re
import sys

HEADER = re.compile(r"^(?P<name>[A-Za-z0-9_]*)(?::(?P<type>ID|LABEL|START_ID|END_ID|TYPE|string|int|long|double|boolean|string\[\]))?$")


def check_value(kind, value, errors, where):
    if value == "":
        return
    try:
        if kind in ("int", "long"):
            int(value)
        elif kind == "double":
            float(value)
        elif kind == "boolean" and value not in ("true", "false"):
            raise ValueError(value)
    except ValueError:
        errors.append(f"{where}: {value!r} is not {kind}")


# neo4j-admin import reads a field as long as its read buffer (4 MiB by default); so do we.
csv.field_size_limit(4 * 1024 * 1024)


def read(path, errors):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    kinds = []
    for column in header:
        m = HEADER.match(column)
        if not m:
            errors.append(f"{path}: bad header {column!r}")
            kinds.append(None)
        else:
            kinds.append(m.group("type") or "string")
    for n, row in enumerate(body, 2):
        if len(row) != len(header):
            errors.append(f"{path}:{n}: {len(row)} fields, header has {len(header)}")
            continue
        for kind, value in zip(kinds, row):
            check_value(kind, value, errors, f"{path}:{n}")
    return header, body


def main(argv):
    errors = []
    node_header, nodes = read(argv[0], errors)
    edge_header, edges = read(argv[1], errors)
    if node_header[:2] != ["id:ID", ":LABEL"]:
        errors.append(f"node header starts {node_header[:2]}")
    if edge_header[:3] != [":START_ID", ":END_ID", ":TYPE"]:
        errors.append(f"edge header starts {edge_header[:3]}")
    ids = [row[0] for row in nodes]
    if len(set(ids)) != len(ids):
        errors.append("duplicate node ids")
    known = set(ids)
    dangling = sum(1 for row in edges if len(row) >= 2 and (row[0] not in known or row[1] not in known))
    if dangling:
        errors.append(f"{dangling} edges with an end that is not a node")
    print(json.dumps({"nodes": len(nodes), "edges": len(edges), "node_header": node_header,
                      "edge_header": edge_header, "errors": errors[:50]}, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
