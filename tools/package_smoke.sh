#!/usr/bin/env bash
# Build the one-folder app (make package) and start the frozen binary offscreen: it must load
# Qt, the icon and the translations, migrate a fresh SQLite database and exit 0. CI runs this
# after `make test` (only when CI=true); developers run it by hand when build.spec changes.
set -euo pipefail
cd "$(dirname "$0")/.."

start=$(date +%s)
make package
echo "package_smoke: build took $(( $(date +%s) - start )) s; dist/wabadesk is $(du -sh dist/wabadesk | cut -f1)"

BIN=dist/wabadesk/wabadesk
[ -x "$BIN" ] || { echo "package_smoke: $BIN was not built" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/smoke.sqlite3"
# A clean HOME so the frozen app reads no developer settings and writes nowhere else.
HOME="$work/home" QT_QPA_PLATFORM=offscreen "$BIN" self-test --db "sqlite:///$db"

tables=$(.venv/bin/python - "$db" <<'PY'
import sqlite3
import sys

names = {r[0] for r in sqlite3.connect(sys.argv[1]).execute("select name from sqlite_master")}
for required in ("alembic_version", "conversation", "message"):
    if required not in names:
        sys.exit(f"package_smoke: table {required!r} missing after migration: {sorted(names)}")
print(len(names))
PY
)
echo "package_smoke: frozen binary migrated a fresh database ($tables tables and indexes)"
