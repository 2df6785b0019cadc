#!/usr/bin/env bash
# `./platform chaos`: faults on the real processes under load (docs/faults.md, decisions 0410-0412). The load and the
# counting are tests/Linkage.Bench --only chaos; each fault is injected through `./platform chaos-fault <kind>`.

BENCH_DLL=tests/Linkage.Bench/bin/Release/net10.0/Linkage.Bench.dll

# The suite as `up` starts it, all-in-one. LINKAGE_CHAOS_PREBUILT=1 (the chaos test, whose build is done and whose
# binaries are in use) skips the build.
chaos_up() {
  if [ "${LINKAGE_CHAOS_PREBUILT:-}" = 1 ] && [ -f "$REPO/$HOST_DLL" ] && [ -f "$REPO/$BENCH_DLL" ]; then
    infra_install; infra_up; pin_infra; pg_create_db linkage
    up_prepared all
  else
    cmd_up
  fi
}

cmd_chaos() {
  chaos_up || return 1
  log "chaos run (./platform chaos --help-args: --faults, --count, --between-seconds, --settle-seconds, --clients, --report)"
  (cd "$REPO" && dotnet "$BENCH_DLL" --only chaos --gateway "http://127.0.0.1:$GATEWAY_HTTP_PORT" \
    --direct "http://127.0.0.1:$HOST_PORT" --pg "$(pg_conn linkage)" --state "$STATE" --platform "$REPO/platform" "$@")
}

# chaos_fault <kind>: one fault, by PID, and back: ready again when this returns.
chaos_fault() {
  local pid
  case "${1:-}" in
    host-kill)
      pid=$(proc_pid host) && [ -n "$pid" ] || { log "the host is not running"; return 1; }
      kill -KILL "$pid"; log "host (pid $pid) killed with SIGKILL"
      sleep "$(chaos_pause 1 4)"
      proc_start host "$HOST_DLL" && wait_ready host "$HOST_PORT" ;;
    rabbit-restart)
      pid=$(cat "$STATE/rabbit/rabbit.pid" 2>/dev/null) && [ -n "$pid" ] || { log "RabbitMQ is not running"; return 1; }
      kill -KILL "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; log "RabbitMQ (pid $pid) killed with SIGKILL"
      sleep "$(chaos_pause 5 15)"
      rabbit_start ;;
    pg-restart)
      runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pg" stop -m immediate >/dev/null; log "PostgreSQL stopped (immediate)"
      sleep "$(chaos_pause 3 10)"
      pg_start ;;
    *) echo "usage: ./platform chaos-fault host-kill|rabbit-restart|pg-restart" >&2; return 2 ;;
  esac
}

# chaos_pause <min> <max>: a random whole number of seconds between them.
chaos_pause() { echo $(($1 + RANDOM % ($2 - $1 + 1))); }
