#!/usr/bin/env bash
# The README's main command: builds cablegraph (release), then writes the exports of the bundled
# sample cable into Exports/ (every format, plus Exports/09BEIJING509.svg drawn from the DOT file
# when Graphviz is installed) and the ontology into Schemas/cablegraph.owl.rdf.
# The tests fail when these files differ from what the current code writes.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/setup.sh --build
swift build -c release --product cablegraph
BIN=.build/release/cablegraph
SAMPLE=Samples/09BEIJING509.txt
STEM=$(basename "$SAMPLE" .txt)

"$BIN" schema -o Schemas/cablegraph.owl.rdf
"$BIN" export "$SAMPLE" --all-formats --output-dir Exports

if command -v dot >/dev/null 2>&1; then
  tmp=$(mktemp "Exports/.$STEM.svg.XXXXXX")
  trap 'rm -f "$tmp"' EXIT
  dot -Tsvg "Exports/$STEM.dot" -o "$tmp"
  chmod 644 "$tmp"
  mv "$tmp" "Exports/$STEM.svg"
else
  echo "build-exports: Graphviz dot is not installed; Exports/$STEM.svg was not redrawn (Scripts/setup.sh installs it)" >&2
fi
ls -l Exports >&2
