#!/usr/bin/env bash
# One command to set up a fresh machine for building, testing and running the extension:
#   npm run setup        (= bash scripts/setup.sh)
# - Debian packages (only those missing): chromium (headless browser for the real-VS-Code tests),
#   ripgrep (code-server's search), libkrb5-dev (code-server's kerberos addon), fonts-wqy-microhei (CJK glyphs
#   in screenshots);
# - npm dependencies (nodejieba builds from source: needs npm_config_yes=true);
# - code-server 4.100.3 into .tools/code-server (git-ignored), see scripts/install-code-server.sh.
# Idempotent: a second run only checks and returns in a few seconds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export npm_config_yes=true
start=$SECONDS
say() { echo "[setup] $*"; }

# --- Debian packages ---------------------------------------------------------------------------
APT_PACKAGES=(chromium ripgrep libkrb5-dev fonts-wqy-microhei)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]]; then missing+=("$p"); fi
done
if ((${#missing[@]})); then
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  say "apt-get install ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
else
  say "apt packages present: ${APT_PACKAGES[*]}"
fi

# --- npm dependencies --------------------------------------------------------------------------
JIEBA_NODE=node_modules/nodejieba/build/Release/nodejieba.node
STAMP=node_modules/.news-annotator-setup
want="$(cat package.json package-lock.json 2>/dev/null | sha256sum | cut -d' ' -f1)"
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" && -f "$JIEBA_NODE" && -d node_modules/playwright-core ]]; then
  say "node_modules up to date"
else
  say "npm install"
  npm install --no-audit --no-fund
  if [[ ! -f "$JIEBA_NODE" ]]; then
    say "nodejieba's native addon was not built: rebuilding it from source"
    npm rebuild nodejieba --foreground-scripts
  fi
  test -f "$JIEBA_NODE" || { echo "[setup] $JIEBA_NODE is missing" >&2; exit 1; }
  # package.json / lock may have been normalised by npm install: stamp what is there now.
  cat package.json package-lock.json 2>/dev/null | sha256sum | cut -d' ' -f1 > "$STAMP"
fi
node -e "require('nodejieba').cut('测试')" >/dev/null || { echo "[setup] nodejieba does not load" >&2; exit 1; }

# --- code-server ---------------------------------------------------------------------------------
bash scripts/install-code-server.sh

say "done in $((SECONDS - start))s"
