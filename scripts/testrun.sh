#!/usr/bin/env bash
# `./platform test`: every test project under tests/ (not the benchmark), one after the other,
# each with a TRX report; the reports are summed into one closing line "N passed, N failed".

RESULTS_DIR=$STATE/test-results

# Test projects: csproj files under tests/ that reference Microsoft.NET.Test.Sdk. LINKAGE_TEST_PROJECTS
# (comma-separated names such as Intake,Gateway) narrows the run while working on one part.
test_projects() {
  if [ -n "${LINKAGE_TEST_PROJECTS:-}" ]; then
    local n; IFS=, read -ra wanted <<< "$LINKAGE_TEST_PROJECTS"
    for n in "${wanted[@]}"; do
      [ -f "$REPO/tests/Linkage.$n.Tests/Linkage.$n.Tests.csproj" ] && echo "$REPO/tests/Linkage.$n.Tests/Linkage.$n.Tests.csproj" \
        || log "no test project tests/Linkage.$n.Tests"
    done
    return 0
  fi
  [ -d "$REPO/tests" ] || return 0
  find "$REPO/tests" -name '*.csproj' -not -path '*/bin/*' -not -path '*/obj/*' \
    -not -path "$REPO/tests/Linkage.Bench/*" -print0 | sort -z \
    | while IFS= read -r -d '' p; do grep -q 'Microsoft.NET.Test.Sdk' "$p" && echo "$p"; done
  return 0
}

# A test project left out of the solution is built on its own, so --no-build finds it.
build_if_orphan() {
  local proj=$1 sln rel; sln=$(solution_file) || return 1
  rel=${proj#"$REPO"/}
  # grep -q would stop reading early and, under pipefail, tr's SIGPIPE (141) would count as "not found"
  tr '\\' '/' < "$sln" | grep -F "$rel" > /dev/null && return 0
  log "$rel is not in $(basename "$sln"); building it on its own"
  dotnet_build "$proj" "build-$(basename "$proj" .csproj)"
}

# trx_counter <file> <attribute>: one number from the <Counters .../> element.
trx_counter() { grep -o "<Counters [^>]*>" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }

# Adds one project's outcome to PASSED/FAILED/SKIPPED; a run that failed without saying which
# test failed (crash, hang, no report) counts as one failure.
tally() {
  local trx=$1 rc=$2 total executed passed failed skipped
  if [ ! -s "$trx" ]; then FAILED=$((FAILED + 1)); return; fi
  total=$(trx_counter "$trx" total); executed=$(trx_counter "$trx" executed); passed=$(trx_counter "$trx" passed)
  failed=$(( $(trx_counter "$trx" failed) + $(trx_counter "$trx" error) + $(trx_counter "$trx" timeout) + $(trx_counter "$trx" aborted) ))
  skipped=$(trx_counter "$trx" notExecuted); [ $((total - executed)) -gt "$skipped" ] && skipped=$((total - executed))
  [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
  PASSED=$((PASSED + passed)); FAILED=$((FAILED + failed)); SKIPPED=$((SKIPPED + skipped))
}

run_one_test_project() {
  local proj=$1 name rc=0 t0=$SECONDS
  name=$(basename "$proj" .csproj)
  rm -f "$RESULTS_DIR/$name.trx"
  build_if_orphan "$proj" || { FAILED=$((FAILED + 1)); return 0; }
  log "testing $name"
  local filter=()
  [ -n "${LINKAGE_TEST_FILTER:-}" ] && filter=(--filter "$LINKAGE_TEST_FILTER")
  timeout --kill-after=30 "${LINKAGE_TEST_TIMEOUT:-900}" \
    dotnet test "$proj" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" \
      --results-directory "$RESULTS_DIR" "${filter[@]}" || rc=$?
  [ $rc -eq 124 ] && log "$name timed out after ${LINKAGE_TEST_TIMEOUT:-900} s"
  [ -s "$RESULTS_DIR/$name.trx" ] || log "$name left no test report (exit $rc)"
  tally "$RESULTS_DIR/$name.trx" "$rc"
  log "$name done in $((SECONDS - t0)) s (exit $rc)"
}

# run_tests: runs everything, sets SUMMARY (the closing line, printed last by the caller), returns
# non-zero on any failure.
run_tests() {
  local projects p
  mapfile -t projects < <(test_projects)
  PASSED=0 FAILED=0 SKIPPED=0
  mkdir -p "$RESULTS_DIR"
  if [ ${#projects[@]} -eq 0 ]; then log "no test projects under tests/"; FAILED=1; fi
  for p in "${projects[@]}"; do run_one_test_project "$p"; done
  console_checks
  SUMMARY="$PASSED passed, $FAILED failed"
  [ "$SKIPPED" -gt 0 ] && SUMMARY+=", $SKIPPED skipped"
  [ "$FAILED" -eq 0 ]
}
