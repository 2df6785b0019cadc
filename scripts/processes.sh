#!/usr/bin/env bash
# Background .NET processes (hosts, gateway): started detached, tracked by PID file, stopped by PID.
# $STATE/run/<name>.pid and .env (the environment it was started with), $STATE/logs/<name>.log.

RUN_DIR=$STATE/run
LOG_DIR=$STATE/logs

proc_pid() { cat "$RUN_DIR/$1.pid" 2>/dev/null; }

# Running, and really ours: the PID's command line still names the dll it was started with.
proc_running() {
  local pid dll
  pid=$(proc_pid "$1") && dll=$(cat "$RUN_DIR/$1.dll" 2>/dev/null) || return 1
  [ -n "$pid" ] && [ -n "$dll" ] && kill -0 "$pid" 2>/dev/null \
    && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF "$dll"
}

# Up to date: running with the wanted environment, and the dll not rebuilt since it started.
proc_current() {
  local name=$1 dll=$2
  proc_running "$name" && cmp -s "$STATE/env/$name.env" "$RUN_DIR/$name.env" && [ ! "$dll" -nt "$RUN_DIR/$name.pid" ]
}

# run_with_env <env file> <dll> [args...]: run a dll in the foreground from its own folder
# (so its appsettings.json is found) with the environment in the file added.
run_with_env() {
  local envf=$1 dll=$2; shift 2
  local kv; mapfile -t kv < "$envf"
  (cd "$(dirname "$dll")" && env "${kv[@]}" dotnet "$(basename "$dll")" "$@")
}

# proc_start <name> <dll>: detached (own session, immune to hang-up), env from $STATE/env/<name>.env; without the
# supervisor's restart lock (fd 8, scripts/supervisor.sh), which it would otherwise hold for as long as it runs.
proc_start() {
  local name=$1 dll=$REPO/$2
  [ -f "$dll" ] || { log "$dll is missing (did the build produce it?)"; return 1; }
  if proc_current "$name" "$dll"; then log "$name already running (pid $(proc_pid "$name"))"; return 0; fi
  proc_stop "$name"
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  local kv; mapfile -t kv < "$STATE/env/$name.env"
  printf '\n=== %s start\n' "$(date -Is)" >> "$LOG_DIR/$name.log"
  # the pid file last, and whole: whoever sees it (a test, the supervisor) finds the dll and env files beside it
  echo "$dll" > "$RUN_DIR/$name.dll"
  cp "$STATE/env/$name.env" "$RUN_DIR/$name.env"
  ( cd "$(dirname "$dll")" || exit 1
    setsid nohup env "${kv[@]}" dotnet "$dll" >> "$LOG_DIR/$name.log" 2>&1 < /dev/null 8>&- &
    echo $! > "$RUN_DIR/$name.pid.new" && mv "$RUN_DIR/$name.pid.new" "$RUN_DIR/$name.pid" )
  log "$name started (pid $(proc_pid "$name"), log $LOG_DIR/$name.log)"
}

# proc_stop <name>...: SIGTERM to all of them, then SIGKILL to any still there after 10 s.
proc_stop() {
  local name pids=() names=() pid i alive
  for name in "$@"; do
    if proc_running "$name"; then pids+=("$(proc_pid "$name")"); names+=("$name"); fi
  done
  [ ${#pids[@]} -gt 0 ] && kill -TERM "${pids[@]}" 2>/dev/null
  for i in $(seq 1 50); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ $alive -eq 0 ] && break
    sleep 0.2
  done
  for i in "${!pids[@]}"; do
    if kill -0 "${pids[$i]}" 2>/dev/null; then log "${names[$i]} did not stop in 10 s; killing"; kill -KILL "${pids[$i]}" 2>/dev/null; fi
  done
  for name in "$@"; do rm -f "$RUN_DIR/$name.pid" "$RUN_DIR/$name.env" "$RUN_DIR/$name.dll"; done
  [ ${#names[@]} -gt 0 ] && log "stopped ${names[*]}"
  return 0
}

# Names of every process with a PID file (running or not).
proc_all() { local f; for f in "$RUN_DIR"/*.pid; do [ -e "$f" ] && basename "$f" .pid; done; return 0; }

# wait_ready <name> <port>: until /healthz/ready answers 2xx; fails early if the process died.
wait_ready() {
  local name=$1 port=$2 deadline=$((SECONDS + ${LINKAGE_READY_TIMEOUT:-120}))
  until curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/healthz/ready" 2>/dev/null; do
    # Alive is enough here: until bash has exec'd dotnet, the new PID's command line is still the parent's.
    if ! kill -0 "$(proc_pid "$name")" 2>/dev/null; then
      log "$name exited before it was ready; last lines of $LOG_DIR/$name.log:"; tail -n 40 "$LOG_DIR/$name.log" >&2
      return 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      log "$name not ready on :$port after ${LINKAGE_READY_TIMEOUT:-120} s; last lines of $LOG_DIR/$name.log:"
      tail -n 40 "$LOG_DIR/$name.log" >&2
      return 1
    fi
    sleep 0.5
  done
  log "$name ready on http://127.0.0.1:$port"
}
