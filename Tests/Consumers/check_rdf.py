"""Parse an RDF/XML export with rapper, rdflib and pyoxigraph and report the triple counts, as JSON.

Usage: check_rdf.py FILE [--sparql QUERY_FILE] [--labels]
Also reports literals written with both xml:lang and rdf:datatype (must be none) and
IRIs that are not absolute or contain characters IRIs forbid (must be none).
"""
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pyoxigraph
import rdflib

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
BAD_IRI = re.compile(r'[\s<>"{}|\\^`]')


def rapper_count(path):
    run = subprocess.run(["rapper", "-i", "rdfxml", "-c", path], capture_output=True, text=True)
    if run.returncode != 0:
        return {"error": run.stderr.strip()[-2000:]}
    match = re.search(r"returned (\d+) triples?", run.stderr + run.stdout)
    return int(match.group(1)) if match else {"error": "no count in: " + (run.stderr + run.stdout)[-500:]}


def main(argv):
    path = argv[0]
    report = {"rapper": rapper_count(path)}

    g = rdflib.Graph()
    g.parse(path, format="xml")
    report["rdflib"] = len(g)
    bad = sorted({str(t) for triple in g for t in triple
                  if isinstance(t, rdflib.URIRef) and (BAD_IRI.search(str(t)) or ":" not in str(t))})
    report["bad_iris"] = bad[:20]

    store = pyoxigraph.Store()
    store.load(path=path, format=pyoxigraph.RdfFormat.RDF_XML)
    report["oxigraph"] = len(store)

    both = 0
    for element in ET.parse(path).iter():
        if XML_LANG in element.attrib and f"{{{RDF}}}datatype" in element.attrib:
            both += 1
    report["lang_and_datatype"] = both

    if "--sparql" in argv:
        query = open(argv[argv.index("--sparql") + 1], encoding="utf-8").read()
        rows = []
        for solution in store.query(query):
            rows.append([None if solution[i] is None else solution[i].value for i in range(len(solution))])
        report["sparql"] = rows
    if "--labels" in argv:
        labels = {}
        for s, o in g.subject_objects(rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")):
            labels[str(s)] = [str(o), o.language]
        report["labels"] = labels
    print(json.dumps(report, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(sys.argv[1:])
