#!/usr/bin/env bash
# `./platform up --tiers`: three deployments on one machine (docs/federation.md, decisions 0333, 0334): the city
# 宁德市, the county 柘荣县 and the town 双城镇 with its village stations. Each has its own database, RabbitMQ node
# (node name, ports, mnesia and log folders), host, gateway, app id, Serves and signing key; the nodes federate
# their linkage.* exchanges with their neighbours. Sourced by ./platform.

TIERS=(city county town)
declare -A TIER_APP=([city]=city-350900 [county]=county-350926 [town]=town-350926100)
declare -A TIER_TITLE=([city]="city 宁德市" [county]="county 柘荣县" [town]="town 双城镇 and its village stations")
declare -A TIER_SERVES=([city]=350900000000 [county]=350926000000 [town]=350926100000)
declare -A TIER_EXCEPT=([city]=350926000000 [county]=350926100000 [town]=)
declare -A TIER_LINKS=([city]="county" [county]="city town" [town]="county")
# What a node's links take to relay beyond its ServesExcept (0670): the county, its town's events for the city.
declare -A TIER_RELAYS=([city]= [county]=350900000000!350926000000 [town]=)
TIERS_PORT=${LINKAGE_TIERS_PORT:-42000}   # tier i: +20i AMQP, +1 dist, +2 management, +3/+4 host, +5/+6 gateway

tier_port() { local i; for i in "${!TIERS[@]}"; do [ "${TIERS[$i]}" = "$1" ] && echo $((TIERS_PORT + 20 * i + $2)); done; return 0; }

tier_rabbit_env() {
  local t=$1 i; for i in "${!TIERS[@]}"; do [ "${TIERS[$i]}" = "$t" ] && break; done
  rabbit_env
  local dir=$STATE/rabbit-$t
  export HOME=$dir/home RABBITMQ_NODENAME=linkage-$t@localhost
  export RABBITMQ_NODE_PORT; RABBITMQ_NODE_PORT=$(tier_port "$t" 0)
  export RABBITMQ_DIST_PORT; RABBITMQ_DIST_PORT=$(tier_port "$t" 1)
  export RABBITMQ_CTL_DIST_PORT_MIN=$((CTL_MIN + 11 + 3 * i)) RABBITMQ_CTL_DIST_PORT_MAX=$((CTL_MIN + 13 + 3 * i))
  export RABBITMQ_MNESIA_BASE=$dir/mnesia RABBITMQ_LOG_BASE=$dir/log RABBITMQ_CONFIG_FILE=$dir/rabbitmq.conf
  export RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins RABBITMQ_PID_FILE=$dir/rabbit.pid
}

tier_rabbit_running() { ( tier_rabbit_env "$1"; [ -f "$RABBITMQ_PID_FILE" ] && kill -0 "$(cat "$RABBITMQ_PID_FILE")" 2>/dev/null ); }

tier_rabbit_start() {
  local t=$1
  tier_rabbit_running "$t" && return 0
  refuse_busy_port "$(tier_port "$t" 0)" LINKAGE_TIERS_PORT || return 1
  ( tier_rabbit_env "$t"
    mkdir -p "$HOME" "$RABBITMQ_MNESIA_BASE" "$RABBITMQ_LOG_BASE"
    { echo "listeners.tcp.1 = 127.0.0.1:$RABBITMQ_NODE_PORT"; echo "loopback_users.guest = true"
      echo "management.tcp.ip = 127.0.0.1"; echo "management.tcp.port = $(tier_port "$t" 2)"; } > "$RABBITMQ_CONFIG_FILE"
    echo "[rabbitmq_management,rabbitmq_federation,rabbitmq_federation_management]." > "$RABBITMQ_ENABLED_PLUGINS_FILE"
    setsid rabbitmq-server > "$STATE/rabbit-$t/server.out" 2>&1 < /dev/null &
    rabbitmqctl --timeout 90 wait "$RABBITMQ_PID_FILE" >/dev/null 2>&1 ) || { log "RabbitMQ of the $t failed to start"; return 1; }
  log "RabbitMQ of the $t started on 127.0.0.1:$(tier_port "$t" 0)"
}

tier_rabbit_stop() {
  local t=$1 pid
  tier_rabbit_running "$t" || return 0
  pid=$(cat "$STATE/rabbit-$t/rabbit.pid")
  ( tier_rabbit_env "$t"; rabbitmqctl stop "$RABBITMQ_PID_FILE" >/dev/null 2>&1 ) || kill -TERM "$pid" 2>/dev/null
  local i; for i in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  log "RabbitMQ of the $t stopped"
}

# Each node federates its neighbours' linkage.out (the link queue lives on the sending node, where only link queues
# are bound to linkage.out: decision 0646), one inbound exchange per direction (0686): linkage.in.down from its parent,
# linkage.in.up from its children (the upstream set "children"), so a link carries only its direction's bindings. A
# neighbour's link logs in here as link-<neighbour> (ours there as link-<tier>): removing that user cuts one link alone,
# as `./platform bench --only tiers` does (docs/performance.md). resource-cleanup-mode never: a neighbour's clean
# shutdown must not delete its link queue here, with the events waiting in it (decision 0499). Link queues of the
# layouts before (one per linkage.<type> exchange before 0646, one per linkage.in until 0686) are removed once empty.
tier_link() {
  local t=$1 n q pw children=; pw=$(secret_key tier-link.key | tr -d '/+=')
  ( tier_rabbit_env "$t"
    # The policies before the upstreams: the layout before 0646 federated every linkage.<type> exchange, and an upstream
    # naming linkage.out under that policy makes each type's link declare linkage.out on the neighbour as a fanout
    # exchange (tier_out_topic removes one that such an upgrade left).
    rabbitmqctl clear_policy federate-linkage >/dev/null 2>&1 || true
    for n in ${TIER_LINKS[$t]}; do
      if [ "$(tier_rank "$n")" -lt "$(tier_rank "$t")" ]; then
        rabbitmqctl set_policy --apply-to exchanges federate-linkage-down '^linkage\.in\.down$' "{\"federation-upstream\":\"$n\"}" >/dev/null
      else children+="${children:+,}{\"upstream\":\"$n\"}"; fi
    done
    if [ -n "$children" ]; then
      rabbitmqctl set_parameter federation-upstream-set children "[$children]" >/dev/null
      rabbitmqctl set_policy --apply-to exchanges federate-linkage-up '^linkage\.in\.up$' '{"federation-upstream-set":"children"}' >/dev/null
    fi
    for n in ${TIER_LINKS[$t]}; do
      rabbitmqctl add_user "link-$n" "$pw" >/dev/null 2>&1 || rabbitmqctl change_password "link-$n" "$pw" >/dev/null
      rabbitmqctl set_permissions "link-$n" '.*' '.*' '.*' >/dev/null
      rabbitmqctl set_parameter federation-upstream "$n" \
        "{\"uri\":\"amqp://link-$t:$pw@127.0.0.1:$(tier_port "$n" 0)\",\"exchange\":\"linkage.out\",\"max-hops\":2,\"ack-mode\":\"on-confirm\",\"reconnect-delay\":1,\"resource-cleanup-mode\":\"never\"}" >/dev/null
    done
    # none on a node set up after 0686: grep's "no match" is no failure (set -e, pipefail)
    { rabbitmqctl list_queues -q --no-table-headers name 2>/dev/null | grep -E '^federation: linkage\.' |
        grep -Ev '^federation: linkage\.out -> .*:linkage\.in\.(up|down)$' || true; } |
      while IFS= read -r q; do rabbitmqctl delete_queue --if-empty "$q" >/dev/null 2>&1 < /dev/null || tier_old_link_unbind "$t" "$q"; done )
}

# An old link queue that still holds events is kept for moving by hand, but unbound: with no link left to drain it, it
# would grow (before 0646 its type exchange also takes what arrives through the links; until 0686, linkage.out would
# still route to it what the new links take).
tier_old_link_unbind() {
  python3 - "http://127.0.0.1:$(tier_port "$1" 2)" "$2" <<'PY' || true
import base64, json, sys, urllib.parse, urllib.request
api, queue = sys.argv[1], sys.argv[2]
auth = {"Authorization": "Basic " + base64.b64encode(b"guest:guest").decode()}
q = urllib.parse.quote(queue, safe="")
def call(method, path):
    with urllib.request.urlopen(urllib.request.Request(api + path, method=method, headers=auth), timeout=10) as r:
        return json.loads(r.read() or b"null")
for b in call("GET", f"/api/queues/%2F/{q}/bindings"):
    if b["source"]:
        call("DELETE", f"/api/bindings/%2F/e/{urllib.parse.quote(b['source'], safe='')}/q/{q}/{urllib.parse.quote(b['properties_key'], safe='')}")
print(f"[platform] kept '{queue}' ({call('GET', f'/api/queues/%2F/{q}').get('messages', 0)} events), unbound from its exchange (0646, 0686)")
PY
}

# A fanout linkage.out left by an upgrade from the layout before 0646 (see tier_link) refuses the hosts' topic one:
# removed once every node's policy has moved, through the management API (nothing bound to it is of use).
tier_out_topic() {
  # a node set up after 0646 has no linkage.out before its host declares it: curl's 404 is no failure (set -e, pipefail)
  local t=$1 type; type=$( { curl -fsS --retry 10 --retry-connrefused --retry-delay 1 -u guest:guest \
    "http://127.0.0.1:$(tier_port "$t" 2)/api/exchanges/%2F/linkage.out" 2>/dev/null || true; } | sed -n 's/.*"type":"\([a-z]*\)".*/\1/p')
  [ "$type" = fanout ] || return 0
  curl -fsS -o /dev/null -u guest:guest -X DELETE "http://127.0.0.1:$(tier_port "$t" 2)/api/exchanges/%2F/linkage.out" &&
    log "removed the $t's fanout linkage.out (0646)"
}

# tier_env <tier> [trust lines]: the host's environment (the single-host one, with the tier's own parts after it).
tier_env() {
  local t=$1 m http grpc; http=$(tier_port "$t" 3); grpc=$(tier_port "$t" 4)
  host_env all "$http" "$grpc"
  echo "Linkage__PersonalIdKey=$(secret_key "pid-$t.key")"
  echo "ConnectionStrings__Linkage=$(pg_app_conn "linkage_$t")"
  echo "Linkage__RabbitMq__Uri=amqp://guest:guest@127.0.0.1:$(tier_port "$t" 0)/"
  for m in "${MODULES[@]}"; do echo "Linkage__Grpc__${MODULE_TITLE[$m]}=http://127.0.0.1:$grpc"; done
  echo "Linkage__Federation__AppId=${TIER_APP[$t]}"
  echo "Linkage__Serves=${TIER_SERVES[$t]}"
  suite_origins_env "$(tier_port "$t" 5)" "$(tier_port "$t" 6)"
  [ -n "${TIER_EXCEPT[$t]}" ] && echo "Linkage__ServesExcept=${TIER_EXCEPT[$t]}"
  [ -n "${TIER_RELAYS[$t]}" ] && echo "Linkage__Federation__Relays=${TIER_RELAYS[$t]}"
  [ "$t" = "${TIERS[0]}" ] && echo "Linkage__Federation__ReportsTo=none"   # no province deployment above the city (0647)
  [ -s "$STATE/env/trust-$t" ] && cat "$STATE/env/trust-$t"
  return 0
}

tier_gateway_env() {
  local t=$1 m
  gateway_env
  echo "Kestrel__Endpoints__Http__Url=http://127.0.0.1:$(tier_port "$t" 5)"
  echo "Kestrel__Endpoints__Grpc__Url=http://127.0.0.1:$(tier_port "$t" 6)"
  for m in "${MODULES[@]}"; do
    echo "Linkage__Gateway__Modules__${m}__Http=http://127.0.0.1:$(tier_port "$t" 3)"
    echo "Linkage__Gateway__Modules__${m}__Grpc=http://127.0.0.1:$(tier_port "$t" 4)"
  done
}

# The event types a tier accepts from another (decision 0548), each for the subtree it may speak for in it (0612):
# from below, the stations' cases, materials, ratings and their 追评 (0519) and hand-overs and audit heads for the sender's own part (what
# it serves less what it delegates), roll-ups for all it serves (it relays its children's rows); from its parent,
# status changes, licences and their changes (0528) and relayed ratings' rectifications (0519) for the parent's own part and the catalog cascade for all it
# serves (its target); from further up, no catalog (it comes through the parent with its locks applied, 0549).
TIER_UP=linkage.intake.case-forwarded.v1,linkage.intake.case-supplied.v1,linkage.ratings.rating-relayed.v1,linkage.ratings.follow-up-relayed.v1,linkage.certificates.certificate-handed-over.v1,linkage.audit.head-signed.v1
TIER_RELAYED=linkage.supervision.counts-rolled-up.v1,linkage.supervision.state-rolled-up.v1
TIER_DOWN=linkage.intake.case-status-changed.v1,linkage.certificates.certificate-for-station.v1,linkage.certificates.certificate-status-changed.v1,linkage.ratings.rectification-changed.v1
TIER_CATALOG=linkage.catalog.matter-changed.v1
tier_rank() { local i; for i in "${!TIERS[@]}"; do [ "${TIERS[$i]}" = "$1" ] && echo "$i"; done; return 0; }
# tier_scoped TYPES SUBTREE: each type as type@subtree (Sends entries, docs/federation.md)
tier_scoped() { local type out=; for type in ${1//,/ }; do out+="${out:+,}$type@$2"; done; echo "$out"; }
tier_sends() {
  local from to whole own; from=$(tier_rank "$1"); to=$(tier_rank "$2")
  whole=${TIER_SERVES[$1]}; own=$whole${TIER_EXCEPT[$1]:+!${TIER_EXCEPT[$1]}}
  if [ "$from" -gt "$to" ]; then echo "$(tier_scoped "$TIER_UP" "$own"),$(tier_scoped "$TIER_RELAYED" "$whole")"
  elif [ $((to - from)) -eq 1 ]; then echo "$(tier_scoped "$TIER_DOWN" "$own"),$(tier_scoped "$TIER_CATALOG" "$whole")"
  else tier_scoped "$TIER_DOWN" "$own"; fi
}

# Every tier trusts the others' public keys (from the host's federation-key command) for what they serve and the
# event types they may send it, each for its subtree.
tier_trust() {
  local t o app key pub
  for t in "${TIERS[@]}"; do : > "$STATE/env/trust-$t"; done
  for o in "${TIERS[@]}"; do
    while read -r app key pub; do
      for t in "${TIERS[@]}"; do
        [ "$t" = "$o" ] && continue
        { echo "Linkage__Federation__Trust__${app}__Keys__${key}=$pub"; echo "Linkage__Federation__Trust__${app}__Speaks=${TIER_SERVES[$o]}"
          echo "Linkage__Federation__Trust__${app}__Sends=$(tier_sends "$o" "$t")"; } >> "$STATE/env/trust-$t"
      done
    done < <(run_with_env "$STATE/env/host-$o.env" "$REPO/$HOST_DLL" federation-key)
  done
}

cmd_up_tiers() {
  infra_install
  tiers_build & local build=$!
  infra_up || { kill "$build" 2>/dev/null; return 1; }
  pin_infra
  local t
  for t in "${TIERS[@]}"; do pg_create_db "linkage_$t"; tier_rabbit_start "$t" || return 1; done
  for t in "${TIERS[@]}"; do tier_link "$t"; done
  for t in "${TIERS[@]}"; do tier_out_topic "$t"; done
  wait "$build" || return 1
  write_env_files all
  rm -f "$STATE"/env/trust-*
  for t in "${TIERS[@]}"; do tier_env "$t" > "$STATE/env/host-$t.env"; done
  tier_trust
  for t in "${TIERS[@]}"; do
    tier_env "$t" > "$STATE/env/host-$t.env"; tier_gateway_env "$t" > "$STATE/env/gateway-$t.env"
    chmod 600 "$STATE/env/host-$t.env" "$STATE/env/gateway-$t.env"
    log "migrating and seeding the $t"
    host_migrate "$STATE/env/host-$t.env" "linkage_$t"
    run_with_env "$STATE/env/host-$t.env" "$REPO/$HOST_DLL" seed
  done
  supervisor_stop
  for t in "${TIERS[@]}"; do proc_start "host-$t" "$HOST_DLL"; proc_start "gateway-$t" "$GATEWAY_DLL"; done
  for t in "${TIERS[@]}"; do wait_ready "host-$t" "$(tier_port "$t" 3)"; wait_ready "gateway-$t" "$(tier_port "$t" 5)"; done
  supervisor_start
  echo
  echo "Linkage is up as three deployments, linked broker to broker (docs/federation.md)."
  for t in "${TIERS[@]}"; do
    printf '  %-40s gateway http://127.0.0.1:%s  app id %s  serves %s  RabbitMQ :%s (management :%s)\n' \
      "${TIER_TITLE[$t]}" "$(tier_port "$t" 5)" "${TIER_APP[$t]}" "${TIER_SERVES[$t]}" "$(tier_port "$t" 0)" "$(tier_port "$t" 2)"
  done
  echo "  the village agent (agent) works at the town's gateway, the county's reviewers at the county's."
  print_demo_users
  echo "  logs: $LOG_DIR    stop: ./platform down"
}

# TIERS_BUILT=1 (the chaos test, whose binaries are built and in use) skips the build.
tiers_build() { [ "${TIERS_BUILT:-}" = 1 ] && [ -f "$REPO/$HOST_DLL" ] && [ -f "$REPO/$GATEWAY_DLL" ] || build_solution; }

tiers_down() { local t; for t in "${TIERS[@]}"; do tier_rabbit_stop "$t"; done; }
