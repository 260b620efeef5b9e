#!/usr/bin/env bash
# Sink throughput: one Outflow task against two peers reading the same topic into files, in the
# same run, on the same broker: `kcat -C -e` and Kafka Connect's FileStreamSink (standalone
# worker). Prints msg/s, MB/s, CPU seconds and peak RSS for each, and Outflow's ratio to each.
#
#   bench/sink_throughput.sh [records=1000000] [partitions=4] [value_bytes=1024] [format=json]
#
# OUTFLOW_BENCH_CONNECT=0 leaves Kafka Connect out (it takes the longest).
#
# Needs a built tree (scripts/build.sh). Starts its own broker (state in .cache/bench-kafka) and
# stops it at the end.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${OUTFLOW_BUILD_DIR:-$REPO/build}
RECORDS=${1:-1000000}
PARTITIONS=${2:-4}
VALUE_BYTES=${3:-1024}
FORMAT=${4:-json}
export OUTFLOW_KAFKA_DIR=$REPO/.cache/bench-kafka
WORK=$(mktemp -d /tmp/outflow-bench.XXXXXX)
cleanup() { "$REPO/scripts/kafka.sh" clean >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

BOOTSTRAP=$("$REPO/scripts/kafka.sh" fresh)
TOPIC=bench_${PARTITIONS}p_${VALUE_BYTES}b
"$REPO/scripts/kafka.sh" topic "$TOPIC" "$PARTITIONS"

echo "bench: producing $RECORDS records of ~$VALUE_BYTES B JSON into $TOPIC ($PARTITIONS partitions)"
python3 - "$RECORDS" "$VALUE_BYTES" <<'PY' | kcat -b "$BOOTSTRAP" -P -t "$TOPIC" -K '\t' -X linger.ms=50 -X batch.num.messages=10000
import json, sys
n, size = int(sys.argv[1]), int(sys.argv[2])
pad = "x" * max(0, size - 90)
out = sys.stdout
for i in range(n):
    out.write(f"k{i % 1000}\t" + json.dumps({"id": i, "user": f"u{i % 977}", "amount": i % 1000 + 0.5, "pad": pad}, separators=(",", ":")) + "\n")
PY
TOTAL_BYTES=$(kcat -b "$BOOTSTRAP" -C -t "$TOPIC" -e -q -f '%S\n' | awk '{s+=$1} END {print s}')

# /usr/bin/time -f: elapsed, user+sys CPU, peak RSS (KiB)
measure() { /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.$1" "${@:2}"; }
report() {
  read -r elapsed user sys rss < "$WORK/time.$1"
  python3 - "$1" "$RECORDS" "$TOTAL_BYTES" "$elapsed" "$user" "$sys" "$rss" <<'PY'
import sys
name, n, b, e, u, s, rss = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), *map(float, sys.argv[4:8])
print(f"{name:10s} {n/e:12,.0f} msg/s {b/e/1e6:9.1f} MB/s  cpu {u+s:6.1f} s  peak RSS {rss/1024:7.1f} MiB  wall {e:6.2f} s")
PY
}

echo "bench: kcat -C -e -o beginning > file"
measure kcat bash -c "kcat -b '$BOOTSTRAP' -C -t '$TOPIC' -o beginning -e -q -X queued.max.messages.kbytes=131072 > '$WORK/kcat.out'"

if [ "${OUTFLOW_BENCH_CONNECT:-1}" = 1 ]; then
echo "bench: Kafka Connect FileStreamSink (standalone worker)"
LIBS=$REPO/.cache/kafka/libs
cat > "$WORK/worker.properties" <<PROPS
bootstrap.servers=$BOOTSTRAP
key.converter=org.apache.kafka.connect.storage.StringConverter
value.converter=org.apache.kafka.connect.storage.StringConverter
offset.storage.file.filename=$WORK/connect.offsets
offset.flush.interval.ms=1000
consumer.auto.offset.reset=earliest
consumer.max.poll.records=2000
PROPS
cat > "$WORK/sink.properties" <<PROPS
name=bench-file-sink
connector.class=org.apache.kafka.connect.file.FileStreamSinkConnector
tasks.max=1
topics=$TOPIC
file=$WORK/connect.out
PROPS
cat > "$WORK/log4j2.properties" <<L4J
status = error
rootLogger.level = error
L4J
python3 - "$WORK/connect.out" "$RECORDS" "$WORK/time.connect" java -Xmx1g -Dlog4j2.configurationFile="$WORK/log4j2.properties" \
    -cp "$LIBS/*" org.apache.kafka.connect.cli.ConnectStandalone "$WORK/worker.properties" "$WORK/sink.properties" <<'PY'
import os, signal, subprocess, sys, time
out, total, timefile, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
start = time.monotonic()
proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def lines():
    try:
        with open(out, "rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except FileNotFoundError:
        return 0
while lines() < total:
    if proc.poll() is not None:
        sys.exit("Kafka Connect exited early")
    time.sleep(0.2)
elapsed = time.monotonic() - start
proc.send_signal(signal.SIGTERM)
_, status, usage = os.wait4(proc.pid, 0)
with open(timefile, "w") as f:
    f.write(f"{elapsed:.2f} {usage.ru_utime:.2f} {usage.ru_stime:.2f} {usage.ru_maxrss}\n")
PY
fi

echo "bench: outflow-engine (one task, parallelism $PARTITIONS, format $FORMAT)"
ENGINE="$BUILD/app/outflow-engine --catalog $WORK/catalog.sqlite"
$ENGINE cluster add --name bench --bootstrap "$BOOTSTRAP"
$ENGINE warehouse add --name bench --local "$WORK/warehouse"
cat > "$WORK/task.json" <<JSON
{"name":"bench","source":{"cluster":"bench","topic":"$TOPIC","start":"earliest"},
 "target":{"warehouse":"bench","bid":"b_bench","tid":"t_bench","format":"$FORMAT","flushIntervalSec":1},
 "parallelism":$PARTITIONS}
JSON
TASK=$($ENGINE task create --file "$WORK/task.json")
# Run until every record is committed to the warehouse (file names carry the offsets), then stop.
python3 - "$WORK/warehouse/b_bench/t_bench" "$RECORDS" "$BUILD/app/outflow-engine" "$WORK/catalog.sqlite" "$WORK/time.outflow" <<'PY'
import os, re, signal, subprocess, sys, time
table, total, engine, catalog, timefile = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
name = re.compile(r"\+(\d+)\+(\d{20})\+(\d{20})")
import threading
start = time.monotonic()
proc = subprocess.Popen([engine, "--catalog", catalog, "run"], stderr=subprocess.PIPE, text=True)
joined = []
def watch():
    for line in proc.stderr:
        if "assigned partitions" in line and not joined:
            joined.append(time.monotonic())
threading.Thread(target=watch, daemon=True).start()
while True:
    done = 0
    for root, _, files in os.walk(table):
        for f in files:
            m = name.search(f)
            if m and not f.startswith("."):
                done += int(m.group(3)) - int(m.group(2)) + 1
    if done >= total:
        break
    if proc.poll() is not None:
        sys.exit("engine exited early")
    time.sleep(0.05)
elapsed = time.monotonic() - start
proc.send_signal(signal.SIGTERM)  # graceful stop; not part of the measured time
_, status, usage = os.wait4(proc.pid, 0)
with open(timefile, "w") as f:
    f.write(f"{elapsed:.2f} {usage.ru_utime:.2f} {usage.ru_stime:.2f} {usage.ru_maxrss}\n")
join = joined[0] - start if joined else 0.0
print(f"outflow: group join took {join:.2f} s; {total / (elapsed - join):,.0f} msg/s after it (includes waiting for the last 1 s flush)")
PY

echo
echo "Sink throughput: $RECORDS records, $PARTITIONS partitions, ~$VALUE_BYTES B values, format $FORMAT, $(nproc) cores"
report kcat
[ -f "$WORK/time.connect" ] && report connect
report outflow
read -r ke _ < "$WORK/time.kcat"; read -r oe _ < "$WORK/time.outflow"
python3 -c "import sys; k,o=map(float,sys.argv[1:]); print(f'outflow / kcat throughput ratio: {k/o:.2f}')" "$ke" "$oe"
if [ -f "$WORK/time.connect" ]; then
  read -r ce _ < "$WORK/time.connect"
  python3 -c "import sys; c,o=map(float,sys.argv[1:]); print(f'outflow / Kafka Connect throughput ratio: {c/o:.2f}')" "$ce" "$oe"
fi
