#!/usr/bin/env bash
# `./platform test`: every test project under tests/ (not the benchmark), each with a TRX report, in two lanes
# (decision 0728); the reports are summed into one closing line "N passed, N failed".

RESULTS_DIR=$STATE/test-results

# Run before the lanes, with nothing beside them: EndToEnd starts a deployment of twelve processes, ready or failed
# within 90 s, which on two cores shared with another project's start-up it may not be (0728).
ALONE=(EndToEnd)
# Then the longest projects first (CI seconds, longest first), so the lanes end together; the rest by name.
LONG_FIRST=(Console Federation Chaos Supervision Messaging VideoReview Security Ratings Intake Approval Certificates)

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
  build_if_orphan "$proj" || { echo 1 > "$RESULTS_DIR/$name.rc"; return 0; }
  log "testing $name"
  local filter=()
  [ -n "${LINKAGE_TEST_FILTER:-}" ] && filter=(--filter "$LINKAGE_TEST_FILTER")
  timeout --kill-after=30 "${LINKAGE_TEST_TIMEOUT:-900}" \
    dotnet test "$proj" -c Release --no-build --nologo --logger "trx;LogFileName=$name.trx" \
      --results-directory "$RESULTS_DIR" "${filter[@]}" || rc=$?
  [ $rc -eq 124 ] && log "$name timed out after ${LINKAGE_TEST_TIMEOUT:-900} s"
  [ -s "$RESULTS_DIR/$name.trx" ] || log "$name left no test report (exit $rc)"
  echo "$rc" > "$RESULTS_DIR/$name.rc"
  log "$name done in $((SECONDS - t0)) s (exit $rc)"
}

# run_item <project file | console:<check>>: one entry of the queue.
run_item() {
  case $1 in
    console:*) console_check "${1#console:}" ;;
    *) run_one_test_project "$1" ;;
  esac
}

# short_name <project file>: Intake for tests/Linkage.Intake.Tests/Linkage.Intake.Tests.csproj.
short_name() { local n; n=$(basename "$1" .csproj); n=${n#Linkage.}; echo "${n%.Tests}"; }

# The queue: the projects to run alone, then the long ones, then the others, then the console's checks.
write_queue() {
  local projects=("$@") n p
  for n in "${ALONE[@]}" "${LONG_FIRST[@]}"; do
    for p in "${projects[@]}"; do [ "$(basename "$p")" = "Linkage.$n.Tests.csproj" ] && echo "$p"; done
  done
  for p in "${projects[@]}"; do
    [[ " ${ALONE[*]} ${LONG_FIRST[*]} " == *" $(short_name "$p") "* ]] || echo "$p"
  done
  console_checks_wanted && printf 'console:%s\n' typecheck lint
  return 0
}

queue_take() {
  local q=$RESULTS_DIR/.queue line
  exec 9> "$q.lock"; flock 9
  line=$(head -n 1 "$q"); [ -n "$line" ] && sed -i 1d "$q"
  exec 9>&-
  [ -n "$line" ] && echo "$line"
}

# One lane: takes entries until the queue is empty. With more than one lane each entry's output is kept in a file
# and printed whole when it is done, so two projects' lines never interleave.
lane() {
  local item out
  while item=$(queue_take); do
    if [ "$LANES" -eq 1 ]; then run_item "$item"; continue; fi
    log "started $(basename "$item" .csproj)"
    out=$RESULTS_DIR/$(basename "$item" .csproj | tr : -).log
    run_item "$item" > "$out" 2>&1
    ( flock 8; cat "$out" >&2 ) 8> "$RESULTS_DIR/.print.lock"
  done
}

# Adds every entry's outcome (its .rc and, for a project, its report) to PASSED/FAILED/SKIPPED.
tally_all() {
  local item name rc
  for item in "$@"; do
    name=$(basename "$item" .csproj | tr : -)
    rc=$(cat "$RESULTS_DIR/$name.rc" 2>/dev/null || echo 1)
    case $item in
      console:*) if [ "$rc" -eq 0 ]; then PASSED=$((PASSED + 1)); else FAILED=$((FAILED + 1)); fi ;;
      *) tally "$RESULTS_DIR/$name.trx" "$rc" ;;
    esac
  done
}

# run_tests: runs everything in LINKAGE_TEST_LANES lanes (2 unless told; 1 runs one entry after the other), sets
# SUMMARY (the closing line, printed last by the caller), returns non-zero on any failure.
run_tests() {
  local projects items i first pids=()
  mapfile -t projects < <(test_projects)
  PASSED=0 FAILED=0 SKIPPED=0
  mkdir -p "$RESULTS_DIR"
  if [ ${#projects[@]} -eq 0 ]; then log "no test projects under tests/"; FAILED=1; fi
  mapfile -t items < <(write_queue "${projects[@]}")
  for i in "${items[@]}"; do rm -f "$RESULTS_DIR/$(basename "$i" .csproj | tr : -).rc"; done
  printf '%s\n' "${items[@]}" > "$RESULTS_DIR/.queue"
  LANES=${LINKAGE_TEST_LANES:-2}
  while first=$(head -n 1 "$RESULTS_DIR/.queue") && [ -n "$first" ] && [[ " ${ALONE[*]} " == *" $(short_name "$first") "* ]]; do
    run_item "$(queue_take)"
  done
  for ((i = 0; i < LANES; i++)); do lane & pids+=($!); done
  wait "${pids[@]}"
  tally_all "${items[@]}"
  SUMMARY="$PASSED passed, $FAILED failed"
  [ "$SKIPPED" -gt 0 ] && SUMMARY+=", $SKIPPED skipped"
  [ "$FAILED" -eq 0 ]
}
