# Gongzhi: two commands do everything on a fresh Debian machine (see README.md).
#   make serve  — install missing tools, build the release app, serve it on http://127.0.0.1:8080
#   make test   — the whole suite, stopping at the first failure, ending with one summary line
# Every tool is pinned and installed idempotently: present at the right version means skipped.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
ROOT := $(abspath .)
export PATH := $(ROOT)/tools/node/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CHROMEDRIVER := /usr/bin/chromedriver
# The in-browser storage test folds a 110,000-event log; the runner's default is 20 s.
export WASM_BINDGEN_TEST_TIMEOUT := 180

TRUNK_VERSION := 0.21.14
# The splitter of the release build's wasm (tools/split_wasm.py); it reads the marker that
# wasm_split_helpers (pinned in Cargo.lock through Leptos) writes, so the two move together.
WASM_SPLIT_VERSION := 0.2.4
# wasm-bindgen-cli must equal the crate pinned with `=` in Cargo.toml; read it from the lock file.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
# python3-cryptography: cli/tests/format.rs runs the format document's hand-check script.
# poppler-utils: the e2e suite reads printed PDFs back as text (pdftotext).
# jq: cli/tests/format.rs runs the format document's jq lines for a vote's check code.
APT_PACKAGES := chromium chromium-driver fonts-noto-cjk python3 python3-cryptography poppler-utils jq
PORT ?= 8080

.PHONY: help tools tools-rust tools-trunk tools-wasm-bindgen tools-wasm-split tools-apt fetch build serve test bench soak fuzz clean

help:
	@echo "make serve   build the release app and serve it on http://127.0.0.1:$(PORT)"
	@echo "make test    the whole test suite (fmt, clippy, native, in-browser, end-to-end)"
	@echo "make bench   benchmarks;  make soak  long property tests;  make fuzz  fuzzing"

tools: tools-rust tools-trunk tools-wasm-bindgen tools-wasm-split tools-apt tools/node/node_modules/.package-lock.json tests/e2e/node_modules/.package-lock.json

tools-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -q '^clippy' || rustup component add clippy
	@rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt

tools-trunk:
	@if [ "$$(trunk --version 2>/dev/null)" = "trunk $(TRUNK_VERSION)" ]; then echo "trunk $(TRUNK_VERSION): present"; \
	else cargo install --locked trunk --version $(TRUNK_VERSION); fi

# Not --locked: wasm-bindgen-cli's own lock names a crate version the registry no longer has.
tools-wasm-bindgen:
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "no wasm-bindgen in Cargo.lock"; exit 1; }
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] && \
	   [ "$$(wasm-bindgen-test-runner --version 2>/dev/null)" = "wasm-bindgen-test-runner $(WASM_BINDGEN_VERSION)" ]; then \
	  echo "wasm-bindgen-cli $(WASM_BINDGEN_VERSION): present"; \
	else cargo install --force wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); fi

# The binary prints no version; cargo's own list of installed crates says which one it is.
tools-wasm-split:
	@if cargo install --list | grep -qx "wasm_split_cli_support v$(WASM_SPLIT_VERSION):"; then echo "wasm-split-cli $(WASM_SPLIT_VERSION): present"; \
	else cargo install --locked wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary; fi

tools-apt:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	else echo "$(APT_PACKAGES): present"; fi

# npm packages come from committed lock files; reinstalled only when a lock file changes.
tools/node/node_modules/.package-lock.json: tools/node/package-lock.json
	cd tools/node && npm ci --no-audit --no-fund
tests/e2e/node_modules/.package-lock.json: tests/e2e/package-lock.json
	cd tests/e2e && npm ci --no-audit --no-fund

fetch:
	cargo fetch --locked

build: tools fetch
	trunk build --release

serve: build
	python3 tools/serve.py --port $(PORT) --dir dist

test: tools fetch
	bash tools/run-tests.sh

# The rules natively and as wasm in headless Chromium (the same functions, medians of several
# runs), the real IndexedDB store at super-compound scale, cold start with and without 4x CPU
# throttling, the bytes a first visit fetches and those of the whole app, and where the main
# module's bytes go; written to docs/benchmarks.md and docs/bench.json.
# (`cargo bench -p gongzhi-core` runs the same native workloads under criterion.)
bench: build
	@mkdir -p target/bench
	@# First, while target/.../release holds the split build's raw module: the storage bench's
	@# own build (profile bench) writes to the same folder.
	bash tools/named-main.sh target/bench/named
	python3 tools/bench/wasm_top.py target/bench/named/opt.wasm --top 25 --json > target/bench/wasm-top.json
	cargo run --profile bench --locked -p gongzhi-core --example bench > target/bench/native.json
	cargo run --profile bench --locked -p gongzhi-core --example e2e_super_compound -- tests/e2e/fixtures/super-compound.json
	cargo test -p gongzhi --target wasm32-unknown-unknown --profile bench --test storage_bench --locked -- --nocapture \
	  2>&1 | tee target/bench/wasm.log | grep -v '^BENCH_JSON'
	cd tests/e2e && node bench/browser.mjs > ../../target/bench/browser.json
	python3 tools/bench/report.py

soak: tools fetch
	PROPTEST_CASES=100000 cargo test -p gongzhi-core --profile soak

# Snapshot import and roster import under libFuzzer, FUZZ_RUNS executions each (10 million by
# default); docs/reliability.md keeps the figures of the recorded run. The roster target runs
# without AddressSanitizer (safe Rust; ten times the speed) on inputs up to 1 KB, seeded with the
# test fixture's small roster and the head of the GB18030 one.
FUZZ_RUNS ?= 10000000
fuzz: tools fetch
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@if [ "$$(cargo fuzz --version 2>/dev/null)" = "cargo-fuzz 0.13.2" ]; then echo "cargo-fuzz 0.13.2: present"; \
	else cargo install --locked cargo-fuzz --version 0.13.2; fi
	@mkdir -p core/fuzz/corpus/roster_import
	@cp core/tests/fixtures/small-roster-utf8-bom.csv core/fuzz/corpus/roster_import/
	@head -c 1000 core/tests/fixtures/compound-roster-gb18030.csv > core/fuzz/corpus/roster_import/gb18030-head.csv
	$(call fuzz_run,snapshot_import,)
	$(call fuzz_run,roster_import,--sanitizer none,-max_len=1024)

# $(1) target, $(2) cargo-fuzz options, $(3) libFuzzer options
define fuzz_run
	@cargo +nightly fuzz run $(1) $(2) --fuzz-dir core/fuzz -- -runs=$(FUZZ_RUNS) $(3) -print_final_stats=1 \
	  > .fuzz-$(1).log 2>&1 || { tail -40 .fuzz-$(1).log; exit 1; }
	@grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' .fuzz-$(1).log || true
	@echo "$(1): corpus $$(ls core/fuzz/corpus/$(1) | wc -l) files, $$(du -sk core/fuzz/corpus/$(1) | cut -f1) KB"
endef

clean:
	cargo clean
	rm -rf dist tests/e2e/test-results .test-logs
