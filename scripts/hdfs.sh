#!/usr/bin/env bash
# Runs a one-DataNode HDFS mini cluster (Hadoop's MiniHadoopClusterManager, no MapReduce/YARN) on
# 127.0.0.1 for development and the tests. The jars come from Maven Central (scripts/hdfs/pom.xml)
# and are cached under .cache/hdfs/libs; nothing is vendored.
#
#   scripts/hdfs.sh start          start (or reuse) the cluster; prints its WebHDFS base URL
#   scripts/hdfs.sh fresh          delete any earlier state, then start (new ports, empty file system)
#   scripts/hdfs.sh stop           stop it, keep its data and ports (a later start resumes them)
#   scripts/hdfs.sh clean          stop it and delete its data
#   scripts/hdfs.sh namenode-url   print the WebHDFS base URL of the running cluster
#   scripts/hdfs.sh status         exit 0 if running
#   scripts/hdfs.sh fetch          only download the jars
#
# OUTFLOW_HDFS_DIR selects the state folder (default .cache/hdfs-run), so several clusters can run
# side by side; ports are picked free on first start and kept for restarts. The HDFS superuser
# is the user running this script (it owns `/`, mode 755).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${OUTFLOW_CACHE:-$REPO/.cache}
LIBS=$CACHE/hdfs/libs
STATE=${OUTFLOW_HDFS_DIR:-$CACHE/hdfs-run}
PIDFILE=$STATE/cluster.pid
PORTS=$STATE/ports

log() { echo "hdfs.sh: $*" >&2; }
# shellcheck source=service-lib.sh
. "$REPO/scripts/service-lib.sh"

fetch() { maven_fetch hdfs "the Hadoop mini cluster"; }



nn_http_port() { cut -d' ' -f2 "$PORTS"; }
url() { echo "http://127.0.0.1:$(nn_http_port)"; }

webhdfs_ready() {
  curl -sf -o /dev/null --max-time 5 "$(url)/webhdfs/v1/?op=LISTSTATUS&user.name=$(id -un)"
}

# The NameNode answers CREATE with a redirect to the DataNode's HTTP address; clients on this
# machine must be able to follow it, so it has to name 127.0.0.1 (MiniDFSCluster binds the
# DataNode to 127.0.0.1 and -D dfs.datanode.hostname makes the NameNode advertise that).
# A CREATE without a body creates nothing, so this probe leaves no trace.
check_redirect() {
  local location
  location=$(curl -s -o /dev/null --max-time 5 -X PUT -w '%{redirect_url}' \
      "$(url)/webhdfs/v1/.outflow-redirect-probe?op=CREATE&user.name=$(id -un)")
  case "$location" in
    http://127.0.0.1:*) ;;
    *) log "the NameNode redirects writes to '$location', which is not on 127.0.0.1"; return 1 ;;
  esac
}

configure() {
  mkdir -p "$STATE/data" "$STATE/tmp"
  local nn http
  nn=$(free_port); http=$(free_port)
  while [ "$http" = "$nn" ]; do http=$(free_port); done
  echo "$nn $http" > "$PORTS"
  cat > "$STATE/log4j.properties" <<L4J
log4j.rootLogger=INFO,file
log4j.appender.file=org.apache.log4j.FileAppender
log4j.appender.file.File=$STATE/cluster.log
log4j.appender.file.layout=org.apache.log4j.PatternLayout
log4j.appender.file.layout.ConversionPattern=%d %p %c{1}: %m%n
log4j.logger.org.apache.hadoop.hdfs.StateChange=WARN
log4j.logger.BlockStateChange=WARN
L4J
}

start() {
  fetch
  if running; then url; return; fi
  local format=()
  # A state folder with ports but without a formatted NameNode (e.g. a start that died) starts over.
  if [ -f "$PORTS" ] && [ -d "$STATE/data/dfs/name-0-1/current" ]; then :; else rm -rf "$STATE"; configure; format=(-format); fi
  local nn http
  read -r nn http < "$PORTS"
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$http/"; then
    log "port $http is taken by another process; delete $STATE to pick new ports"; exit 1
  fi
  rm -f "$STATE/cluster.xml"
  # setsid: the JVM gets its own process group, so stop can end it and nothing it spawns lingers.
  # A small heap: the machine is shared and one DataNode with a handful of files needs little.
  # --add-opens: Hadoop 3.4 reaches into JDK internals (direct buffer cleaning, NIO channels,
  # reflection on java.lang) that Java 17 closes by default; these are the opens Hadoop's own
  # Java 17 launch scripts add for the daemons used here.
  # java.io.tmpdir: Jetty unpacks its web apps there; keep them inside the state folder.
  # test.build.data: MiniDFSCluster keeps the NameNode and DataNode folders under it, so a
  # restart without -format finds the same file system.
  setsid java -Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      --add-opens=java.base/java.lang=ALL-UNNAMED \
      --add-opens=java.base/java.lang.reflect=ALL-UNNAMED \
      --add-opens=java.base/java.nio=ALL-UNNAMED \
      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
      --add-opens=java.base/java.util=ALL-UNNAMED \
      --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
      --add-opens=java.base/java.net=ALL-UNNAMED \
      -Djava.io.tmpdir="$STATE/tmp" \
      -Dlog4j.configuration="file:$STATE/log4j.properties" \
      -Dtest.build.data="$STATE/data" \
      -cp "$LIBS/*" org.apache.hadoop.mapreduce.MiniHadoopClusterManager \
      -nomr "${format[@]}" -datanodes 1 -nnport "$nn" -nnhttpport "$http" \
      -D dfs.datanode.hostname=127.0.0.1 -D dfs.permissions.enabled=true \
      -writeConfig "$STATE/cluster.xml" > "$STATE/cluster.out" 2>&1 < /dev/null &
  echo $! > "$PIDFILE"
  # Ready when the cluster wrote its configuration (it does so after the DataNode registered and
  # the NameNode left safe mode) and WebHDFS answers.
  for _ in $(seq 1 240); do
    if ! running; then log "cluster exited during start:"; tail -n 30 "$STATE/cluster.out" "$STATE/cluster.log" >&2 || true; exit 1; fi
    if [ -s "$STATE/cluster.xml" ] && webhdfs_ready; then
      check_redirect || { stop; exit 1; }
      url; return
    fi
    sleep 0.5
  done
  log "cluster did not become ready in 120 s"; tail -n 30 "$STATE/cluster.log" >&2 || true
  stop; exit 1
}


case "${1:-}" in
  start) start ;;
  fresh) stop; rm -rf "$STATE"; start ;;
  stop) stop ;;
  clean) stop; rm -rf "$STATE" ;;
  namenode-url) running && url || { log "not running"; exit 1; } ;;
  status) running ;;
  fetch) fetch ;;
  *) sed -n '2,17p' "$0" >&2; exit 2 ;;
esac
