#!/usr/bin/env bash
# Plants bugs in the core crate with cargo-mutants and counts how many its
# tests catch (settings: .cargo/mutants.toml). Takes an hour or more on two
# cores, so it is not part of `make test`; docs/mutants.md records the last
# run. Output: mutants.out/ (caught.txt, missed.txt, timeout.txt,
# unviable.txt, outcomes.json).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v cargo-mutants >/dev/null; then
  cargo install cargo-mutants --version 27.1.0 --locked
fi
# Fewer cases per property test: each mutant runs the whole suite.
export PROPTEST_CASES="${PROPTEST_CASES:-64}"
# No debug information: each mutant relinks every test binary.
export CARGO_PROFILE_DEV_DEBUG=0 CARGO_PROFILE_TEST_DEBUG=0
exec cargo mutants --package explorer-core --jobs "${MUTANTS_JOBS:-2}" "$@"
