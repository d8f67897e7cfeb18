# The two commands a newcomer needs; each installs what is missing first.
#   make serve   build the app, serve it on http://127.0.0.1:8080/ and rebuild on change
#   make test    run every test: fmt, clippy, cargo test, release build, browser tests
#   make bench   the benchmark (not a test): writes bench/results/latest.md and the README tables
.PHONY: serve test build setup bench
serve:
	scripts/serve.sh
test:
	scripts/test.sh
# PUBLIC_URL=/some/path/ make build   builds for a sub-path
build:
	scripts/setup.sh
	scripts/build.sh $(if $(PUBLIC_URL),--public-url $(PUBLIC_URL))
setup:
	scripts/setup.sh --test
bench:
	scripts/setup.sh --test
	node bench/run.mjs
	node bench/interaction.mjs --dist bench/dist/real --label after --built 100000=bench/dist/100000
	node bench/phone.mjs
