#!/usr/bin/env bash
# The console (gateway/console, Vue + Vite): built with npm from its committed lock file, served by the
# gateway at /console/ from dist/ (docs/console.md). Chromium (Debian's) for its browser tests.

CONSOLE_DIR=$REPO/gateway/console
CONSOLE_DIST=$CONSOLE_DIR/dist
CHROMIUM=${LINKAGE_CHROMIUM:-/usr/bin/chromium}

# npm ci only when the lock file differs from the one node_modules was installed from.
console_deps() {
  local stamp=$CONSOLE_DIR/node_modules/.linkage-lock
  cmp -s "$CONSOLE_DIR/package-lock.json" "$stamp" && return 0
  log "installing the console's npm packages (npm ci)"
  (cd "$CONSOLE_DIR" && npm ci --no-audit --no-fund --loglevel=error > "$STATE/logs/console-npm.log" 2>&1) \
    || { log "npm ci failed:"; tail -n 30 "$STATE/logs/console-npm.log" >&2; return 1; }
  cp "$CONSOLE_DIR/package-lock.json" "$stamp"
}

# Rebuilds dist/ when it is missing or anything it is built from is newer.
console_build() {
  mkdir -p "$STATE/logs"
  command -v npm >/dev/null || { log "npm is missing (Node.js 20.19+ is needed for the console)"; return 1; }
  console_deps || return 1
  local index=$CONSOLE_DIST/index.html
  if [ -f "$index" ] && [ -z "$(find "$CONSOLE_DIR/src" "$CONSOLE_DIR/index.html" "$CONSOLE_DIR/vite.config.ts" "$CONSOLE_DIR/build" "$CONSOLE_DIR/scripts" \
      "$CONSOLE_DIR/package.json" \
      "$CONSOLE_DIR/package-lock.json" -newer "$index" -print -quit)" ]; then return 0; fi
  log "building the console (vite)"
  (cd "$CONSOLE_DIR" && npm run build > "$STATE/logs/console-build.log" 2>&1) \
    || { log "console build failed:"; tail -n 40 "$STATE/logs/console-build.log" >&2; return 1; }
}

# console_check <name>: one npm script (typecheck, lint); its exit code in the results for the closing line.
console_check() {
  local rc=0
  (cd "$CONSOLE_DIR" && npm run --silent "$1" > "$STATE/logs/console-$1.log" 2>&1) || rc=$?
  echo "$rc" > "$RESULTS_DIR/console-$1.rc"
  if [ $rc -eq 0 ]; then log "console $1 passed"; else log "console $1 failed:"; tail -n 40 "$STATE/logs/console-$1.log" >&2; fi
}

# The type check (vue-tsc) and lint (eslint) run when the console's tests are part of the run.
console_checks_wanted() {
  [ -z "${LINKAGE_TEST_PROJECTS:-}" ] || [[ ",$LINKAGE_TEST_PROJECTS," == *,Console,* ]]
}

# Debian's chromium for the browser tests; never Playwright's own browser download.
chromium_install() {
  [ -x "$CHROMIUM" ] && return 0
  command -v chromium >/dev/null && return 0
  log "installing chromium (Debian)"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || { log "chromium install failed"; return 1; }
}
