#!/usr/bin/env bash
# The local OpenID provider (tools/oidc: oidc-provider under Node, decision 0430): installed by npm ci from its
# committed lock file, started on loopback by `up` (the demo users as accounts, keys kept in $STATE/oidc-keys.json),
# stopped by PID by `down`. The tests start their own (tests/Linkage.Testing.Infrastructure/Oidc).

OIDC_DIR=$REPO/tools/oidc
OIDC_PORT=${LINKAGE_OIDC_PORT:-5090}
OIDC_PID_FILE=$STATE/oidc.pid

oidc_authority() { echo "http://127.0.0.1:$OIDC_PORT"; }

# npm ci only when the lock file differs from the one node_modules was installed from.
oidc_install() {
  local stamp=$OIDC_DIR/node_modules/.linkage-lock
  cmp -s "$OIDC_DIR/package-lock.json" "$stamp" && return 0
  command -v npm >/dev/null || { log "npm is missing (Node.js 20.19+ is needed for the OpenID provider)"; return 1; }
  mkdir -p "$STATE/logs"
  log "installing the OpenID provider's npm packages (npm ci)"
  (cd "$OIDC_DIR" && npm ci --no-audit --no-fund --loglevel=error > "$STATE/logs/oidc-npm.log" 2>&1) \
    || { log "npm ci failed:"; tail -n 30 "$STATE/logs/oidc-npm.log" >&2; return 1; }
  cp "$OIDC_DIR/package-lock.json" "$stamp"
}

# Running, and really ours: the PID's command line still names our server.js.
oidc_running() {
  local pid; pid=$(cat "$OIDC_PID_FILE" 2>/dev/null) || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF "$OIDC_DIR/server.js"
}

oidc_start() {
  oidc_install || return 1
  if oidc_running; then log "OpenID provider already running (pid $(cat "$OIDC_PID_FILE"))"; return 0; fi
  mkdir -p "$STATE/logs"
  ( cd "$OIDC_DIR" || exit 1
    setsid nohup env OIDC_PORT="$OIDC_PORT" OIDC_KEYS_FILE="$STATE/oidc-keys.json" OIDC_PERSONAL_ID_KEY="$(secret_key pid.key)" \
      OIDC_USERS="$REPO/services/Linkage.Host/demo-users.json" node "$OIDC_DIR/server.js" >> "$STATE/logs/oidc.log" 2>&1 < /dev/null &
    echo $! > "$OIDC_PID_FILE" )
  local deadline=$((SECONDS + 30))
  until curl -fsS -o /dev/null --max-time 2 "$(oidc_authority)/.well-known/openid-configuration" 2>/dev/null; do
    # Alive is enough here: until bash has exec'd node, the new PID's command line is still the parent's.
    if ! kill -0 "$(cat "$OIDC_PID_FILE")" 2>/dev/null || [ $SECONDS -ge $deadline ]; then
      log "the OpenID provider did not start; last lines of $STATE/logs/oidc.log:"; tail -n 20 "$STATE/logs/oidc.log" >&2
      return 1
    fi
    sleep 0.3
  done
  log "OpenID provider ready on $(oidc_authority) (pid $(cat "$OIDC_PID_FILE"))"
}

oidc_stop() {
  oidc_running || { rm -f "$OIDC_PID_FILE"; return 0; }
  local pid i; pid=$(cat "$OIDC_PID_FILE")
  kill -TERM "$pid" 2>/dev/null
  for i in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$OIDC_PID_FILE"
  log "stopped the OpenID provider"
}

# The authority every process validates tokens with, while the provider runs (Development keeps the HS256 key beside it).
oidc_env() { oidc_running && echo "Linkage__Auth__Authority=$(oidc_authority)"; return 0; }
