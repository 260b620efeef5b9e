#!/usr/bin/env bash
# Builds Outflow and packs it as a Debian package in dist/ (CPack; the package's dependencies
# name Debian's Qt, librdkafka and other library packages; Arrow travels inside it):
#   scripts/package-deb.sh && sudo apt install ./dist/outflow_*_amd64.deb
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${OUTFLOW_BUILD_DIR:-$REPO/build}
export OUTFLOW_BUILD_DIR=$BUILD
bash "$REPO/scripts/install-deps.sh"
"$REPO/scripts/build.sh"
mkdir -p "$REPO/dist"
cpack -G DEB -B "$REPO/dist" --config "$BUILD/CPackConfig.cmake" >&2
rm -rf "$REPO/dist/_CPack_Packages"
ls "$REPO"/dist/outflow_*.deb
