# Shared by scripts/kafka.sh, hdfs.sh, registry.sh and metastore.sh: each runs one Java
# service in its own process group, remembered in $PIDFILE. Source it after setting PIDFILE
# (and LIBS and REPO for maven_fetch).

# Copies the runtime class path of scripts/<name>/pom.xml from Maven Central into $LIBS. The
# cache is keyed by the pom's checksum, so a changed pom fetches again.
maven_fetch() {
  local name=$1 what=$2 pom="$REPO/scripts/$1/pom.xml" want
  want=$(sha256sum "$pom" | cut -d' ' -f1)
  if [ "$(cat "$LIBS/.complete" 2>/dev/null)" = "$want" ]; then return; fi
  echo "$name.sh: fetching $what from Maven Central into $LIBS" >&2
  rm -rf "$LIBS"; mkdir -p "$LIBS"
  mvn -q -B -f "$pom" dependency:copy-dependencies -DoutputDirectory="$LIBS" -DincludeScope=runtime >&2
  echo "$want" > "$LIBS/.complete"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

running() {
  [ -f "$PIDFILE" ] || return 1
  local pid; pid=$(cat "$PIDFILE")
  kill -0 "$pid" 2>/dev/null || return 1
  # A killed service can stay a zombie until its parent reaps it; kill -0 still finds it, but it
  # runs no more (a start right after a crash would otherwise reuse a dead service's URL).
  [ "$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)" != Z ]
}

# Stops the whole process group (the service was started with setsid): TERM, up to 30 s to shut
# down cleanly, then KILL, so nothing it started outlives it.
stop() {
  running || { rm -f "$PIDFILE"; return 0; }
  local pid; pid=$(cat "$PIDFILE")
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
}

# After a start: waits up to 120 s for the function READY to succeed while the service runs.
# If it exits or never gets ready, shows the end of its LOGFILEs, stops it and exits 1.
#   await_ready NAME READY LOGFILE...
await_ready() {
  local name=$1 ready=$2; shift 2
  for _ in $(seq 1 240); do
    running || { log "$name exited during start:"; tail -n 30 "$@" >&2 || true; exit 1; }
    "$ready" && return 0
    sleep 0.5
  done
  log "$name was not ready in 120 s"; tail -n 30 "$@" >&2 || true
  stop; exit 1
}

# The verbs every service script answers; the script defines start, url and fetch, and names
# its own usage lines (`sed -n RANGE "$0"`) for anything else.
#   dispatch USAGE_LINES VERB
dispatch() {
  case "${2:-}" in
    start) start ;;
    fresh) stop; rm -rf "$STATE"; start ;;
    stop) stop ;;
    clean) stop; rm -rf "$STATE" ;;
    url) running && url || { log "not running"; exit 1; } ;;
    status) running ;;
    fetch) fetch ;;
    *) sed -n "$1" "$0" >&2; exit 2 ;;
  esac
}
