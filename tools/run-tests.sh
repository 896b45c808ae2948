#!/usr/bin/env bash
# The whole suite behind `make test`: each stage in order, stopping at the first failure, then one
# summary line counting every test that ran (native, in-browser and end-to-end).
set -uo pipefail
cd "$(dirname "$0")/.."
logs=.test-logs
rm -rf "$logs" && mkdir -p "$logs"
passed=0
failed=0
skipped=0

summary() {
  local line="make test: $passed passed, $failed failed"
  [ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
  echo "$line"
}

# Adds up cargo's and wasm-bindgen-test-runner's "test result:" lines.
count_cargo() {
  local p f i
  p=$(grep -hoE 'test result: [A-Za-z]+\. [0-9]+ passed' "$1" | awk '{s+=$4} END {print s+0}')
  f=$(grep -hoE '[0-9]+ failed' <(grep -h 'test result:' "$1") | awk '{s+=$1} END {print s+0}')
  i=$(grep -hoE '[0-9]+ ignored' <(grep -h 'test result:' "$1") | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + i))
}

count_playwright() {
  local json=tests/e2e/test-results/results.json
  [ -f "$json" ] || return 0
  read -r p f s < <(python3 -c 'import json,sys; t=json.load(open(sys.argv[1]))["stats"]; print(t["expected"]+t["flaky"], t["unexpected"], t["skipped"])' "$json")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
}

# stage NAME COUNTER COMMAND...
stage() {
  local name=$1 counter=$2; shift 2
  local log="$logs/$name.log" start=$SECONDS
  echo "== $name: $*"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  [ "$counter" != - ] && "$counter" "$log"
  echo "== $name: $([ "$status" = 0 ] && echo ok || echo FAILED) in $((SECONDS - start)) s"
  if [ "$status" != 0 ]; then
    [ "$failed" = 0 ] && failed=1
    summary
    exit "$status"
  fi
}

stage fmt - cargo fmt --all --check
stage clippy-native - cargo clippy --workspace --all-targets --locked -- -D warnings
stage clippy-wasm - cargo clippy -p gongzhi --target wasm32-unknown-unknown --features split --all-targets --locked -- -D warnings
stage clippy-worker - cargo clippy -p gongzhi-sheets --target wasm32-unknown-unknown --features worker --bins --locked -- -D warnings
stage core-purity - bash tools/check-core-purity.sh
stage import-cycles - python3 tools/check-import-cycles.py core/src src cli/src sheets/src
# A panic aborts the wasm module: no code path may claim to be impossible instead of being typed so.
stage no-unreachable - bash -c '! grep -rn "unreachable!" core/src src cli/src sheets/src --include=*.rs'
# Small files named for what they hold: none over 500 lines outside tests/.
stage file-size - bash -c '! find core/src src cli/src sheets/src -name "*.rs" -exec wc -l {} + | awk "\$2 != \"total\" && \$1 > 500" | grep .'
# Every final step asks in the one confirmation form (components/confirm_form.rs), no page its own.
stage one-confirmation - bash -c '! grep -rln "alertdialog" src --include=*.rs | grep -v "^src/components/confirm_form.rs$"'
# The core holds no float: money is fen, area centi-m2 (the one exception is the canonical
# encoder refusing a float it is handed).
stage no-float - bash -c '! grep -rnE "\bf(32|64)\b" core/src --include=*.rs | grep -vE "serialize_f(32|64)\(f(32|64)\)"'
stage native-tests count_cargo cargo test --workspace --locked
stage browser-tests count_cargo cargo test -p gongzhi --target wasm32-unknown-unknown --test web --test storage --locked
stage release-build - trunk build --release
# The first visit's budget (docs/first-load.md) and the engine kept out of the main module.
stage size-budget - bash -c 'bash tools/named-main.sh target/size-check && python3 tools/check_size.py dist --budget 307200 --named target/size-check/opt.wasm'
stage e2e-fixtures - cargo run --locked -p gongzhi-core --example e2e_super_compound -- tests/e2e/fixtures/super-compound.json
stage e2e count_playwright bash -c 'cd tests/e2e && npx playwright test'
summary
