#!/usr/bin/env bash
# Release build of the solution: quiet, errors shown, retried on another build's file locks.

solution_file() {
  local f
  for f in Platform.sln Platform.slnx; do [ -f "$REPO/$f" ] && { echo "$REPO/$f"; return 0; }; done
  log "no Platform.sln in $REPO"; return 1
}

# dotnet_build <project or solution> <log name>
dotnet_build() {
  local target=$1 out=$STATE/logs/$2.log _
  mkdir -p "$STATE/logs"
  for _ in 1 2 3; do
    if dotnet build "$target" -c Release -nologo -v q -clp:ErrorsOnly -nodeReuse:false > "$out" 2>&1; then return 0; fi
    grep -qE 'being used by another process|cannot access the file' "$out" || break
    log "build hit a file lock (another build?); retrying in 5 s"; sleep 5
  done
  log "build of ${target#"$REPO"/} failed:"
  grep -E ': (error|warning) ' "$out" | sort -u >&2 || cat "$out" >&2
  return 1
}

build_solution() {
  local sln t0=$SECONDS
  sln=$(solution_file) || return 1
  log "building $(basename "$sln") (Release)"
  dotnet_build "$sln" build || return 1
  log "build done in $((SECONDS - t0)) s"
}
