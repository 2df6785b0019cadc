#!/usr/bin/env bash
# Which processes `./platform` runs, on which ports, with which environment. Sourced by ./platform.
# The environment contract lives here and nowhere else: up, test, token, bench and catalog import
# all take it from these functions, and every process's environment is written to $STATE/env/.

MODULES=(catalog intake approval certificates videoreview ratings supervision fees hall office webhooks)
declare -A MODULE_TITLE=([catalog]=Catalog [intake]=Intake [approval]=Approval [certificates]=Certificates
  [videoreview]=VideoReview [ratings]=Ratings [supervision]=Supervision [fees]=Fees [hall]=Hall [office]=Office [webhooks]=Webhooks)

GATEWAY_HTTP_PORT=${LINKAGE_GATEWAY_PORT:-8080}
GATEWAY_GRPC_PORT=${LINKAGE_GATEWAY_GRPC_PORT:-8081}
HOST_PORT=${LINKAGE_HOST_PORT:-5100}         # all-in-one: HTTP/1.1 here, h2 on +1
SPLIT_PORT=${LINKAGE_SPLIT_PORT:-5110}       # split: module i on +2i (HTTP/1.1) and +2i+1 (h2)

HOST_DLL=services/Linkage.Host/bin/Release/net10.0/Linkage.Host.dll
GATEWAY_DLL=gateway/Linkage.Gateway/bin/Release/net10.0/Linkage.Gateway.dll

declare -A MODULE_HTTP MODULE_GRPC   # module -> port serving it
HOSTS=()                             # process names: host | host-<module>
declare -A HOST_MODULES HOST_HTTP HOST_GRPC

# topology all|split: fills HOSTS, HOST_* and MODULE_* for that mode.
topology() {
  HOSTS=(); MODULE_HTTP=(); MODULE_GRPC=(); HOST_MODULES=(); HOST_HTTP=(); HOST_GRPC=()
  local i m name
  if [ "$1" = split ]; then
    for i in "${!MODULES[@]}"; do
      m=${MODULES[$i]}; name=host-$m
      HOSTS+=("$name"); HOST_MODULES[$name]=$m
      HOST_HTTP[$name]=$((SPLIT_PORT + 2 * i)); HOST_GRPC[$name]=$((SPLIT_PORT + 2 * i + 1))
      MODULE_HTTP[$m]=${HOST_HTTP[$name]}; MODULE_GRPC[$m]=${HOST_GRPC[$name]}
    done
  else
    HOSTS=(host); HOST_MODULES[host]=all; HOST_HTTP[host]=$HOST_PORT; HOST_GRPC[host]=$((HOST_PORT + 1))
    for m in "${MODULES[@]}"; do MODULE_HTTP[$m]=$HOST_PORT; MODULE_GRPC[$m]=$((HOST_PORT + 1)); done
  fi
}

# base64 of 32 random bytes, generated once into $STATE/<file>.
secret_key() {
  local f=$STATE/$1
  [ -s "$f" ] || { mkdir -p "$STATE"; (umask 077; head -c 32 /dev/urandom | base64 -w0 > "$f"); }
  cat "$f"
}

auth_env() {
  echo "ASPNETCORE_ENVIRONMENT=Development"
  echo "Linkage__Auth__SigningKey=$(secret_key jwt.key)"
  oidc_env
}

# host_env <modules> <http port> <h2 port>: the environment of one host process (KEY=VALUE lines).
host_env() {
  auth_env
  echo "Linkage__PersonalIdKey=$(secret_key pid.key)"
  case ",$1," in *,all,*|*,certificates,*) echo "Linkage__Certificates__SealKeyEncryptionKey=$(secret_key seal.key)" ;; esac
  case ",$1," in *,all,*|*,fees,*) echo "Linkage__Fees__ProviderKey=$(secret_key fees-provider.key)" ;; esac
  echo "ConnectionStrings__Linkage=$(pg_app_conn linkage)"
  echo "Linkage__RabbitMq__Uri=$(amqp_uri)"
  echo "Linkage__Modules=$1"
  janus_env
  echo "Kestrel__Endpoints__Http__Url=http://127.0.0.1:$2"
  echo "Kestrel__Endpoints__Grpc__Url=http://127.0.0.1:$3"
  echo "Kestrel__Endpoints__Grpc__Protocols=Http2"
  local m
  for m in "${MODULES[@]}"; do echo "Linkage__Grpc__${MODULE_TITLE[$m]}=http://127.0.0.1:${MODULE_GRPC[$m]}"; done
  suite_origins_env "$GATEWAY_HTTP_PORT" "$GATEWAY_GRPC_PORT"
  echo "MALLOC_ARENA_MAX=2" # two malloc arenas, not up to eight per core: ~60 MB less resident (decision 0609; the image too)
  # blocks of 64 KB and more mapped on their own and unmapped when freed, not kept in the arenas after a burst of
  # load: 150 MB of arena for 29 MB in use without it (decision 0737; the image's host too)
  echo "MALLOC_MMAP_THRESHOLD_=65536"
  echo "MALLOC_TRIM_THRESHOLD_=131072"
  # runtime settings to try on the hosts, e.g. LINKAGE_HOST_ENV="DOTNET_gcServer=1 DOTNET_GCgen0size=0x2000000" (a change
  # restarts them at the next `up`, so a bench's peak RSS is the setting's); later lines win over the ones above
  local kv; for kv in ${LINKAGE_HOST_ENV:-}; do echo "$kv"; done
}

# suite_origins_env <gateway http port> <gateway h2 port>: the gateway's addresses, which no webhook may name
# (Webhooks:SuiteOrigins, decision 0602); later lines of an env file win, so a tier's gateway replaces these.
suite_origins_env() {
  local i=0 host port
  for port in "$1" "$2"; do
    for host in 127.0.0.1 localhost; do echo "Webhooks__SuiteOrigins__$i=http://$host:$port"; i=$((i + 1)); done
  done
}

gateway_env() {
  auth_env
  echo "Kestrel__Endpoints__Http__Url=http://127.0.0.1:$GATEWAY_HTTP_PORT"
  echo "Kestrel__Endpoints__Grpc__Url=http://127.0.0.1:$GATEWAY_GRPC_PORT"
  echo "Kestrel__Endpoints__Grpc__Protocols=Http2"
  echo "Linkage__Gateway__Console__Root=$REPO/gateway/console/dist"
  local m
  for m in "${MODULES[@]}"; do
    echo "Linkage__Gateway__Modules__${m}__Http=http://127.0.0.1:${MODULE_HTTP[$m]}"
    echo "Linkage__Gateway__Modules__${m}__Grpc=http://127.0.0.1:${MODULE_GRPC[$m]}"
  done
}

# write_env_files all|split: $STATE/env/{host*,gateway,cli}.env for the mode; cli.env is what the
# one-shot host commands (migrate, seed, token, catalog-import, demo-users) run with.
write_env_files() {
  topology "$1"
  mkdir -p "$STATE/env"
  rm -f "$STATE"/env/host*.env
  local name
  for name in "${HOSTS[@]}"; do
    host_env "${HOST_MODULES[$name]}" "${HOST_HTTP[$name]}" "${HOST_GRPC[$name]}" > "$STATE/env/$name.env"
  done
  gateway_env > "$STATE/env/gateway.env"
  host_env all "$HOST_PORT" $((HOST_PORT + 1)) > "$STATE/env/cli.env"
  chmod 600 "$STATE"/env/*.env
}
