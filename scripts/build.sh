#!/usr/bin/env bash
# Release build into dist/: optimised for size, wasm-opt from npm's binaryen.
# Extra arguments go to trunk, e.g. `scripts/build.sh --public-url /research/japan-nato/`.
set -euo pipefail
cd "$(dirname "$0")/.."
# npm's binaryen 132 first on PATH: trunk runs the first wasm-opt it finds.
export PATH="$PWD/node_modules/.bin:$PATH"
trunk build --release --offline --locked "$@"
