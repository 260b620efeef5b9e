#!/usr/bin/env bash
# Runs a Hive Metastore (hive-standalone-metastore-server 4.0.1, Thrift, embedded Derby) on
# 127.0.0.1 for development and the tests. The jars come from Maven Central
# (scripts/metastore/pom.xml) and are cached under .cache/metastore/libs; nothing is vendored.
#
#   scripts/metastore.sh start    start (or reuse) the metastore; prints its thrift:// URL
#   scripts/metastore.sh fresh    delete any earlier state, then start (new port, no tables)
#   scripts/metastore.sh stop     stop it, keep its database and port (a later start resumes them)
#   scripts/metastore.sh clean    stop it and delete its database
#   scripts/metastore.sh url      print the thrift:// URL of the running metastore
#   scripts/metastore.sh status   exit 0 if running
#   scripts/metastore.sh fetch    only download the jars
#
# OUTFLOW_METASTORE_DIR selects the state folder (default .cache/metastore-run), so several
# metastores can run side by side; the port is picked free on first start and kept for restarts.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${OUTFLOW_CACHE:-$REPO/.cache}
LIBS=$CACHE/metastore/libs
STATE=${OUTFLOW_METASTORE_DIR:-$CACHE/metastore-run}
PIDFILE=$STATE/metastore.pid
PORTFILE=$STATE/port

log() { echo "metastore.sh: $*" >&2; }
# shellcheck source=service-lib.sh
. "$REPO/scripts/service-lib.sh"

fetch() { maven_fetch metastore "the Hive Metastore"; }

port() { cat "$PORTFILE"; }
url() { echo "thrift://127.0.0.1:$(port)"; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$(port)") 2>/dev/null; }

# The metastore reads metastore-site.xml from its class path. Derby keeps its database in the
# state folder; autoCreateAll makes DataNucleus create the schema on first use, which spares
# running schematool (a second JVM and a minute) before the first start.
configure() {
  mkdir -p "$STATE/conf" "$STATE/warehouse" "$STATE/tmp"
  free_port > "$PORTFILE"
  cat > "$STATE/conf/metastore-site.xml" <<XML
<configuration>
  <property><name>javax.jdo.option.ConnectionURL</name><value>jdbc:derby:;databaseName=$STATE/db;create=true</value></property>
  <property><name>javax.jdo.option.ConnectionDriverName</name><value>org.apache.derby.jdbc.EmbeddedDriver</value></property>
  <property><name>datanucleus.schema.autoCreateAll</name><value>true</value></property>
  <property><name>metastore.schema.verification</name><value>false</value></property>
  <property><name>metastore.warehouse.dir</name><value>file://$STATE/warehouse</value></property>
  <property><name>metastore.warehouse.external.dir</name><value>file://$STATE/warehouse</value></property>
  <property><name>metastore.event.db.notification.api.auth</name><value>false</value></property>
  <property><name>metastore.metrics.enabled</name><value>false</value></property>
  <property><name>metastore.compactor.initiator.on</name><value>false</value></property>
  <property><name>metastore.housekeeping.threads.on</name><value>false</value></property>
</configuration>
XML
  cat > "$STATE/conf/log4j2.properties" <<L4J
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
appender.file.type = File
appender.file.name = file
appender.file.fileName = $STATE/metastore.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = %d %p %c{1}: %m%n
L4J
}

start() {
  fetch
  if running; then url; return; fi
  [ -f "$PORTFILE" ] && [ -f "$STATE/conf/metastore-site.xml" ] || { rm -rf "$STATE"; configure; }
  if listening; then log "port $(port) is taken by another process; delete $STATE to pick a new one"; exit 1; fi
  # setsid: its own process group, so stop ends it and everything it started.
  # A small heap and a quick JIT: the machine is shared and the tests make a handful of calls.
  # --add-opens: Hadoop's FileSystem code reflects into java.lang and java.net on Java 17.
  setsid java -Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      --add-opens=java.base/java.lang=ALL-UNNAMED \
      --add-opens=java.base/java.net=ALL-UNNAMED \
      --add-opens=java.base/java.util=ALL-UNNAMED \
      -Djava.io.tmpdir="$STATE/tmp" \
      -Dlog4j.configurationFile="$STATE/conf/log4j2.properties" \
      -Dderby.stream.error.file="$STATE/derby.log" \
      -cp "$STATE/conf:$LIBS/*" org.apache.hadoop.hive.metastore.HiveMetaStore -p "$(port)" \
      > "$STATE/metastore.out" 2>&1 < /dev/null &
  echo $! > "$PIDFILE"
  await_ready metastore listening "$STATE/metastore.out" "$STATE/metastore.log"
  url
}

dispatch 2,16p "${1:-}"
