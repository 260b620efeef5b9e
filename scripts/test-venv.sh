#!/usr/bin/env bash
# The independent Python parts of the tests: the readers columnar files are checked with, apart
# from the engine's Arrow C++ writer — DuckDB (its own Parquet reader) and pyarrow (Apache ORC's
# reader) — and fastavro, which writes Avro records in the schema registry's wire format. A venv in
# .cache/test-venv with pinned, hash-checked wheels from PyPI; idempotent, so the CTest fixture
# `python_readers` calls it before every run.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV=$REPO/.cache/test-venv
STAMP=$VENV/.requirements
REQUIREMENTS="duckdb==1.1.3 --hash=sha256:9d0767ada9f06faa5afcf63eb7ba1befaccfbcfdac5ff86f0168c673dd1f47aa
pyarrow==18.1.0 --hash=sha256:f266a2c0fc31995a06ebd30bcfdb7f615d7278035ec5b1cd71c48d56daaf30b0
fastavro==1.13.1 --hash=sha256:950f2e260f65c7e6135288c142b078d06d2f1c90fc52f91a14c08e5f8811bf06"

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$REQUIREMENTS" ] && "$VENV/bin/python" -c "import duckdb, pyarrow.orc, fastavro" 2>/dev/null; then
  exit 0
fi
rm -rf "$VENV"
python3 -m venv "$VENV"
printf '%s\n' "$REQUIREMENTS" > "$VENV/requirements.txt"
# The pyarrow wheel may already be in the download cache (scripts/arrow.sh fetched it).
"$VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps --only-binary=:all: --require-hashes \
  --find-links "$REPO/.cache/downloads" -r "$VENV/requirements.txt"
printf '%s' "$REQUIREMENTS" > "$STAMP"
echo "test-venv: DuckDB, pyarrow and fastavro ready in $VENV"
