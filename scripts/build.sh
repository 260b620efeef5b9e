#!/usr/bin/env bash
# Configures and builds Outflow into build/ (Release with debug info). Used by run.sh and test.sh.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${OUTFLOW_BUILD_DIR:-$REPO/build}
cmake -S "$REPO" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOUTFLOW_BUILD_GUI=ON -DOUTFLOW_BUILD_TESTS=ON >/dev/null
cmake --build "$BUILD" --parallel "$(nproc)"
