#!/usr/bin/env bash
# The test command (README, .ci/run): installs what the tests need, then runs every test.
# Export tests load the exports into the programs users load them into (networkx, igraph,
# rapper, rdflib, pyoxigraph, Graphviz dot); with CI=1 a missing validator fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh
export CABLEGRAPH_VENV="${CABLEGRAPH_VENV:-$PWD/.venv}"
export CABLEGRAPH_REQUIRE_VALIDATORS=1
python3 Scripts/generate-schema.py --check
swift build -c release --product cablegraph
export CABLEGRAPH_BINARY="$PWD/.build/release/cablegraph"
swift test "$@"
