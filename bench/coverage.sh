#!/bin/sh
# The test suite's coverage of lint/, per module, the `python -m lint`
# processes the tests start and yure's worker processes included (see
# [tool.coverage.*] in pyproject.toml).  Needs the test extra:
#   pip install -e '.[test,sudachi]' && bench/coverage.sh [pytest arguments]
# Prints the per-module table, then the modules under MIN_COVER percent
# (default 85); the data stays in bench/out/coverage/ for `coverage html`.
set -eu
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python}
MIN_COVER=${MIN_COVER:-85}
mkdir -p bench/out/coverage
"$PYTHON" -m coverage erase
status=0
"$PYTHON" -m coverage run -m pytest -q -p no:cacheprovider "$@" || status=$?
"$PYTHON" -m coverage combine -q
"$PYTHON" -m coverage report
"$PYTHON" -m coverage json -q -o bench/out/coverage/coverage.json
"$PYTHON" - "$MIN_COVER" <<'PY'
import json
import sys

limit = float(sys.argv[1])
files = json.load(open("bench/out/coverage/coverage.json", encoding="utf-8"))["files"]
low = sorted((f["summary"]["percent_covered"], name) for name, f in files.items()
             if f["summary"]["num_statements"] and f["summary"]["percent_covered"] < limit)
print(f"\nmodules under {limit:g} %: {len(low)}")
for percent, name in low:
    print(f"  {percent:5.1f} %  {name}")
PY
exit "$status"
