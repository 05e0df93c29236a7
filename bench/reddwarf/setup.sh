#!/usr/bin/env bash
# Create (or reuse) a Python venv with red-dwarf 0.4.0 for the benchmark peer.
# Venv location: ${REDDWARF_VENV:-<repo>/target/reddwarf-venv}  (target/ is git-ignored).
# Idempotent: if the venv already has exactly requirements.txt installed, it does nothing.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
VENV="${REDDWARF_VENV:-$REPO/target/reddwarf-venv}"
REQ="$HERE/requirements.txt"
PYTHON="${PYTHON:-python3}"
STAMP="$VENV/.reddwarf-requirements.sha256"

die() { echo "setup.sh: ERROR: $*" >&2; exit 1; }

[ -f "$REQ" ] || die "missing $REQ"
command -v "$PYTHON" >/dev/null 2>&1 || die "'$PYTHON' not found; install Python >= 3.10 or set PYTHON=/path/to/python3"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 10) else 1)' \
  || die "red-dwarf 0.4.0 needs Python >= 3.10; '$PYTHON' is $("$PYTHON" -V 2>&1)"

want="$(sha256sum "$REQ" | cut -d' ' -f1)"
if [ -x "$VENV/bin/python" ] && [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] \
   && "$VENV/bin/python" -c 'import warnings; warnings.simplefilter("ignore"); import reddwarf.implementations.polis' >/dev/null 2>&1; then
  echo "setup.sh: red-dwarf venv already up to date at $VENV"
  exit 0
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "setup.sh: creating venv at $VENV"
  mkdir -p "$(dirname "$VENV")"
  "$PYTHON" -m venv "$VENV" \
    || die "'$PYTHON -m venv' failed (on Debian/Ubuntu: apt-get install python3-venv)"
fi

echo "setup.sh: installing $REQ into $VENV"
"$VENV/bin/python" -m pip install --disable-pip-version-check -r "$REQ" \
  || die "pip install -r $REQ failed (is PyPI reachable? see the pip output above)"
"$VENV/bin/python" -c 'import warnings; warnings.simplefilter("ignore"); import reddwarf.implementations.polis' \
  || die "red-dwarf installed but 'import reddwarf.implementations.polis' fails"

echo "$want" > "$STAMP"
echo "setup.sh: OK. Python: $VENV/bin/python"
echo "setup.sh: run e.g.  $VENV/bin/python $HERE/run.py --repeat 3 $REPO/data/polis/vtaiwan.uberx"
