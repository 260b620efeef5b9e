#!/usr/bin/env bash
# Runs a Confluent-compatible Schema Registry (Apicurio Registry 3.0.9, its ccompat API) on
# 127.0.0.1 for development and the tests. The registry comes ready built from Maven Central
# (scripts/registry/pom.xml) and is cached under .cache/registry/app; nothing is vendored.
#
#   scripts/registry.sh start     start (or reuse) the registry; prints its Confluent API base URL
#   scripts/registry.sh fresh     delete any earlier state, then start (new port, no schemas)
#   scripts/registry.sh stop      stop it, keep its schemas and port (a later start resumes them)
#   scripts/registry.sh clean     stop it and delete its schemas
#   scripts/registry.sh url       print the Confluent API base URL of the running registry,
#                                 e.g. http://127.0.0.1:PORT/apis/ccompat/v7 (then
#                                 POST $URL/subjects/S/versions, GET $URL/schemas/ids/ID, ...)
#   scripts/registry.sh status    exit 0 if running
#   scripts/registry.sh fetch     only download the registry
#
# OUTFLOW_REGISTRY_DIR selects the state folder (default .cache/registry-run), so several
# registries can run side by side; the port is picked free on first start and kept for restarts.
# HTTP basic auth: set OUTFLOW_REGISTRY_USER and OUTFLOW_REGISTRY_PASSWORD on the first start
# (or a fresh one) and every request must carry them (curl -u USER:PASSWORD); unauthenticated
# requests get 401. Without them the registry is open. The choice is kept in the state folder.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${OUTFLOW_CACHE:-$REPO/.cache}
APP=$CACHE/registry/app
STATE=${OUTFLOW_REGISTRY_DIR:-$CACHE/registry-run}
PIDFILE=$STATE/registry.pid

log() { echo "registry.sh: $*" >&2; }
# shellcheck source=service-lib.sh
. "$REPO/scripts/service-lib.sh"

fetch() {
  # The cache is keyed by the pom's checksum, so a changed pom (another version) fetches again.
  local want; want=$(sha256sum "$REPO/scripts/registry/pom.xml" | cut -d' ' -f1)
  if [ "$(cat "$APP/.complete" 2>/dev/null)" = "$want" ]; then return; fi
  log "fetching Apicurio Registry from Maven Central into $APP"
  rm -rf "$APP"; mkdir -p "$APP"
  mvn -q -B -f "$REPO/scripts/registry/pom.xml" dependency:copy -DoutputDirectory="$APP" >&2
  tar -xzf "$APP/apicurio-registry-app-all.tar.gz" -C "$APP"
  rm -f "$APP/apicurio-registry-app-all.tar.gz"
  local jars=("$APP"/*-runner.jar)
  [ -f "${jars[0]}" ] || { log "no runner jar in the downloaded archive"; exit 1; }
  echo "$want" > "$APP/.complete"
}

port() { cat "$STATE/port"; }
url() { echo "http://127.0.0.1:$(port)/apis/ccompat/v7"; }

auth_args() {
  if [ -f "$STATE/credentials" ]; then echo "-u"; cat "$STATE/credentials"; fi
}

api_ready() {
  local auth; mapfile -t auth < <(auth_args)
  curl -sf -o /dev/null --max-time 5 "${auth[@]}" "$(url)/subjects"
}

configure() {
  mkdir -p "$STATE/config" "$STATE/data" "$STATE/tmp"
  free_port > "$STATE/port"
  local conf=$STATE/config/application.properties
  cp "$REPO/scripts/registry/application.properties" "$conf"
  cat >> "$conf" <<CONF

# Written by scripts/registry.sh for this state folder.
quarkus.http.port=$(port)
apicurio.datasource.url=jdbc:h2:file:$STATE/data/registry
CONF
  if [ -n "${OUTFLOW_REGISTRY_USER:-}" ]; then
    [ -n "${OUTFLOW_REGISTRY_PASSWORD:-}" ] || { log "OUTFLOW_REGISTRY_USER needs OUTFLOW_REGISTRY_PASSWORD"; exit 1; }
    case "$OUTFLOW_REGISTRY_USER$OUTFLOW_REGISTRY_PASSWORD" in
      *[!A-Za-z0-9._-]*) log "OUTFLOW_REGISTRY_USER and _PASSWORD may use only A-Z a-z 0-9 . _ -"; exit 1 ;;
    esac
    # Quarkus's embedded (properties) users; the registry accepts them once basic auth is on.
    # No role checks (role-based authorization stays off): the user may do everything.
    cat >> "$conf" <<CONF
quarkus.http.auth.basic=true
quarkus.security.users.embedded.plain-text=true
quarkus.security.users.embedded.users.$OUTFLOW_REGISTRY_USER=$OUTFLOW_REGISTRY_PASSWORD
quarkus.security.users.embedded.roles.$OUTFLOW_REGISTRY_USER=sr-admin
CONF
    printf '%s:%s\n' "$OUTFLOW_REGISTRY_USER" "$OUTFLOW_REGISTRY_PASSWORD" > "$STATE/credentials"
  fi
}

start() {
  fetch
  if running; then url; return; fi
  # A state folder without its configuration (e.g. a start that died early) starts over.
  [ -f "$STATE/port" ] && [ -f "$STATE/config/application.properties" ] || { rm -rf "$STATE"; configure; }
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$(port)/"; then
    log "port $(port) is taken by another process; delete $STATE to pick a new port"; exit 1
  fi
  local jars=("$APP"/*-runner.jar)
  # setsid: the JVM gets its own process group, so stop can end it and nothing lingers.
  # cd: Quarkus reads config/application.properties from the working folder.
  # A small heap: the machine is shared and a registry holding a few test schemas needs little.
  # java.io.tmpdir: the registry's snapshot folder and Vert.x's caches stay in the state folder.
  (cd "$STATE" && exec setsid java -Xms64m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
      -Djava.io.tmpdir="$STATE/tmp" -jar "${jars[0]}" \
      > "$STATE/registry.log" 2>&1 < /dev/null) &
  echo $! > "$PIDFILE"
  await_ready registry api_ready "$STATE/registry.log"
  url
}

dispatch 2,20p "${1:-}"
