#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already
# present at the right version, so a second run takes a few seconds.
# Works on a fresh Debian machine with rustup's Rust, node/npm, root, and
# network access to package registries only: nothing here downloads a
# prebuilt binary or a browser.
#
#   scripts/setup.sh          tools for building and serving
#   scripts/setup.sh --test   also Chromium and its driver for the browser tests,
#                             Firefox, WebKitGTK and xvfb for the smoke suite, and
#                             a Java runtime for the HTML validator
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=false
[ "${1:-}" = "--test" ] && want_browser=true

TRUNK_VERSION=0.21.14
log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# The wasm target and the lint tools of the pinned toolchain.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding rustup component $component"
    rustup component add "$component"
  fi
done

# Trunk, pinned: 0.22 needs a newer rustc than this machine's 1.95.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (takes about 6 minutes once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
# No --locked: one of its locked dependencies is no longer in the registry.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  log "installing wasm-bindgen-cli $bindgen_version"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# npm packages: Playwright's test runner, axe-core, and binaryen 132, whose
# wasm-opt understands current rustc output (Debian's binaryen 108 does not).
# Playwright never downloads a browser here: the tests use Debian's Chromium.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.installed-lock-hash 2>/dev/null)" != "$lock_hash" ]; then
  log "installing npm packages from package-lock.json"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.installed-lock-hash
fi

# Debian packages the tests need: Chromium and its driver for the browser
# tests, a Java runtime for the Nu HTML validator (npm's vnu-jar).
if $want_browser; then
  packages=()
  { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || packages+=(chromium chromium-driver)
  command -v java >/dev/null || packages+=(default-jre-headless)
  # The smoke suite's other engines: Firefox, and WebKitGTK's WebDriver and
  # MiniBrowser (which needs a display: xvfb).
  [ -x /usr/bin/firefox-esr ] || packages+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || packages+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || packages+=(xvfb xauth)
  if [ ${#packages[@]} -gt 0 ]; then
    log "installing Debian's ${packages[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y --no-install-recommends "${packages[@]}"
  fi
fi

log "tools ready"
