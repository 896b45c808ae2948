#!/usr/bin/env bash
# The release build's main module again, with its function names kept: cut from cargo's raw
# module as tools/split_wasm.py cuts it, then bound and optimised the same way, but with
# --debuginfo. Written to OUT/opt.wasm for tools/check_size.py and tools/bench/wasm_top.py.
# Run after `trunk build --release`, while target/…/release holds the split build's raw module.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: named-main.sh OUT}
# The wasm features wasm-opt must accept: the list Trunk passes (index.html; the spreadsheet
# worker's link repeats the main one's).
features=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html | head -n 1)
rm -rf "$out" && mkdir -p "$out"
wasm-split-cli target/wasm32-unknown-unknown/release/gongzhi-web.wasm "$out/split" --out-name main >/dev/null
wasm-bindgen --target web --keep-lld-exports --out-dir "$out/named" "$out/split/main.wasm"
# shellcheck disable=SC2086 # the features are several flags
wasm-opt -Oz $features --debuginfo "$out/named/main_bg.wasm" -o "$out/opt.wasm"
