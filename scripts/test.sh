#!/usr/bin/env bash
# The whole test suite, in order, stopping at the first failure:
# formatting, lints (native and wasm32), native tests, a release build,
# then the browser tests against that build.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --test

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native: the app and the core crate)"
cargo clippy --locked --workspace --all-targets -- -D warnings

step "clippy (native, ssr: the prerender tool and the views it renders)"
cargo clippy --locked --no-default-features --features ssr --all-targets -- -D warnings

step "clippy (wasm32: the app, and each edition's module as it is built)"
cargo clippy --locked --target wasm32-unknown-unknown -p japan-nato-explorer -- -D warnings
for edition in english japanese; do
  cargo clippy --locked --target wasm32-unknown-unknown -p japan-nato-explorer --no-default-features --features "csr,$edition" -- -D warnings
done

step "cargo test (native: the core crate's data and logic)"
cargo test --locked --workspace

step "quotes: every quote in data/ appears verbatim in its source"
if [ -x ../shared/tools/check-quotes ]; then
  ../shared/tools/check-quotes data ../shared/sources
elif [ "${CI:-}" = "true" ]; then
  # CI always has shared/ beside the clone: a missing checker is a broken run.
  echo "error: ../shared/tools/check-quotes is not beside this repository" >&2
  exit 1
else
  echo "skipped: ../shared/tools/check-quotes is not beside this repository"
fi

step "release builds: at the root (dist/) and under a sub-path (dist-subpath/)"
# Each with an origin, as a deployment has one: the canonical addresses,
# share images and sitemaps the browser tests check are absolute.
EXPLORER_SITE_ORIGIN=https://explorer.example.org scripts/build.sh
EXPLORER_SITE_ORIGIN=https://www.example.org scripts/build.sh --public-url /research/japan-nato/ --dist dist-subpath

step "size budget: brotli bytes of a first visit (bench/size-budget.json)"
node scripts/check-size.mjs dist

step "valid HTML: the Nu validator over every prerendered page, both editions, both builds"
node scripts/validate-html.mjs dist dist-subpath

step "browser tests (Playwright, Debian's Chromium)"
npx playwright test

step "smoke suite in three engines: Chromium, Firefox and WebKit (Debian's, none downloaded)"
xvfb-run -a node tests/smoke/run.mjs
