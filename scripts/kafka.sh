#!/usr/bin/env bash
# Runs a single-node Apache Kafka broker (KRaft, combined broker+controller) on 127.0.0.1 for
# development, the demo and the tests. The jars come from Maven Central (scripts/kafka/pom.xml)
# and are cached under .cache/kafka/libs; nothing is vendored.
#
#   scripts/kafka.sh start        start (or reuse) the broker; prints its bootstrap address
#   scripts/kafka.sh fresh        delete any earlier state, then start (new ports, no data)
#   scripts/kafka.sh stop         stop it, keep its data and ports (a later start resumes them)
#   scripts/kafka.sh clean        stop it and delete its data
#   scripts/kafka.sh bootstrap    print the bootstrap address of the running broker
#   scripts/kafka.sh status       exit 0 if running
#   scripts/kafka.sh topic NAME PARTITIONS   create a topic (no error if it exists)
#   scripts/kafka.sh delete-topic NAME        delete a topic (fault tests: recreated topics)
#   scripts/kafka.sh delete-records NAME P O  delete partition P's records below offset O
#   scripts/kafka.sh fetch        only download the jars
#
# OUTFLOW_KAFKA_DIR selects the state folder (default .cache/kafka-run), so several brokers can run
# side by side; ports are picked free on first start and kept for restarts.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${OUTFLOW_CACHE:-$REPO/.cache}
LIBS=$CACHE/kafka/libs
STATE=${OUTFLOW_KAFKA_DIR:-$CACHE/kafka-run}
PIDFILE=$STATE/broker.pid
PROPS=$STATE/server.properties

log() { echo "kafka.sh: $*" >&2; }
# shellcheck source=service-lib.sh
. "$REPO/scripts/service-lib.sh"

fetch() { maven_fetch kafka "Apache Kafka"; }



bootstrap() { cat "$STATE/bootstrap"; }

port_open() {
  python3 - "$1" <<'PY'
import socket, sys
s = socket.socket(); s.settimeout(1)
try:
    s.connect(("127.0.0.1", int(sys.argv[1]))); print("open")
except OSError:
    sys.exit(1)
PY
}

java_run() {
  java -Xms128m -Xmx768m -XX:+UseSerialGC -Dlog4j2.configurationFile="$STATE/log4j2.properties" \
       -cp "$LIBS/*" "$@"
}

configure() {
  mkdir -p "$STATE/data"
  local port cport
  port=$(free_port); cport=$(free_port)
  while [ "$cport" = "$port" ]; do cport=$(free_port); done
  cat > "$PROPS" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$STATE/data
num.partitions=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.segment.bytes=67108864
PROPS
  cat > "$STATE/log4j2.properties" <<L4J
status = warn
appender.file.type = File
appender.file.name = file
appender.file.fileName = $STATE/broker.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = info
rootLogger.appenderRef.file.ref = file
logger.kafka.name = kafka
logger.kafka.level = info
logger.kafka.controller.name = kafka.controller
logger.kafka.controller.level = warn
logger.state.name = state.change.logger
logger.state.level = warn
L4J
  echo "127.0.0.1:$port" > "$STATE/bootstrap"
  local cluster_id
  # Base64url may start with '-', which the storage tool would read as an option (1 start in 64
  # failed with "argument --cluster-id: expected one argument"): draw again until it does not.
  cluster_id=$(python3 -c 'import uuid,base64
while True:
    c = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
    if not c.startswith("-"): break
print(c)')
  java_run kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$PROPS" > "$STATE/format.log" 2>&1 \
    || { cat "$STATE/format.log" >&2; exit 1; }
}

start() {
  fetch
  if running; then bootstrap; return; fi
  [ -f "$PROPS" ] && [ -f "$STATE/data/meta.properties" ] || { rm -rf "$STATE"; configure; }
  local port; port=$(bootstrap | cut -d: -f2)
  if port_open "$port" >/dev/null; then
    log "port $port is taken by another process; delete $STATE to pick new ports"; exit 1
  fi
  # setsid: the broker gets its own process group, so stop can end it and nothing it spawns lingers.
  setsid java -Xms128m -Xmx768m -XX:+UseSerialGC -Dlog4j2.configurationFile="$STATE/log4j2.properties" \
      -cp "$LIBS/*" kafka.Kafka "$PROPS" > "$STATE/broker.out" 2>&1 < /dev/null &
  echo $! > "$PIDFILE"
  for _ in $(seq 1 120); do
    if ! running; then log "broker exited during start:"; tail -n 30 "$STATE/broker.out" "$STATE/broker.log" >&2 || true; exit 1; fi
    if port_open "$port" >/dev/null && kcat -b "$(bootstrap)" -L -m 2 >/dev/null 2>&1; then
      bootstrap; return
    fi
    sleep 0.5
  done
  log "broker did not become ready in 60 s"; tail -n 30 "$STATE/broker.log" >&2 || true
  stop; exit 1
}


topic() {
  local name=$1 parts=${2:-1}
  java_run org.apache.kafka.tools.TopicCommand --bootstrap-server "$(bootstrap)" --create --if-not-exists \
      --topic "$name" --partitions "$parts" --replication-factor 1 > "$STATE/topic.log" 2>&1 \
    || { cat "$STATE/topic.log" >&2; exit 1; }
}

delete_topic() {
  java_run org.apache.kafka.tools.TopicCommand --bootstrap-server "$(bootstrap)" --delete --topic "$1" \
      > "$STATE/topic.log" 2>&1 || { cat "$STATE/topic.log" >&2; exit 1; }
}

# Moves a partition's log start to OFFSET, as retention would (the records before are gone).
delete_records() {
  local name=$1 partition=$2 offset=$3
  printf '{"version":1,"partitions":[{"topic":"%s","partition":%d,"offset":%d}]}' "$name" "$partition" "$offset" \
    > "$STATE/delete-records.json"
  java_run org.apache.kafka.tools.DeleteRecordsCommand --bootstrap-server "$(bootstrap)" \
      --offset-json-file "$STATE/delete-records.json" > "$STATE/topic.log" 2>&1 || { cat "$STATE/topic.log" >&2; exit 1; }
}

case "${1:-}" in
  start) start ;;
  fresh) stop; rm -rf "$STATE"; start ;;
  stop) stop ;;
  clean) stop; rm -rf "$STATE" ;;
  bootstrap) running && bootstrap || { log "not running"; exit 1; } ;;
  status) running ;;
  topic) shift; topic "$@" ;;
  delete-topic) shift; delete_topic "$@" ;;
  delete-records) shift; delete_records "$@" ;;
  fetch) fetch ;;
  *) sed -n '2,18p' "$0" >&2; exit 2 ;;
esac
