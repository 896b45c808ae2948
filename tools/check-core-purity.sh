#!/usr/bin/env bash
# gongzhi-core holds the rules and the record; it must build without any web or browser crate, on
# every target, so the same rules run in the CLI, the benchmarks and the browser.
set -euo pipefail
cd "$(dirname "$0")/.."
forbidden='^(leptos|leptos_[a-z_]+|web-sys|js-sys|wasm-bindgen|wasm-bindgen-[a-z-]+|gloo|gloo-[a-z-]+) '
tree=$(cargo tree -p gongzhi-core --edges normal,build --target all --prefix none --locked)
if offenders=$(grep -E "$forbidden" <<<"$tree" | sort -u) && [ -n "$offenders" ]; then
  echo "gongzhi-core depends on web crates:"
  echo "$offenders"
  exit 1
fi
echo "gongzhi-core: $(sort -u <<<"$tree" | wc -l) crates in its tree, none of them web or browser crates"
