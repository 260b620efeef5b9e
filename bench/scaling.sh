#!/usr/bin/env bash
# Scaling with partitions: one task with parallelism = partitions on topics of 1, 2, 4 and 8
# partitions, against kcat on the same topic in the same run. Prints one summary line per size.
#
#   bench/scaling.sh [records=1000000] [value_bytes=1024] [format=json]
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RECORDS=${1:-1000000}
VALUE_BYTES=${2:-1024}
FORMAT=${3:-json}
for p in 1 2 4 8; do
  out=$(OUTFLOW_BENCH_CONNECT=0 "$REPO/bench/sink_throughput.sh" "$RECORDS" "$p" "$VALUE_BYTES" "$FORMAT" 2>&1)
  kcat=$(echo "$out" | awk '$1 == "kcat" {print $2}')
  outflow=$(echo "$out" | awk '$1 == "outflow" && $3 == "msg/s" {print $2}')
  ratio=$(echo "$out" | awk -F': ' '/outflow \/ kcat/ {print $2}')
  printf 'partitions %d: outflow %12s msg/s   kcat %12s msg/s   ratio %s\n' "$p" "$outflow" "$kcat" "$ratio"
done
