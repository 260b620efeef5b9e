#!/usr/bin/env bash
# Apache Arrow's C++ libraries (Arrow, Parquet, the ORC adapter) for the parquet and orc formats.
# Debian 12 has no Arrow packages; the pyarrow wheel on PyPI ships those libraries with their
# headers, built for manylinux_2_28 (glibc 2.28, the C++11 string ABI Debian uses). This fetches
# one pinned wheel, checks its hash and unpacks the C++ part into .cache/arrow-<version>/:
#
#   scripts/arrow.sh fetch     download and unpack (idempotent; nothing to do when present)
#   scripts/arrow.sh prefix    print the folder (include/ and lib/) CMake imports
#
# CMake prefers an Arrow it finds installed (find_package(Arrow)); this tree is the fallback.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VERSION=18.1.0
SOVERSION=1801
WHEEL=pyarrow-$VERSION-cp311-cp311-manylinux_2_28_x86_64.whl
SHA256=f266a2c0fc31995a06ebd30bcfdb7f615d7278035ec5b1cd71c48d56daaf30b0
PREFIX=$REPO/.cache/arrow-$VERSION

fetch() {
  [ -f "$PREFIX/.complete" ] && return 0
  local download=$REPO/.cache/downloads
  mkdir -p "$download"
  if [ ! -f "$download/$WHEEL" ] || ! echo "$SHA256  $download/$WHEEL" | sha256sum -c --quiet - 2>/dev/null; then
    echo "arrow: downloading $WHEEL from PyPI"
    # --python-version/--platform: the wheel is only unpacked, never imported, so the local
    # Python does not have to match it.
    python3 -m pip download --quiet --no-deps --only-binary=:all: --python-version 3.11 --implementation cp \
      --abi cp311 --platform manylinux_2_28_x86_64 --dest "$download" "pyarrow==$VERSION"
    echo "$SHA256  $download/$WHEEL" | sha256sum -c --quiet - || { echo "arrow: $WHEEL does not have the pinned hash" >&2; exit 1; }
  fi
  rm -rf "$PREFIX"
  python3 - "$download/$WHEEL" "$PREFIX" "$SOVERSION" <<'PY'
import os, sys, zipfile
wheel, prefix, so = sys.argv[1:]
libs = [f"libarrow.so.{so}", f"libparquet.so.{so}"]
with zipfile.ZipFile(wheel) as z:
    for name in z.namelist():
        if name.startswith("pyarrow/include/") and not name.endswith("/"):
            target = os.path.join(prefix, "include", name[len("pyarrow/include/"):])
        elif name[len("pyarrow/"):] in libs:
            target = os.path.join(prefix, "lib", name[len("pyarrow/"):])
        else:
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with z.open(name) as src, open(target, "wb") as dst:
            dst.write(src.read())
for lib in libs:
    os.symlink(lib, os.path.join(prefix, "lib", lib.rsplit(".", 1)[0]))
PY
  touch "$PREFIX/.complete"
  echo "arrow: Arrow $VERSION C++ libraries in $PREFIX"
}

case "${1:-}" in
  fetch) fetch ;;
  prefix) echo "$PREFIX" ;;
  *) echo "usage: $0 fetch|prefix" >&2; exit 2 ;;
esac
