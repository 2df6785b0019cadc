#!/usr/bin/env bash
# Janus WebRTC gateway (the video review SFU) on loopback under $STATE/janus, started and stopped by PID.
# Sourced by ./platform. A private config: only the HTTP transport and the VideoRoom plugin are linked in;
# the server side authenticates with api_secret / admin_secret, browsers with stored tokens (token_auth).

JANUS_PORT=${LINKAGE_JANUS_PORT:-42500}         # HTTP API; the admin API listens on +1
JANUS_ADMIN_PORT=$((JANUS_PORT + 1))
JANUS_RTP_RANGE=${LINKAGE_JANUS_RTP_RANGE:-42510-42599}
JANUS_DIR=$STATE/janus
JANUS_LIB=/usr/lib/x86_64-linux-gnu/janus

janus_install() {
  local need=()
  command -v janus >/dev/null || need+=(janus)
  command -v janus-pp-rec >/dev/null || need+=(janus-tools)
  command -v ffmpeg >/dev/null || need+=(ffmpeg)   # muxes a participant's audio and video tracks into one file
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ ${#need[@]} -eq 0 ] && return 0
  log "installing ${need[*]}"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
}

janus_secret() { mkdir -p "$STATE/janus"; secret_key "janus/$1.secret" | tr -d '/+='; }

janus_url() { echo "http://127.0.0.1:$JANUS_PORT/janus"; }
janus_admin_url() { echo "http://127.0.0.1:$JANUS_ADMIN_PORT/admin"; }

janus_write_config() {
  local conf=$JANUS_DIR/conf
  mkdir -p "$conf" "$JANUS_DIR/plugins" "$JANUS_DIR/transports" "$JANUS_DIR/none" "$JANUS_DIR/recordings"
  ln -sf "$JANUS_LIB/plugins/libjanus_videoroom.so" "$JANUS_DIR/plugins/"
  ln -sf "$JANUS_LIB/transports/libjanus_http.so" "$JANUS_DIR/transports/"
  cat > "$conf/janus.jcfg" <<CONF
general: {
  configs_folder = "$conf"
  plugins_folder = "$JANUS_DIR/plugins"
  transports_folder = "$JANUS_DIR/transports"
  events_folder = "$JANUS_DIR/none"
  loggers_folder = "$JANUS_DIR/none"
  debug_level = 4
  server_name = "linkage-janus"
  session_timeout = 60
  api_secret = "$(janus_secret api)"
  admin_secret = "$(janus_secret admin)"
  token_auth = true
  recordings_tmp_ext = "tmp"
}
media: {
  rtp_port_range = "$JANUS_RTP_RANGE"
}
nat: {
  nice_debug = false
  ignore_mdns = true
  ice_enforce_list = "lo"
}
CONF
  cat > "$conf/janus.transport.http.jcfg" <<CONF
general: {
  json = "compact"
  base_path = "/janus"
  http = true
  ip = "127.0.0.1"
  port = $JANUS_PORT
  https = false
}
admin: {
  admin_base_path = "/admin"
  admin_http = true
  admin_ip = "127.0.0.1"
  admin_port = $JANUS_ADMIN_PORT
  admin_https = false
}
cors: {
}
CONF
  cat > "$conf/janus.plugin.videoroom.jcfg" <<CONF
general: {
  admin_key = "$(janus_secret roomadmin)"
  lock_record = true
}
CONF
  chmod 600 "$conf"/*.jcfg
}

janus_running() { [ -f "$JANUS_DIR/janus.pid" ] && kill -0 "$(cat "$JANUS_DIR/janus.pid")" 2>/dev/null; }

janus_start() {
  if janus_running; then log "Janus already running on 127.0.0.1:$JANUS_PORT"; return 0; fi
  refuse_busy_port "$JANUS_PORT" LINKAGE_JANUS_PORT || return 1
  refuse_busy_port "$JANUS_ADMIN_PORT" LINKAGE_JANUS_PORT || return 1
  janus_write_config
  setsid janus -C "$JANUS_DIR/conf/janus.jcfg" -F "$JANUS_DIR/conf" -N -L "$JANUS_DIR/janus.log" \
    > "$JANUS_DIR/janus.out" 2>&1 < /dev/null &
  echo $! > "$JANUS_DIR/janus.pid"
  local i; for i in $(seq 1 50); do
    curl -fsS "$(janus_url)/info" >/dev/null 2>&1 && { log "Janus started on 127.0.0.1:$JANUS_PORT"; return 0; }
    janus_running || break
    sleep 0.2
  done
  log "Janus failed to start; last lines of $JANUS_DIR/janus.log:"; tail -n 20 "$JANUS_DIR/janus.log" >&2
  return 1
}

janus_stop() {
  janus_running || return 0
  local pid; pid=$(cat "$JANUS_DIR/janus.pid")
  kill -INT "$pid" 2>/dev/null
  local i; for i in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  rm -f "$JANUS_DIR/janus.pid"
  log "Janus stopped"
}

# The module's configuration (host env lines); also what tests read from LINKAGE_TEST_JANUS_*.
janus_env() {
  echo "Linkage__Janus__Url=$(janus_url)"
  echo "Linkage__Janus__AdminUrl=$(janus_admin_url)"
  echo "Linkage__Janus__ApiSecret=$(janus_secret api)"
  echo "Linkage__Janus__AdminSecret=$(janus_secret admin)"
  echo "Linkage__Janus__RoomAdminKey=$(janus_secret roomadmin)"
  echo "Linkage__Janus__RecordingsFolder=$JANUS_DIR/recordings"
}

export_janus_test_env() {
  export LINKAGE_TEST_JANUS_URL LINKAGE_TEST_JANUS_ADMIN_URL LINKAGE_TEST_JANUS_API_SECRET LINKAGE_TEST_JANUS_ADMIN_SECRET
  export LINKAGE_TEST_JANUS_ROOM_ADMIN_KEY LINKAGE_TEST_JANUS_RECORDINGS LINKAGE_TEST_JANUS_PID_FILE
  LINKAGE_TEST_JANUS_URL=$(janus_url); LINKAGE_TEST_JANUS_ADMIN_URL=$(janus_admin_url)
  LINKAGE_TEST_JANUS_API_SECRET=$(janus_secret api); LINKAGE_TEST_JANUS_ADMIN_SECRET=$(janus_secret admin)
  LINKAGE_TEST_JANUS_ROOM_ADMIN_KEY=$(janus_secret roomadmin); LINKAGE_TEST_JANUS_RECORDINGS=$JANUS_DIR/recordings
  LINKAGE_TEST_JANUS_PID_FILE=$JANUS_DIR/janus.pid
  export LINKAGE_TEST_JANUS_CONF=$JANUS_DIR/conf
}
