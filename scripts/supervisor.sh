#!/usr/bin/env bash
# The local runner's liveness probe (decision 0579): what Kubernetes does with the chart's livenessProbe, for the
# processes `up` starts. One supervisor per state folder, started and stopped by PID ($STATE/supervisor.pid), log in
# $LOG_DIR/supervisor.log. Every LINKAGE_SUPERVISE_INTERVAL seconds (5) it asks each process with a PID file (the
# hosts of every mode, the gateways) for /healthz/live; after LINKAGE_SUPERVISE_FAILURES (3) failures in a row, or
# when the process died, it restarts it as proc_start does. A process that has not yet answered since its start is
# given LINKAGE_SUPERVISE_STARTUP seconds (300) first, as a startupProbe would. Whoever else restarts a process
# (`up`, `chaos-fault host-kill`) does so holding $RUN_DIR/.restart.lock, so never two of one name run on one port.

SUPERVISOR_PID=$STATE/supervisor.pid
RESTART_LOCK=$RUN_DIR/.restart.lock

supervisor_running() {
  local pid; pid=$(cat "$SUPERVISOR_PID" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF "$REPO/platform supervise"
}

supervisor_start() {
  supervisor_running && return 0
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  setsid nohup env LINKAGE_STATE="$STATE" "$REPO/platform" supervise >> "$LOG_DIR/supervisor.log" 2>&1 < /dev/null 8>&- &
  echo $! > "$SUPERVISOR_PID"
  log "supervisor started (pid $!, restarts a host whose /healthz/live fails; log $LOG_DIR/supervisor.log)"
}

# Stops it by PID and waits: a restart it is in the middle of finishes first (at most proc_stop's 10 s and a start).
supervisor_stop() {
  local pid i
  supervisor_running || { rm -f "$SUPERVISOR_PID"; return 0; }
  pid=$(cat "$SUPERVISOR_PID")
  kill -TERM "$pid" 2>/dev/null
  for i in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && { log "supervisor did not stop in 30 s; killing"; kill -KILL "$pid" 2>/dev/null; }
  rm -f "$SUPERVISOR_PID"
  log "stopped supervisor"
}

# with_restart_lock <command...>: runs it while the supervisor leaves every process alone.
with_restart_lock() {
  mkdir -p "$RUN_DIR"
  ( flock 8; "$@" ) 8> "$RESTART_LOCK"
}

# The process's HTTP port, from the environment it was started with (the last Kestrel HTTP URL wins, as in .NET).
supervised_port() {
  grep -h '^Kestrel__Endpoints__Http__Url=' "$RUN_DIR/$1.env" 2>/dev/null | tail -n 1 | sed 's/.*://;s/[^0-9].*//'
}

slog() { log "$(date -u +%FT%TZ) $*"; }

cmd_supervise() {
  local interval=${LINKAGE_SUPERVISE_INTERVAL:-5} max=${LINKAGE_SUPERVISE_FAILURES:-3} startup=${LINKAGE_SUPERVISE_STARTUP:-300}
  local stopping=0 name pid port dll
  declare -A failures=() answered=()
  trap 'stopping=1' TERM INT
  slog "supervising (every ${interval} s; restart after $max failed liveness probes or when a process died)"
  while [ $stopping -eq 0 ]; do
    exec 8> "$RESTART_LOCK"; flock 8
    for name in $(proc_all); do
      [ $stopping -eq 0 ] || break
      pid=$(proc_pid "$name"); port=$(supervised_port "$name"); dll=$(cat "$RUN_DIR/$name.dll" 2>/dev/null)
      [ -n "$pid" ] && [ -n "$port" ] && [ -n "$dll" ] || continue
      if ! proc_running "$name"; then
        slog "$name (pid $pid) died; restarting it"
      elif curl -fsS -o /dev/null --max-time 3 "http://127.0.0.1:$port/healthz/live" 2>/dev/null; then
        failures[$name]=0; answered[$name]=$pid; continue
      elif [ "${answered[$name]:-}" != "$pid" ] && [ $(( $(date +%s) - $(stat -c %Y "$RUN_DIR/$name.pid") )) -lt "$startup" ]; then
        continue   # still starting
      else
        failures[$name]=$(( ${failures[$name]:-0} + 1 ))
        slog "$name (pid $pid): /healthz/live failed (${failures[$name]} of $max)"
        [ "${failures[$name]}" -ge "$max" ] || continue
        slog "$name (pid $pid) failed $max liveness probes in a row; restarting it"
      fi
      failures[$name]=0
      proc_stop "$name"
      proc_start "$name" "${dll#"$REPO"/}" || slog "$name could not be started again; trying at the next round"
    done
    exec 8>&-
    [ $stopping -eq 0 ] || break
    sleep "$interval" & wait $! || true
  done
  slog "supervisor stopped"
}
