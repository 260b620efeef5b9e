#!/usr/bin/env bash
# The README's test command: installs what is needed, builds, runs every test against a real
# Kafka broker, a real HDFS mini cluster, a real schema registry and a real Hive Metastore (started
# and stopped by the `kafka`, `hdfs`, `registry` and `metastore` CTest fixtures), and exits non-zero
# on any failure. `.ci/run`
# calls exactly this.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${OUTFLOW_BUILD_DIR:-$REPO/build}
export OUTFLOW_BUILD_DIR=$BUILD

bash "$REPO/scripts/install-deps.sh"
"$REPO/scripts/kafka.sh" fetch
"$REPO/scripts/hdfs.sh" fetch
"$REPO/scripts/registry.sh" fetch
"$REPO/scripts/metastore.sh" fetch
"$REPO/scripts/build.sh"

# Whatever happens (failure, Ctrl-C), no broker, HDFS cluster or metastore outlives this command.
cleanup() {
  OUTFLOW_KAFKA_DIR="$BUILD/test-kafka" "$REPO/scripts/kafka.sh" clean >/dev/null 2>&1 || true
  OUTFLOW_HDFS_DIR="$BUILD/test-hdfs" "$REPO/scripts/hdfs.sh" clean >/dev/null 2>&1 || true
  OUTFLOW_REGISTRY_DIR="$BUILD/test-registry" "$REPO/scripts/registry.sh" clean >/dev/null 2>&1 || true
  OUTFLOW_METASTORE_DIR="$BUILD/test-metastore" "$REPO/scripts/metastore.sh" clean >/dev/null 2>&1 || true
}
trap cleanup EXIT INT TERM

cd "$BUILD"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 "$@"
