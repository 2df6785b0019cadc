#!/usr/bin/env bash
# `./platform bench`: the Linkage.Bench load run through the gateway and direct to the host,
# a pgbench ceiling for durable single-row inserts, and the peak memory of each process.

BENCH_PROJECT=tests/Linkage.Bench

run_linkage_bench() {
  if [ ! -d "$REPO/$BENCH_PROJECT" ]; then log "$BENCH_PROJECT does not exist yet; skipping it"; return 0; fi
  log "running $BENCH_PROJECT"
  (cd "$REPO" && dotnet run -c Release --project "$BENCH_PROJECT" -- \
    --gateway "http://127.0.0.1:$GATEWAY_HTTP_PORT" --direct "http://127.0.0.1:$HOST_PORT" \
    --pg "$(pg_conn linkage)" --state "$STATE" ${PGBENCH_TPS:+--pgbench-tps "$PGBENCH_TPS"} "$@")
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

# Peak resident set (VmHWM) of every process ./platform started.
report_peak_rss() {
  local name pid hwm
  for name in $(proc_all); do
    proc_running "$name" || continue
    pid=$(proc_pid "$name")
    hwm=$(awk '/^VmHWM/ {print $2, $3}' "/proc/$pid/status")
    echo "peak RSS $name (pid $pid): $hwm"
  done
}

# The console's first-load size and the clerk's start page's time to interactive under 3G-like throttling
# (gateway/console/scripts/figures.mjs, issue 15): printed, not asserted.
run_console_figures() {
  console_build && chromium_install || return 1
  log "console figures (headless chromium, Fast 3G emulation)"
  (cd "$CONSOLE_DIR" && LINKAGE_CHROMIUM=$CHROMIUM node scripts/figures.mjs "http://127.0.0.1:$GATEWAY_HTTP_PORT")
}
