#!/usr/bin/env python3
"""The first load's budget, enforced: what a fresh browser fetches before the welcome answers
must fit in BUDGET bytes gzip, and the record's engine (the fold, the checkpoint, the snapshot
reader and writer) must not be in the main module, where every first visit would pay for it.

The first load is what index.html references (its loader script and the modules that script
imports, the main wasm, the stylesheet, the icon), each gzip -9, as `make bench` measures it in
a browser (tests/e2e/bench/browser.mjs). Which functions are where is read from the main module
built again with its names kept (tools/bench/wasm_top.py reads the same section).

usage: check_size.py DIST --budget BYTES [--named MAIN_WITH_NAMES.wasm]
"""
import argparse
import gzip
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "bench"))
import wasm_top  # noqa: E402

# Paths of the code that lives in the `record` chunk (src/engine.rs): found in the main module,
# it is a first-load cost every fresh device pays.
ENGINE = (
    "gongzhi_core::record::fold::",
    "gongzhi_core::rules::apply::",
    "gongzhi_core::record::checkpoint::",
    "gongzhi_core::record::snapshot::",
    "gongzhi_core::rules::state::State::fold_event",
    "gongzhi_core::rules::state::State::transition",
)


def first_load(dist: Path) -> list[Path]:
    html = (dist / "index.html").read_text(encoding="utf-8")
    wanted = [dist / "index.html"]
    refs = re.findall(r"""(?:from\s+|module_or_path:\s*)['"]/([^'"]+)['"]""", html)
    refs += re.findall(r"""<link rel="(?:stylesheet|icon)" href="/([^"]+)\"""", html)
    queue = [dist / r for r in refs]
    while queue:
        path = queue.pop(0)
        if path in wanted:
            continue
        wanted.append(path)
        if path.suffix == ".js":
            text = path.read_text(encoding="utf-8")
            for imported in re.findall(r"""import[^'"]*?from\s*['"]\.?/([^'"]+)['"]""", text):
                queue.append(dist / imported)
    return wanted


def gzipped(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=9))


def engine_in(named: Path) -> list[str]:
    names = {}
    for sid, body in wasm_top.sections(named.read_bytes()):
        if sid == 0:
            names = wasm_top.function_names(body) or names
    if not names:
        sys.exit(f"{named} has no function names: build it with --debuginfo")
    found = []
    for name in map(wasm_top.demangle, names.values()):
        if name.startswith("core::ptr::drop_in_place"):
            continue  # a type's drop glue, wherever the type is dropped
        if any(name.lstrip("<").startswith(p) for p in ENGINE):
            found.append(name)
    return found


def main() -> int:
    args = argparse.ArgumentParser()
    args.add_argument("dist", type=Path)
    args.add_argument("--budget", type=int, required=True)
    args.add_argument("--named", type=Path)
    a = args.parse_args()
    files = first_load(a.dist)
    total = 0
    for f in files:
        size = gzipped(f)
        total += size
        print(f"  {f.relative_to(a.dist)}: {size:,} B gzip")
    verdict = "within" if total <= a.budget else "OVER"
    print(f"first load: {total:,} B gzip, {verdict} the budget of {a.budget:,} B")
    failed = total > a.budget
    if a.named:
        found = engine_in(a.named)
        for name in found[:20]:
            print(f"  in the main module: {name}")
        if found:
            print(f"the record's engine is in the main module: {len(found)} functions")
            failed = True
        else:
            print("the main module holds none of the record's engine")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
