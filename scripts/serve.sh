#!/usr/bin/env bash
# Builds the app, serves it on 127.0.0.1 and rebuilds on every change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
port="${PORT:-8080}"
echo "Serving the explorer at http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec trunk serve --offline --locked --port "$port"
