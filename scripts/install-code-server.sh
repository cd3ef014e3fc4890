#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 server + web workbench) into .tools/code-server (git-ignored).
# See shared recipe "real-vscode-tests.md". Idempotent: a second run returns at once.
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$ROOT/.tools/code-server"
STAMP="$DEST/.installed-$VERSION"
BIN="$DEST/node_modules/code-server/out/node/entry.js"

if [[ -f "$STAMP" && -f "$BIN" ]]; then
  echo "code-server $VERSION already installed in .tools/code-server"
  exit 0
fi

command -v rg >/dev/null || { echo "install-code-server: ripgrep (rg) is needed first (apt-get install ripgrep)" >&2; exit 1; }

rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
cat > package.json <<JSON
{ "name": "news-annotator-tools-code-server", "private": true, "version": "0.0.0" }
JSON

# Fix 3: @vscode/ripgrep downloads rg from the internet; pre-seed its cache with Debian's rg.
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
for RGV in 1.15.11 1.15.10 1.15.9; do
  mkdir -p "$TMP/vscode-ripgrep-cache-$RGV/stage"
  cp "$(command -v rg)" "$TMP/vscode-ripgrep-cache-$RGV/stage/rg"
  for ASSET in ripgrep-v13.0.0-10-x86_64-unknown-linux-musl ripgrep-v13.0.0-13-x86_64-unknown-linux-musl; do
    tar -C "$TMP/vscode-ripgrep-cache-$RGV/stage" -czf "$TMP/vscode-ripgrep-cache-$RGV/$ASSET.tar.gz" rg
  done
  rm -rf "$TMP/vscode-ripgrep-cache-$RGV/stage"
done

echo "installing code-server@$VERSION into .tools/code-server (about a minute)..."
# Fix 1: as root the postinstall refuses without unsafe_perm. Fix 2: node-pty runs `npx node-gyp`, which yes=false cancels.
TMPDIR="$TMP" npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-save --no-audit --no-fund --loglevel=error "code-server@$VERSION"

test -f "$BIN" || { echo "install-code-server: $BIN missing after install" >&2; exit 1; }
touch "$STAMP"
echo "code-server $VERSION installed"
