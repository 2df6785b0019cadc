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
  if chaos_wants_link_cut "$@"; then chaos_tiers_up || return 1; fi
  log "chaos run (./platform chaos --help-args: --faults, --count, --between-seconds, --settle-seconds, --clients, --report)"
  (cd "$REPO" && dotnet "$BENCH_DLL" --only chaos --gateway "http://127.0.0.1:$GATEWAY_HTTP_PORT" \
    --direct "http://127.0.0.1:$HOST_PORT" --pg "$(pg_conn linkage)" --state "$STATE" --platform "$REPO/platform" \
    --tiers-port "$TIERS_PORT" "$@")
}

# The link cut needs the three deployments of `up --tiers` beside the all-in-one suite (decision 0532): asked for
# when --faults is not given or names link-cut.
chaos_wants_link_cut() {
  local previous="" a
  for a in "$@"; do [ "$previous" = --faults ] && { [[ ",$a," == *,link-cut,* ]]; return; }; previous=$a; done
  return 0
}

chaos_tiers_up() {
  if [ "${LINKAGE_CHAOS_PREBUILT:-}" = 1 ]; then TIERS_BUILT=1 cmd_up_tiers; else cmd_up_tiers; fi
}

# chaos_fault <kind>: one fault, by PID, and back: ready again when this returns.
chaos_fault() {
  local pid
  case "${1:-}" in
    host-kill)
      proc_pid host > /dev/null || { log "the host is not running"; return 1; }
      with_restart_lock chaos_host_kill && wait_ready host "$HOST_PORT" ;;
    rabbit-restart)
      pid=$(cat "$STATE/rabbit/rabbit.pid" 2>/dev/null) && [ -n "$pid" ] || { log "RabbitMQ is not running"; return 1; }
      kill -KILL "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; log "RabbitMQ (pid $pid) killed with SIGKILL"
      sleep "$(chaos_pause 5 15)"
      rabbit_start ;;
    pg-restart)
      runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pg" stop -m immediate >/dev/null; log "PostgreSQL stopped (immediate)"
      sleep "$(chaos_pause 3 10)"
      pg_start ;;
    link-cut)
      tier_rabbit_running county && tier_rabbit_running city || { log "the tiers are not up (./platform up --tiers)"; return 1; }
      chaos_link_cut county city; log "the county–city federation link cut"
      sleep "$(chaos_pause 5 15)"
      tier_link county; tier_link city
      chaos_link_wait county && chaos_link_wait city && log "the county–city federation link restored" ;;
    *) echo "usage: ./platform chaos-fault host-kill|rabbit-restart|pg-restart|link-cut" >&2; return 2 ;;
  esac
}

# The host killed and started again by this tool, not by the supervisor, which waits for the restart lock (0579).
chaos_host_kill() {
  local pid; pid=$(proc_pid host)
  kill -KILL "$pid"; log "host (pid $pid) killed with SIGKILL"
  sleep "$(chaos_pause 1 4)"
  proc_start host "$HOST_DLL"
}

# chaos_pause <min> <max>: a random whole number of seconds between them.
chaos_pause() { echo $(($1 + RANDOM % ($2 - $1 + 1))); }

# chaos_link_cut <a> <b>: the link between two neighbouring tiers cut on both nodes, as an operator losing the line
# would see it: each side's link user is removed from the other's node and its connections closed, so neither
# federation link can log in again; what is published meanwhile waits in the upstream's federation queue.
chaos_link_cut() {
  local a=$1 b=$2
  ( tier_rabbit_env "$a"; rabbitmqctl delete_user "link-$b" >/dev/null
    rabbitmqctl close_all_user_connections "link-$b" "link cut (chaos)" >/dev/null )
  ( tier_rabbit_env "$b"; rabbitmqctl delete_user "link-$a" >/dev/null
    rabbitmqctl close_all_user_connections "link-$a" "link cut (chaos)" >/dev/null )
}

# chaos_link_wait <tier>: until every federation link of the tier's node runs again (at most a minute).
chaos_link_wait() {
  local url i links running
  url="http://127.0.0.1:$(tier_port "$1" 2)/api/federation-links"
  for i in $(seq 1 120); do
    links=$(curl -fsS -u guest:guest "$url" 2>/dev/null | grep -o '"status":"[a-z]*"') || links=""
    running=$(grep -c '"running"' <<< "$links" || true)
    [ -n "$links" ] && [ "$running" -eq "$(wc -l <<< "$links")" ] && return 0
    sleep 0.5
  done
  log "the federation links of the $1 did not all run again within a minute"; return 1
}
