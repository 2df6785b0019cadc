#!/usr/bin/env bash
# PostgreSQL and RabbitMQ on loopback under $STATE, started and stopped by PID. Sourced by ./platform.
# Idempotent: a running instance is reused, never started twice.

: "${STATE:?STATE must be set}"
PGPORT=${LINKAGE_PG_PORT:-55432}
AMQP_PORT=${LINKAGE_AMQP_PORT:-5673}
EPMD_PORT=${LINKAGE_EPMD_PORT:-4370}
CTL_MIN=${LINKAGE_CTL_MIN:-35700}
MGMT_PORT=${LINKAGE_MGMT_PORT:-$((AMQP_PORT+10000))}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)

log() { printf '[platform] %s\n' "$*" >&2; }

# True when something already listens on 127.0.0.1:$1.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Our listening ports inside the kernel's ephemeral range are reserved (root only), so an outgoing connection
# (a pooled PostgreSQL connection, a test client) never takes one as its local port and makes a later listener
# fail to start: it happened to a tier's RabbitMQ node during the bench (docs/decisions/0640).
reserve_listen_ports() {
  local file=/proc/sys/net/ipv4/ip_local_reserved_ports lo hi want=() r have
  [ -w "$file" ] || return 0
  read -r lo hi < /proc/sys/net/ipv4/ip_local_port_range
  for r in "$PGPORT" "$AMQP_PORT" "$EPMD_PORT" "$MGMT_PORT" "$CTL_MIN-$((CTL_MIN + 30))" "$TIERS_PORT-$((TIERS_PORT + 99))" \
           "$JANUS_PORT-$((JANUS_PORT + 1))" "$JANUS_RTP_RANGE" "${LINKAGE_OIDC_PORT:-5090}" \
           "${LINKAGE_HOST_PORT:-5100}-$((${LINKAGE_HOST_PORT:-5100} + 1))" "${LINKAGE_SPLIT_PORT:-5110}-$((${LINKAGE_SPLIT_PORT:-5110} + 9))" \
           "${LINKAGE_GATEWAY_PORT:-8080}" "${LINKAGE_GATEWAY_GRPC_PORT:-8081}"; do
    [ "${r#*-}" -ge "$lo" ] && [ "${r%-*}" -le "$hi" ] && want+=("$r")
  done
  [ ${#want[@]} -eq 0 ] && return 0
  have=$(cat "$file")
  printf '%s\n' ${have//,/ } "${want[@]}" | sort -u | paste -sd, > "$file" 2>/dev/null || true
}

refuse_busy_port() {
  port_busy "$1" || return 0
  log "port $1 is taken by another process (another checkout's platform?); set $2 to a free port"
  return 1
}

infra_install() {
  local need=()
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || need+=(postgresql)
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || need+=(rabbitmq-server)
  # grep -q closes the pipe early; under pipefail a piped fc-list would then count as failing
  grep -qi 'Noto Sans CJK' < <(fc-list 2>/dev/null) || need+=(fonts-noto-cjk)
  # printable documents: a TrueType-outline CJK font to embed, poppler and zbar to check the PDFs in tests
  [ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need+=(fonts-wqy-zenhei)
  command -v pdftotext >/dev/null || need+=(poppler-utils)
  command -v zbarimg >/dev/null || need+=(zbar-tools)
  if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]}"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
}

pg_conn() { echo "Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=$(cat "$STATE/pg.pw");Database=${1:-postgres}"; }

pg_running() { [ -f "$STATE/pg/postmaster.pid" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pg" status >/dev/null 2>&1; }

pg_start() {
  mkdir -p "$STATE"; chmod 755 "$STATE"
  local p; p=$(dirname "$STATE"); while [ "$p" != "/" ]; do chmod o+x "$p" 2>/dev/null; p=$(dirname "$p"); done
  if [ ! -f "$STATE/pg/PG_VERSION" ]; then
    [ -f "$STATE/pg.pw" ] || head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$STATE/pg.pw"
    chown postgres "$STATE/pg.pw"
    mkdir -p "$STATE/pg" "$STATE/pgsock"; chown postgres "$STATE/pg" "$STATE/pgsock"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$STATE/pg" -U postgres --pwfile="$STATE/pg.pw" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$STATE/initdb.log" 2>&1
    cat >> "$STATE/pg/postgresql.conf" <<CONF
max_connections = 300
shared_buffers = 256MB
fsync = on
synchronous_commit = on
shared_preload_libraries = 'pg_stat_statements'
pg_stat_statements.track = all
CONF
  fi
  if pg_running; then log "PostgreSQL already running on 127.0.0.1:$PGPORT"; return 0; fi
  refuse_busy_port "$PGPORT" LINKAGE_PG_PORT || return 1
  touch "$STATE/pg.log"; chown postgres "$STATE/pg.log"
  # pg_stat_statements.max: the tests' counts (StatementCalls) and the bench's per-case figures need every entry kept;
  # track_commit_timestamp: the tiers bench splits the forward's wait at the town's commit of a case (decision 0795)
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pg" -l "$STATE/pg.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $STATE/pgsock -c pg_stat_statements.max=50000 -c track_commit_timestamp=on" start >/dev/null \
    || { log "PostgreSQL failed to start; last lines of $STATE/pg.log:"; tail -n 20 "$STATE/pg.log" >&2; return 1; }
  log "PostgreSQL started on 127.0.0.1:$PGPORT"
}

# psql as the postgres superuser over the private socket (trust auth, no password needed).
pg_psql() { runuser -u postgres -- "$PG_BIN/psql" -h "$STATE/pgsock" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

pg_create_db() {
  [ "$(pg_psql -d postgres -c "select 1 from pg_database where datname = '$1'")" = 1 ] && return 0
  pg_psql -d postgres -c "create database \"$1\"" >/dev/null
  log "database $1 created"
}

pg_stop() { pg_running && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$STATE/pg" stop -m fast >/dev/null && log "PostgreSQL stopped"; return 0; }

rabbit_env() {
  export HOME=$STATE/rabbit/home RABBITMQ_NODENAME=linkage@localhost
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT=$AMQP_PORT
  export RABBITMQ_DIST_PORT=$((AMQP_PORT+1))
  export ERL_EPMD_ADDRESS=127.0.0.1 ERL_EPMD_PORT=$EPMD_PORT
  export RABBITMQ_CTL_DIST_PORT_MIN=$CTL_MIN RABBITMQ_CTL_DIST_PORT_MAX=$((CTL_MIN+10))
  export RABBITMQ_MNESIA_BASE=$STATE/rabbit/mnesia RABBITMQ_LOG_BASE=$STATE/rabbit/log
  export RABBITMQ_CONFIG_FILE=$STATE/rabbit/rabbitmq.conf
  export RABBITMQ_ENABLED_PLUGINS_FILE=$STATE/rabbit/enabled_plugins
  export RABBITMQ_PID_FILE=$STATE/rabbit/rabbit.pid
  export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
  export PATH=/usr/lib/rabbitmq/bin:$PATH
}

rabbit_running() { ( rabbit_env; [ -f "$RABBITMQ_PID_FILE" ] && kill -0 "$(cat "$RABBITMQ_PID_FILE")" 2>/dev/null ); }

rabbit_start() {
  if rabbit_running; then log "RabbitMQ already running on 127.0.0.1:$AMQP_PORT"; return 0; fi
  refuse_busy_port "$AMQP_PORT" LINKAGE_AMQP_PORT || return 1
  ( rabbit_env
    mkdir -p "$HOME" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
    echo "listeners.tcp.1 = 127.0.0.1:$AMQP_PORT" > "$RABBITMQ_CONFIG_FILE"
    echo "loopback_users.guest = true" >> "$RABBITMQ_CONFIG_FILE"
    echo "management.tcp.ip = 127.0.0.1" >> "$RABBITMQ_CONFIG_FILE"
    echo "management.tcp.port = $MGMT_PORT" >> "$RABBITMQ_CONFIG_FILE"
    echo "[rabbitmq_management,rabbitmq_federation,rabbitmq_shovel]." > "$RABBITMQ_ENABLED_PLUGINS_FILE"
    setsid rabbitmq-server > "$STATE/rabbit/server.out" 2>&1 < /dev/null &
    rabbitmqctl --timeout 90 wait "$RABBITMQ_PID_FILE" >/dev/null 2>&1 ) || { log "RabbitMQ failed to start; see $STATE/rabbit"; return 1; }
  log "RabbitMQ started on 127.0.0.1:$AMQP_PORT"
}

rabbit_stop() {
  rabbit_running || return 0
  local pid; pid=$(cat "$STATE/rabbit/rabbit.pid")
  ( rabbit_env; rabbitmqctl stop "$RABBITMQ_PID_FILE" >/dev/null 2>&1 ) || { log "rabbitmqctl stop failed; killing $pid"; kill -TERM "$pid" 2>/dev/null; }
  local i; for i in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  ( rabbit_env; epmd -port "$EPMD_PORT" -kill >/dev/null 2>&1 ) || true
  log "RabbitMQ stopped"
}

amqp_uri() { echo "amqp://guest:guest@127.0.0.1:$AMQP_PORT/"; }
rabbit_management_uri() { echo "http://127.0.0.1:$MGMT_PORT/"; }
