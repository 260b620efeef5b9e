#!/usr/bin/env bash
# The README's run command: installs what is needed, builds, starts a local Kafka broker with a
# demo topic that keeps receiving sample orders, registers it and a local warehouse in a demo
# catalog, creates a demo task, and opens the Outflow console on it. Closing the console stops
# the producer and the broker (their data stays in .cache/ for the next run).
#
#   scripts/run.sh [outflow options, e.g. --lang zh_CN]
#
# OUTFLOW_DEMO_METASTORE=1 also starts a local Hive Metastore (scripts/metastore.sh, fetched on
# first use) and names it in the demo warehouse, so the demo task's table and hour partitions
# are registered (task detail → Hive table). Off by default: it adds a JVM and a download.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${OUTFLOW_BUILD_DIR:-$REPO/build}
DEMO=$REPO/.cache/demo
CATALOG=$DEMO/catalog.sqlite
export OUTFLOW_BUILD_DIR=$BUILD

bash "$REPO/scripts/install-deps.sh"
"$REPO/scripts/kafka.sh" fetch
"$REPO/scripts/build.sh"

PRODUCER_PID=""
cleanup() {
  [ -n "$PRODUCER_PID" ] && kill -- "-$PRODUCER_PID" 2>/dev/null || true
  "$REPO/scripts/kafka.sh" stop || true
  [ "${OUTFLOW_DEMO_METASTORE:-}" = 1 ] && "$REPO/scripts/metastore.sh" stop || true
}
trap cleanup EXIT INT TERM

BOOTSTRAP=$("$REPO/scripts/kafka.sh" start)
echo "run.sh: Kafka broker at $BOOTSTRAP"
"$REPO/scripts/kafka.sh" topic demo 4
# setsid: its own process group, so cleanup ends kcat and python together.
setsid bash -c "python3 '$REPO/scripts/demo_producer.py' 20 | kcat -b '$BOOTSTRAP' -P -t demo -K '\t' 2>/dev/null" &
PRODUCER_PID=$!
echo "run.sh: producing sample orders into topic 'demo'"

ENGINE="$BUILD/app/outflow-engine --catalog $CATALOG"
mkdir -p "$DEMO"
$ENGINE cluster add --name local --bootstrap "$BOOTSTRAP"
METASTORE_ARGS=()
if [ "${OUTFLOW_DEMO_METASTORE:-}" = 1 ]; then
  METASTORE=$("$REPO/scripts/metastore.sh" start)
  echo "run.sh: Hive Metastore at $METASTORE"
  METASTORE_ARGS=(--metastore "$METASTORE")
fi
$ENGINE warehouse add --name local --local "$DEMO/warehouse" "${METASTORE_ARGS[@]}"
if ! $ENGINE task list | cut -f2 | grep -qx demo_orders_to_tdw; then
  cat > "$DEMO/demo-task.json" <<JSON
{
  "name": "demo_orders_to_tdw",
  "source": { "cluster": "local", "topic": "demo", "start": "earliest" },
  "target": { "warehouse": "local", "bid": "b_demo", "tid": "orders", "format": "json",
              "flushIntervalSec": 10, "timezone": "UTC", "badRecords": "skip" },
  "parallelism": 2
}
JSON
  $ENGINE task create --file "$DEMO/demo-task.json"
fi
echo "run.sh: warehouse files appear under $DEMO/warehouse/b_demo/orders/"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  echo "run.sh: no display; running the console inside Xvfb (use --screenshot FILE to see it)"
  xvfb-run -a -s "-screen 0 1440x900x24" "$BUILD/app/outflow" --catalog "$CATALOG" "$@"
else
  "$BUILD/app/outflow" --catalog "$CATALOG" "$@"
fi
