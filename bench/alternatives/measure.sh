#!/usr/bin/env bash
# What an alternative would cost the English module, in brotli bytes:
# builds this commit and this commit with `<name>.patch` applied, the way
# Trunk builds the module (release, wasm-bindgen, wasm-opt -Oz with
# index.html's features), and prints both sizes and the difference.
#
#   bench/alternatives/measure.sh leptos-meta
#
# Needs what `make build` needs (scripts/setup.sh installs it). Takes a few
# minutes: the patched build compiles the app again. Results are recorded in
# bench/alternatives/README.md.
set -euo pipefail
name="${1:?usage: measure.sh <name of a .patch beside this script>}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
patch="$here/$name.patch"
[ -f "$patch" ] || { echo "measure.sh: no $patch" >&2; exit 1; }
work="$root/target/alternatives"
head=$(git -C "$root" rev-parse --short HEAD)
rm -rf "$work" && mkdir -p "$work"
git -C "$root" worktree prune
trap 'for tree in base patched; do git -C "$root" worktree remove --force "$work/$tree" >/dev/null 2>&1 || true; done' EXIT
# Both from the last commit, so that uncommitted work does not count.
for tree in base patched; do
  git -C "$root" worktree add --detach "$work/$tree" HEAD >/dev/null
done
git -C "$work/patched" apply "$patch"

flags=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' "$root/index.html")
brotli_size() { # <checkout> <label>
  local out="$work/$2"
  mkdir -p "$out"
  (cd "$1" && CARGO_TARGET_DIR="$root/target" cargo build --quiet --release \
    --target wasm32-unknown-unknown -p japan-nato-explorer --no-default-features --features csr,english)
  wasm-bindgen --target web --no-typescript --out-dir "$out" \
    "$root/target/wasm32-unknown-unknown/release/japan-nato-explorer.wasm"
  # shellcheck disable=SC2086
  "$root/node_modules/.bin/wasm-opt" -Oz $flags "$out/japan-nato-explorer_bg.wasm" -o "$out/opt.wasm"
  node -e "const z=require('zlib'),fs=require('fs');const b=fs.readFileSync(process.argv[1]);process.stdout.write(String(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))" "$out/opt.wasm"
}
base=$(brotli_size "$work/base" base-out)
patched=$(brotli_size "$work/patched" patched-out)
echo "$name: English module $base bytes brotli at $head, $patched with the patch ($((patched - base)) bytes)"
