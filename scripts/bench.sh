#!/usr/bin/env bash
# `./platform bench`: the Linkage.Bench load run through the gateway and direct to the host,
# a pgbench ceiling for durable single-row inserts, and the peak memory of each process.

BENCH_PROJECT=tests/Linkage.Bench

run_linkage_bench() {
  if [ ! -d "$REPO/$BENCH_PROJECT" ]; then log "$BENCH_PROJECT does not exist yet; skipping it"; return 0; fi
  log "running $BENCH_PROJECT"
  (cd "$REPO" && dotnet run -c Release --project "$BENCH_PROJECT" -- \
    --gateway "http://127.0.0.1:$GATEWAY_HTTP_PORT" --direct "http://127.0.0.1:$HOST_PORT" \
    --pg "$(pg_conn linkage)" --state "$STATE" --tiers-port "$TIERS_PORT" --rabbit-mgmt "$(bench_brokers)" \
    ${PGBENCH_TPS:+--pgbench-tps "$PGBENCH_TPS"} "$@")
}

# The management APIs Linkage.Bench asks before each scenario whether the backlog has drained: the all-in-one's broker,
# and each tiers node that runs (a scenario after the tiers one would otherwise share the machine with their catch-up).
bench_brokers() {
  local uris t; uris=$(rabbit_management_uri)
  for t in "${TIERS[@]}"; do tier_rabbit_running "$t" && uris+=",http://127.0.0.1:$(tier_port "$t" 2)/"; done
  echo "$uris"
}

# pgbench: 32 clients, one durable INSERT per transaction, into a scratch table of database bench.
# Sets PGBENCH_TPS (the ceiling Linkage.Bench compares the suite's throughput with).
run_pgbench() {
  local dir=$STATE/bench out
  mkdir -p "$dir"
  pg_create_db bench
  pg_psql -d bench -c "create table if not exists scratch (id bigserial primary key, payload text not null,
    created_at timestamptz not null default now()); truncate scratch" >/dev/null
  echo "insert into scratch (payload) values ('linkage bench row');" > "$dir/insert.sql"
  log "pgbench: 32 clients, ${LINKAGE_PGBENCH_SECONDS:-20} s, single-row inserts"
  out=$(PGPASSWORD=$(cat "$STATE/pg.pw") "$PG_BIN/pgbench" -h 127.0.0.1 -p "$PGPORT" -U postgres -n \
    -c 32 -j 2 -T "${LINKAGE_PGBENCH_SECONDS:-20}" -f "$dir/insert.sql" bench 2>&1) \
    || { echo "$out" >&2; return 1; }
  echo "$out" > "$dir/pgbench.out"
  PGBENCH_TPS=$(echo "$out" | grep -m1 -oE 'tps = [0-9.]+' | cut -d' ' -f3)
  echo "pgbench (32 clients, durable single-row inserts): $PGBENCH_TPS tps"
}

# The per-case cost of a scenario, from PostgreSQL's pg_stat_statements (loaded by infra.sh) and RabbitMQ's
# management counters: statements, commits and statement time per case submitted meanwhile, messages published and
# delivered per case, and the statements that took the most time (docs/performance.md). pg_stat_statements counts the
# whole cluster, where the tiers' deployments (linkage_city, _county, _town) and the tests' databases live beside the
# all-in-one's linkage: each database is reported on its own, per case of its own, never summed into another's.
# COST_DB: the database the cluster-wide statistics are read through (the tiers run has no all-in-one linkage).
cost_reset() {
  pg_psql -d "${COST_DB:-linkage}" -c "create extension if not exists pg_stat_statements" >/dev/null 2>&1 || return 0
  pg_psql -d "${COST_DB:-linkage}" -c "select pg_stat_statements_reset()" >/dev/null 2>&1 || return 0 # a cluster made before it was loaded
  COST_CASES=$(suite_cases)
  COST_MESSAGES=$(rabbit_message_totals)
  COST_HOST_CPU=$(host_cpu_ms)
}

# One line "<database> <cases submitted so far>" per deployment: the all-in-one's linkage, the tiers' linkage_<tier>.
suite_cases() {
  local db
  for db in $(pg_psql -d postgres -c "select datname from pg_database where datname ~ '^linkage(_[a-z]+)?$' order by 1"); do
    echo "$db $(pg_psql -d "$db" -c "select count(*) from intake.cases" 2>/dev/null || echo 0)"
  done
}

# The host's CPU time so far (utime + stime of /proc/<pid>/stat, in ms): what it spent, whoever else shares the
# machine (docs/decisions/0584). Empty when no all-in-one host of ours runs.
host_cpu_ms() {
  local pid; proc_running "${1:-host}" && pid=$(proc_pid "${1:-host}") || return 0
  pid_cpu_ms "$pid"
}

pid_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d\n", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }

# Until the broker's consumed queues are empty (at most 120 s), so a run's cost includes the consumers it fanned out
# to; $1, a management URI: another broker than the all-in-one's (a tier's node). Error, skipped, quarantine and dlq- queues, and queues no consumer reads, never empty by waiting: left out, as
# Linkage.Bench's wait before each scenario leaves them out (tests/Linkage.Bench/Scenarios/Backlog.cs).
rabbit_drain() {
  local i
  for i in $(seq 1 60); do
    [ "$(curl -fsS -u guest:guest "${1:-$(rabbit_management_uri)}api/queues?columns=name,consumers,messages_ready,messages_unacknowledged" \
      2>/dev/null | python3 -c '
import json, sys
print(sum(q.get("messages_ready", 0) + q.get("messages_unacknowledged", 0) for q in json.load(sys.stdin)
          if q.get("consumers", 0) > 0 and not q["name"].startswith("dlq-")
          and not q["name"].endswith(("_error", "_skipped", "-quarantine"))))' 2>/dev/null)" = 0 ] && return 0
    sleep 2
  done
  echo "queues not drained after 120 s: the cost below includes less than the whole fan-out"
}

rabbit_message_totals() {
  curl -fsS -u guest:guest "${1:-$(rabbit_management_uri)}api/overview" 2>/dev/null | python3 -c '
import json, sys
s = json.load(sys.stdin).get("message_stats", {})
print(s.get("publish", 0), s.get("deliver_get", 0))' 2>/dev/null || echo "0 0"
}

# outbox_drain <database>: until no outbox row of any module there is pending (parked rows aside), held rows of a
# drain (decision 0744) included, or 120 s: the cost read after it then holds the life cycle they start.
outbox_drain() {
  local sql i pending
  sql="select coalesce(sum((xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.outbox_messages
       where dispatched_at is null and attempts < 10', table_schema), false, true, '')))[1]::text::int), 0)
       from information_schema.tables where table_name = 'outbox_messages'"
  for i in $(seq 1 60); do
    pending=$(pg_psql -d "$1" -c "$sql" 2>/dev/null) || return 0
    [ "$pending" = 0 ] && return 0
    sleep 2
  done
  echo "$1: $pending outbox rows still pending after 120 s: the cost below includes less than the whole fan-out"
}

cost_report() {
  [ -n "${COST_CASES:-}" ] || return 0
  local cases; cases=$(awk 'NR == FNR { before[$1] = $2; next } $2 > before[$1] { print $1, $2 - before[$1] }' \
    <(echo "$COST_CASES") <(suite_cases))
  [ -n "$cases" ] || return 0
  rabbit_drain
  local linkage; linkage=$(awk '$1 == "linkage" { print $2 }' <<< "$cases")
  local cpu; cpu=$(host_cpu_ms)
  [ -n "$cpu" ] && [ -n "${COST_HOST_CPU:-}" ] && [ -n "$linkage" ] \
    && awk -v n="$linkage" -v ms=$((cpu - COST_HOST_CPU)) 'BEGIN { printf "host CPU per case (%d cases, queues drained): %.2f ms\n", n, ms / n }'
  local published delivered; read -r published delivered <<< "$(rabbit_message_totals)"
  read -r published0 delivered0 <<< "$COST_MESSAGES"
  [ -n "$linkage" ] && awk -v n="$linkage" -v p=$((published - published0)) -v d=$((delivered - delivered0)) 'BEGIN {
    printf "messages per case of linkage (the all-in-one broker only): %.1f published, %.1f delivered\n", p / n, d / n }'
  echo "cost per case, each database on its own (pg_stat_statements; a database without cases of its own: totals):"
  pg_psql -d "${COST_DB:-linkage}" -F' ' -c "select d.datname, sum(calls), coalesce(sum(calls) filter (where query ilike 'commit%'), 0),
    round(sum(total_exec_time)::numeric) from pg_stat_statements s join pg_database d on d.oid = s.dbid group by 1 order by 1" \
    | awk 'NR == FNR { n[$1] = $2; next } {
      if ($1 in n) printf "  %s (%d cases): %.1f statements, %.1f commits, %.2f ms statement time\n", $1, n[$1], $2 / n[$1], $3 / n[$1], $4 / n[$1]
      else printf "  %s (no cases counted there): %d statements, %d commits, %d ms statement time\n", $1, $2, $3, $4 }' <(echo "$cases") -
  echo "statements by total time (database, calls, ms, statement):"
  pg_psql -d "${COST_DB:-linkage}" -F' | ' -c "select d.datname, calls, round(total_exec_time::numeric), left(regexp_replace(query, '\s+', ' ', 'g'), 100)
    from pg_stat_statements s join pg_database d on d.oid = s.dbid order by total_exec_time desc limit 8" | sed 's/^/  /'
}

# Peak resident set (VmHWM, since the process started) of every process ./platform started; $1 names the phase just
# run. Linkage.Bench prints the host's after each scenario too, with where its resident pages are.
report_peak_rss() {
  local name pid hwm
  for name in $(proc_all); do
    proc_running "$name" || continue
    pid=$(proc_pid "$name")
    hwm=$(awk '/^VmHWM/ {print $2, $3}' "/proc/$pid/status")
    echo "peak RSS $name (pid $pid)${1:+ after $1}: $hwm"
  done
}

# `bench --tiers` or `--only tiers`: the three deployments of `up --tiers` come up first (the tiers scenario runs on
# them); a run of the tiers scenario alone needs neither the all-in-one suite nor pgbench.
bench_wants_tiers() { [[ " $* " == *" --tiers "* || " $* " =~ \ --only\ ([a-z,]*,)?tiers(,|\ ) ]]; }
bench_tiers_only() { [[ " $* " == *" --tiers "* && " $* " != *" --only "* || " $* " == *" --only tiers "* ]]; }

# The tiers run's cost per deployment, per case the station forwarded (every case the town received in the run):
# each tier's host and RabbitMQ node CPU and its node's messages published and delivered, then cost_report's statements
# and commits per database (the town's and the city's per case of their own, the county's as totals).
tiers_cost_reset() {
  COST_DB=linkage_town cost_reset
  TIERS_COST=$(tiers_cost_totals)
}

# One line "<tier> <host CPU ms> <RabbitMQ CPU ms> <published> <delivered>" per deployment whose host runs.
tiers_cost_totals() {
  local t
  for t in "${TIERS[@]}"; do
    proc_running "host-$t" || continue
    echo "$t $(host_cpu_ms "host-$t") $(pid_cpu_ms "$(cat "$STATE/rabbit-$t/rabbit.pid")") $(rabbit_message_totals "http://127.0.0.1:$(tier_port "$t" 2)/")"
  done
}

tiers_cost_report() {
  [ -n "${TIERS_COST:-}" ] && [ -n "${COST_CASES:-}" ] || return 0
  local t n
  for t in "${TIERS[@]}"; do outbox_drain "linkage_$t"; done
  for t in "${TIERS[@]}"; do rabbit_drain "http://127.0.0.1:$(tier_port "$t" 2)/"; done
  n=$(awk 'NR == FNR { before[$1] = $2; next } $1 == "linkage_town" { print $2 - before[$1] }' <(echo "$COST_CASES") <(suite_cases))
  [ "${n:-0}" -gt 0 ] || return 0
  echo "cost per forwarded case, each deployment ($n cases received at the town, outboxes and queues drained):"
  awk -v n="$n" 'NR == FNR { h[$1] = $2; r[$1] = $3; p[$1] = $4; d[$1] = $5; next } $1 in h {
    printf "  %-6s host CPU %.2f ms, RabbitMQ CPU %.2f ms, messages %.2f published, %.2f delivered\n",
      $1, ($2 - h[$1]) / n, ($3 - r[$1]) / n, ($4 - p[$1]) / n, ($5 - d[$1]) / n }' <(echo "$TIERS_COST") <(tiers_cost_totals)
  COST_DB=linkage_town cost_report
}

# The console's first-load size and the clerk's start page's time to interactive under 3G-like throttling
# (gateway/console/scripts/figures.mjs, issue 15): printed, not asserted.
run_console_figures() {
  console_build && chromium_install || return 1
  log "console figures (headless chromium, Fast 3G emulation)"
  (cd "$CONSOLE_DIR" && LINKAGE_CHROMIUM=$CHROMIUM node scripts/figures.mjs "http://127.0.0.1:$GATEWAY_HTTP_PORT")
}

# A step of the bench: runs "$@"; when it fails, prints a FAILED line with its exit status, remembers it in
# BENCH_FAILED, and the bench goes on (set -e does not stop a function called in a condition). bench_summary ends it.
bench_step() {
  local name=$1 rc=0
  shift
  "$@" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "FAILED: bench step '$name' (exit $rc); the bench goes on"
    BENCH_FAILED+=("$name")
  fi
  return 0
}

# A Linkage.Bench run between cost_reset and cost_report, so a failed or timed-out scenario still prints its cost.
bench_costed() {
  local name=$1
  shift
  bench_step "cost reset" cost_reset
  bench_step "$name" run_linkage_bench "$@"
  bench_step "cost of $name" cost_report
}

bench_summary() {
  if [ ${#BENCH_FAILED[@]} -eq 0 ]; then echo "bench: every step ran without a failure"; return 0; fi
  echo "FAILED: bench steps: ${BENCH_FAILED[*]}"
  return 1
}

# `bench --quick`: pgbench, intake, the life cycle and verification, 5 s each, with the cost per case and peak memory;
# a figure to compare before and after a change, not the one the README reports.
bench_quick() {
  LINKAGE_PGBENCH_SECONDS=5 bench_step pgbench run_pgbench
  bench_costed "intake, lifecycle, verify" --only intake,lifecycle,verify --seconds 5 --warmup 1 --drain-seconds 30
  bench_step "peak memory" report_peak_rss
}

# Without arguments: the intake run first and the peak memory right after it (the foundation's target is for that
# run), then the other scenarios (the catalog import of 55,000 rows raises the host's peak on its own). Every step
# runs even when one before it failed; the exit status is non-zero when any did (bench_summary).
cmd_bench() {
  BENCH_FAILED=()
  local args=() a
  for a in "$@"; do [ "$a" = --tiers ] || args+=("$a"); done
  if bench_wants_tiers "$@"; then cmd_up_tiers || return 1; fi
  if bench_tiers_only "$@"; then
    bench_step "cost reset" tiers_cost_reset
    bench_step tiers run_linkage_bench --only tiers "${args[@]}"
    bench_step "cost of tiers" tiers_cost_report
    bench_step "peak memory" report_peak_rss
    bench_summary
    return
  fi
  cmd_up
  if [ "$*" = "--only console" ]; then run_console_figures; return; fi
  if [ "$*" = --quick ]; then bench_quick; bench_summary; return; fi
  bench_step pgbench run_pgbench
  if [ $# -gt 0 ]; then
    bench_costed "${args[*]}" "${args[@]}"
    bench_step "peak memory" report_peak_rss
    bench_summary
    return
  fi
  bench_costed intake --only intake
  bench_step "peak memory" report_peak_rss intake
  bench_costed lifecycle --only lifecycle
  bench_step "peak memory" report_peak_rss lifecycle
  bench_step "verify, forward, catalog, video, hall, payments" run_linkage_bench --only verify,forward,catalog,video,hall,payments
  bench_step "peak memory" report_peak_rss "verify, forward, catalog, video, hall, payments"
  if cmd_up_tiers; then bench_step tiers run_linkage_bench --only tiers
  else echo "FAILED: bench step 'tiers up'; the bench goes on"; BENCH_FAILED+=("tiers up"); fi
  bench_step "peak memory" report_peak_rss tiers
  bench_step "sweep, stats, assessment, ratings, figures, audit" run_linkage_bench --only sweep,stats,assessment,ratings,figures,audit
  bench_step "console figures" run_console_figures
  bench_summary
}
