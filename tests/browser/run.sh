#!/usr/bin/env bash
# Real-browser test of Accord's web UI: headless Chromium (Debian's package) driven by playwright-core.
# Usage: bash tests/browser/run.sh    (ACCORD_BIN=/path/to/accord to test a prebuilt binary)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

# Chromium and fonts for Arabic and Chinese, from Debian; never a browser download. Installed only
# when missing (a machine may have Chromium but not the fonts, and would then show CJK as boxes).
missing=()
command -v /usr/bin/chromium >/dev/null 2>&1 || missing+=(chromium)
for font in fonts-noto-core fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$font" 2>/dev/null | grep -q 'ok installed' || missing+=("$font")
done
if [ "${#missing[@]}" -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y "${missing[@]}"
fi

# JavaScript dependencies, exactly as locked.
if [ ! -d "$here/node_modules" ] || [ "$here/package-lock.json" -nt "$here/node_modules" ]; then
  (cd "$here" && npm ci --no-audit --no-fund && touch node_modules)
fi

if [ -z "${ACCORD_BIN:-}" ]; then
  (cd "$root" && cargo build -p accord-cli)
  export ACCORD_BIN="$root/target/debug/accord"
elif [[ "$ACCORD_BIN" != /* ]]; then
  # Relative to where run.sh was called from, not to this folder.
  export ACCORD_BIN="$PWD/$ACCORD_BIN"
fi

cd "$here"
exec node --test
