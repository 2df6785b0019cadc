#!/usr/bin/env bash
# EF compiled models: one per module context, in services/<Module>/Persistence/CompiledModels (decision 0716).

# native_aot MODULE: --nativeaot, so the compiled model carries its snapshot factories and property accessors as code
# and the host compiles none of them at run time (decision 0775); not for Office, whose enum-array converter the
# generator writes as a statement lambda that does not compile (EF Core 10.0.15).
native_aot() { [ "$1" = Office ] || echo --nativeaot; }

# cmd_models [Module...]: regenerates the compiled models of the named modules (default: every module with a
# DbContext). Run after any change to an entity, a configuration or a context's OnModelCreating, beside the
# migration; CompiledModelTests fails while one is stale.
cmd_models() {
  local modules=("$@") m ctx out=$STATE/logs/models.log
  if [ ${#modules[@]} -eq 0 ]; then
    for ctx in "$REPO"/services/*/Persistence/*DbContext.cs; do modules+=("$(basename "$(dirname "$(dirname "$ctx")")")"); done
  fi
  mkdir -p "$STATE/logs"
  ( cd "$REPO" && dotnet tool restore >/dev/null ) || return 1
  # removed first: a stale model may no longer compile, and the host looks the models up only when it starts
  for m in "${modules[@]}"; do rm -rf "$REPO/services/$m/Persistence/CompiledModels"; done
  log "building the modules (Debug) once for the generator"
  dotnet build "$REPO/services/Linkage.Host/Linkage.Host.csproj" -nologo -v q -clp:ErrorsOnly -nodeReuse:false > "$out" 2>&1 \
    || { log "build failed; see $out"; grep -E ': error ' "$out" | sort -u >&2; return 1; }
  for m in "${modules[@]}"; do
    ctx=$(basename "$REPO"/services/"$m"/Persistence/*DbContext.cs .cs)
    log "compiled model of $ctx"
    ( cd "$REPO" && dotnet dotnet-ef dbcontext optimize --no-build $(native_aot "$m") --project "services/$m" --context "$ctx" \
        --output-dir Persistence/CompiledModels --namespace "Linkage.$m.Persistence.CompiledModels" >> "$out" 2>&1 ) \
      || { log "failed; see $out"; grep -v '^   at ' "$out" | tail -n 5 >&2; return 1; }
  done
}
