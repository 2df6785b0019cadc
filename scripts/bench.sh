#!/usr/bin/env bash
# `./platform bench`: the Linkage.Bench load run through the gateway and direct to the host,
# a pgbench ceiling for durable single-row inserts, and the peak memory of each process.

BENCH_PROJECT=tests/Linkage.Bench

run_linkage_bench() {
  if [ ! -d "$REPO/$BENCH_PROJECT" ]; then log "$BENCH_PROJECT does not exist yet; skipping it"; return 0; fi
  log "running $BENCH_PROJECT"
  (cd "$REPO" && dotnet run -c Release --project "$BENCH_PROJECT" -- \
    --gateway "http://127.0.0.1:$GATEWAY_HTTP_PORT" --direct "http://127.0.0.1:$HOST_PORT" \
    --pg "$(pg_conn linkage)" --state "$STATE" --tiers-port "$TIERS_PORT" ${PGBENCH_TPS:+--pgbench-tps "$PGBENCH_TPS"} "$@")
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
cost_reset() {
  pg_psql -d linkage -c "create extension if not exists pg_stat_statements" >/dev/null 2>&1 || return 0
  pg_psql -d linkage -c "select pg_stat_statements_reset()" >/dev/null 2>&1 || return 0 # a cluster made before it was loaded
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
  local pid; proc_running host && pid=$(proc_pid host) || return 0
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%d\n", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat"
}

# Until every queue of the broker is empty (at most 120 s), so a run's cost includes the consumers it fanned out to.
rabbit_drain() {
  local i
  for i in $(seq 1 60); do
    [ "$(curl -fsS -u guest:guest "$(rabbit_management_uri)api/overview" 2>/dev/null | python3 -c '
import json, sys
print(json.load(sys.stdin).get("queue_totals", {}).get("messages", 0))' 2>/dev/null)" = 0 ] && return 0
    sleep 2
  done
}

rabbit_message_totals() {
  curl -fsS -u guest:guest "$(rabbit_management_uri)api/overview" 2>/dev/null | python3 -c '
import json, sys
s = json.load(sys.stdin).get("message_stats", {})
print(s.get("publish", 0), s.get("deliver_get", 0))' 2>/dev/null || echo "0 0"
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
  pg_psql -d linkage -F' ' -c "select d.datname, sum(calls), coalesce(sum(calls) filter (where query ilike 'commit%'), 0),
    round(sum(total_exec_time)::numeric) from pg_stat_statements s join pg_database d on d.oid = s.dbid group by 1 order by 1" \
    | awk 'NR == FNR { n[$1] = $2; next } {
      if ($1 in n) printf "  %s (%d cases): %.1f statements, %.1f commits, %.2f ms statement time\n", $1, n[$1], $2 / n[$1], $3 / n[$1], $4 / n[$1]
      else printf "  %s (no cases counted there): %d statements, %d commits, %d ms statement time\n", $1, $2, $3, $4 }' <(echo "$cases") -
  echo "statements by total time (database, calls, ms, statement):"
  pg_psql -d linkage -F' | ' -c "select d.datname, calls, round(total_exec_time::numeric), left(regexp_replace(query, '\s+', ' ', 'g'), 100)
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

# The console's first-load size and the clerk's start page's time to interactive under 3G-like throttling
# (gateway/console/scripts/figures.mjs, issue 15): printed, not asserted.
run_console_figures() {
  console_build && chromium_install || return 1
  log "console figures (headless chromium, Fast 3G emulation)"
  (cd "$CONSOLE_DIR" && LINKAGE_CHROMIUM=$CHROMIUM node scripts/figures.mjs "http://127.0.0.1:$GATEWAY_HTTP_PORT")
}

# `bench --quick`: pgbench, intake, the life cycle and verification, 5 s each, with the cost per case and peak memory;
# a figure to compare before and after a change, not the one the README reports.
bench_quick() {
  local failed=0
  LINKAGE_PGBENCH_SECONDS=5 run_pgbench || failed=1
  cost_reset; run_linkage_bench --only intake,lifecycle,verify --seconds 5 --warmup 1 || failed=1
  cost_report; report_peak_rss
  return $failed
}

# Without arguments: the intake run first and the peak memory right after it (the foundation's target is for that
# run), then the other scenarios (the catalog import of 55,000 rows raises the host's peak on its own).
cmd_bench() {
  local args=() a
  for a in "$@"; do [ "$a" = --tiers ] || args+=("$a"); done
  if bench_wants_tiers "$@"; then cmd_up_tiers || return 1; fi
  if bench_tiers_only "$@"; then run_linkage_bench --only tiers "${args[@]}"; report_peak_rss; return; fi
  cmd_up
  if [ "$*" = "--only console" ]; then run_console_figures; return; fi
  if [ "$*" = --quick ]; then bench_quick; return; fi
  run_pgbench
  if [ $# -gt 0 ]; then cost_reset; run_linkage_bench "${args[@]}"; cost_report; report_peak_rss; return; fi
  local failed=0
  cost_reset; run_linkage_bench --only intake || failed=1
  cost_report; report_peak_rss intake
  cost_reset; run_linkage_bench --only lifecycle || failed=1
  cost_report; report_peak_rss lifecycle
  run_linkage_bench --only verify,forward,catalog,video,hall,payments || failed=1
  report_peak_rss "verify, forward, catalog, video, hall, payments"
  cmd_up_tiers && run_linkage_bench --only tiers || failed=1
  report_peak_rss tiers
  run_linkage_bench --only sweep,stats,assessment,ratings,figures,audit || failed=1
  run_console_figures || failed=1
  return $failed
}
