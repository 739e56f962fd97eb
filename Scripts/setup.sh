#!/usr/bin/env bash
# Installs what building and testing cablegraph needs on a fresh Debian machine:
# Debian packages (libxml2-dev and libsqlite3-dev to build; graphviz and raptor2-utils to check exports)
# and a Python venv with pinned validators (networkx, igraph, rdflib, pyoxigraph).
# Idempotent: a second run installs nothing.
#
#   Scripts/setup.sh            # everything
#   Scripts/setup.sh --build    # only what building needs
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_PKGS=(libxml2-dev libsqlite3-dev pkg-config)
CHECK_PKGS=(graphviz raptor2-utils libxml2-utils python3-venv)
VENV="${CABLEGRAPH_VENV:-$PWD/.venv}"
PIP_PKGS=(networkx==3.6.1 igraph==1.0.0 rdflib==7.6.0 pyoxigraph==0.5.13)

log() { printf '[setup] %s\n' "$*" >&2; }

want=("${BUILD_PKGS[@]}")
[[ "${1:-}" == "--build" ]] || want+=("${CHECK_PKGS[@]}")
missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  SUDO=""; [[ $EUID -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[[ "${1:-}" == "--build" ]] && exit 0

if [[ ! -x "$VENV/bin/python" ]]; then
  log "creating venv $VENV"
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" - "${PIP_PKGS[@]}" <<'PY'
import sys
from importlib.metadata import version, PackageNotFoundError
for spec in sys.argv[1:]:
    name, want = spec.split("==")
    try:
        if version(name) != want: sys.exit(1)
    except PackageNotFoundError:
        sys.exit(1)
PY
then
  log "pip install ${PIP_PKGS[*]}"
  "$VENV/bin/pip" install -q --disable-pip-version-check "${PIP_PKGS[@]}"
fi
log "ok: $(dot -V 2>&1 | head -1); rapper $(rapper --version); venv $VENV"
