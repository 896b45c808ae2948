#!/usr/bin/env python3
"""Joins `make bench`'s four parts into docs/bench.json and docs/benchmarks.md and prints the
table. Inputs (written by the Makefile into target/bench/): native.json (core/examples/bench.rs),
wasm.log (tests/storage_bench.rs in headless Chromium, its BENCH_JSON line), browser.json
(tests/e2e/bench/browser.mjs) and wasm-top.json (tools/bench/wasm_top.py on the same build with
its function names kept)."""

import json
import platform
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IN = ROOT / "target" / "bench"


def wasm_figures() -> dict:
    text = (IN / "wasm.log").read_text(encoding="utf-8", errors="replace")
    lines = re.findall(r"BENCH_JSON (\{.*\})", text)
    if not lines:
        sys.exit("no BENCH_JSON line in target/bench/wasm.log: did the in-browser bench run?")
    return json.loads(lines[-1])


def kb(n: int) -> str:
    return f"{n / 1024:,.1f} KB"


def main() -> None:
    native = json.loads((IN / "native.json").read_text())
    wasm = wasm_figures()
    browser = json.loads((IN / "browser.json").read_text())
    ratio = wasm["fold_ms_wasm"] / native["fold_ms_native"]
    bench = {
        "fold_ratio_wasm_native": round(ratio, 2),
        "fold_ms_wasm": wasm["fold_ms_wasm"],
        "fold_ms_native": native["fold_ms_native"],
        "import_verify_merge_ms_wasm": wasm["import_verify_merge_ms_wasm"],
        "import_verify_merge_ms_native": native["import_verify_merge_ms_native"],
        "export_ms_wasm": wasm["export_ms_wasm"],
        "export_ms_native": native["export_ms_native"],
        "cold_start_ms": browser["cold_start_ms"],
        "cold_start_ms_throttled": browser["cold_start_ms_throttled"],
        "first_load_gzip_bytes": browser["first_load_gzip_bytes"],
        "all_chunks_gzip_bytes": browser["all_chunks_gzip_bytes"],
        "ballot_commit_ms_p50": wasm["ballot_commit_ms_p50"],
        "ballot_commit_ms_p99": wasm["ballot_commit_ms_p99"],
        "storage_bytes": wasm["storage_bytes"],
        "store_log_ms": wasm["store_ms"],
        # The app at super-compound scale, until the community page is interactive.
        "reload_ms": browser["reload_ms"],
        "reload_peak_memory_mb": browser["reload_peak_memory_mb"],
        "ballot_to_screen_ms_p50": browser["ballot_to_screen_ms_p50"],
        "take_in_file_ms": browser["take_in_file_ms"],
        # The store alone (read, checkpoint, fold of the tail), and without a checkpoint.
        "reload_store_ms": wasm["reload_ms"],
        "reload_longest_freeze_ms": wasm["reload_longest_freeze_ms"],
        "reload_without_checkpoint_ms": wasm["reload_without_checkpoint_ms"],
        "reload_without_checkpoint_longest_freeze_ms": wasm["reload_without_checkpoint_longest_freeze_ms"],
        "checkpoint_bytes": wasm["checkpoint_bytes"],
        "checkpoint_write_ms": wasm["checkpoint_write_ms"],
        "checkpoint_write_longest_freeze_ms": wasm["checkpoint_write_longest_freeze_ms"],
        "verify_after_start_ms": wasm["verify_after_start_ms"],
        "verify_after_start_longest_freeze_ms": wasm["verify_after_start_longest_freeze_ms"],
        "events": native["events"],
        "snapshot_bytes": native["snapshot_bytes"],
        "sizes": browser["sizes"],
    }
    targets = [
        ("wasm fold <= 2x native", ratio <= 2.0, f"{ratio:.2f}x"),
        ("cold start < 1 s with 4x CPU throttling", browser["cold_start_ms_throttled"] < 1000,
         f"{browser['cold_start_ms_throttled']} ms"),
        ("first load (what the welcome fetched until it answered) <= 300 KB gzip",
         browser["first_load_gzip_bytes"] <= 300 * 1024, f"{browser['first_load_gzip_bytes']:,} B"),
        # The whole app, every chunk included, when issue 17 was filed (before the split).
        ("the whole app <= 954,325 B gzip", browser["all_chunks_gzip_bytes"] <= 954_325,
         f"{browser['all_chunks_gzip_bytes']:,} B"),
        ("recording a ballot < 16 ms p50", wasm["ballot_commit_ms_p50"] < 16,
         f"{wasm['ballot_commit_ms_p50']:.2f} ms"),
        ("reload (super-compound, community page interactive) <= 1,000 ms", browser["reload_ms"] <= 1000,
         f"{browser['reload_ms']:,} ms"),
        ("storing the whole log <= 3,000 ms", wasm["store_ms"] <= 3000, f"{wasm['store_ms']:,} ms"),
        ("fold + tally, native <= 150 ms", native["fold_ms_native"] <= 150, f"{native['fold_ms_native']:,.1f} ms"),
        ("import + verify + merge, wasm <= 1,000 ms", wasm["import_verify_merge_ms_wasm"] <= 1000,
         f"{wasm['import_verify_merge_ms_wasm']:,.1f} ms"),
        ("tap to the meter showing it (super-compound) <= 16 ms p50", browser["ballot_to_screen_ms_p50"] <= 16,
         f"{browser['ballot_to_screen_ms_p50']} ms"),
        ("longest freeze while reloading <= 100 ms", wasm["reload_longest_freeze_ms"] <= 100,
         f"{wasm['reload_longest_freeze_ms']} ms"),
    ]
    (ROOT / "docs" / "bench.json").write_text(json.dumps(bench, indent=2) + "\n")

    rows = [
        ("fold + tally, native", f"{native['fold_ms_native']:,.1f} ms"),
        ("fold + tally, wasm in headless Chromium", f"{wasm['fold_ms_wasm']:,.1f} ms"),
        ("wasm / native", f"{ratio:.2f}x"),
        ("import + verify + merge, native", f"{native['import_verify_merge_ms_native']:,.1f} ms"),
        ("import + verify + merge, wasm", f"{wasm['import_verify_merge_ms_wasm']:,.1f} ms"),
        ("export, native", f"{native['export_ms_native']:,.1f} ms"),
        ("export, wasm", f"{wasm['export_ms_wasm']:,.1f} ms"),
        ("cold start to interactive", f"{browser['cold_start_ms']} ms"),
        ("cold start, 4x CPU throttling", f"{browser['cold_start_ms_throttled']} ms"),
        ("recording one ballot (IndexedDB committed), p50", f"{wasm['ballot_commit_ms_p50']:.2f} ms"),
        ("recording one ballot, p99", f"{wasm['ballot_commit_ms_p99']:.2f} ms"),
        ("storing the whole log (one append, as a merge does)", f"{wasm['store_ms']:,} ms"),
        ("taking in the community file in the app (check, merge, store)", f"{browser['take_in_file_ms']:,} ms"),
        ("app restart to the community page, super-compound", f"{browser['reload_ms']:,} ms"),
        ("JS heap + wasm memory after that restart", f"{browser['reload_peak_memory_mb']} MB"),
        ("tap to the vote's meter showing the ballot, p50", f"{browser['ballot_to_screen_ms_p50']} ms"),
        ("the store's start from the checkpoint (read, decode, fold the tail)", f"{wasm['reload_ms']:,} ms"),
        ("longest the page froze during it", f"{wasm['reload_longest_freeze_ms']} ms"),
        ("the store's start without a checkpoint (read, hash, fold all)", f"{wasm['reload_without_checkpoint_ms']:,} ms"),
        ("longest the page froze during it", f"{wasm['reload_without_checkpoint_longest_freeze_ms']} ms"),
        ("writing the checkpoint after it", f"{wasm['checkpoint_write_ms']:,} ms ({wasm['checkpoint_bytes']:,} B)"),
        ("longest freeze while writing it", f"{wasm['checkpoint_write_longest_freeze_ms']} ms"),
        ("checking the trusted hashes after a start", f"{wasm['verify_after_start_ms']:,} ms"),
        ("longest freeze while checking", f"{wasm['verify_after_start_longest_freeze_ms']} ms"),
        ("bytes held in browser storage", f"{wasm['storage_bytes']:,} B"),
        ("snapshot file of the whole community", f"{native['snapshot_bytes']:,} B"),
    ]
    sizes = browser["sizes"]
    size_rows = [(k, sizes[k]["raw"], sizes[k]["gzip"], sizes[k]["brotli"]) for k in ("wasm", "js", "chunks", "css", "html")]
    worker = sizes.get("worker")
    cpu = "unknown"
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    md = ["# Benchmarks", "",
          f"Written by `make bench` on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC at commit `{commit}`",
          f"({cpu}, {platform.system()} {platform.machine()}). The dataset is the seeded super-compound",
          f"(`dataset::Spec::super_compound`: 10,000 households, 100,000 ballots, 40 proposals;",
          f"{native['events']:,} events). Each timing is the median of {native['runs']} native, {wasm['runs']} wasm",
          f"and {browser['runs']} page runs. The wasm figures come from the same `dataset::workload` functions",
          "compiled with the `bench` profile and run in headless Chromium; cold start loads the release build",
          "(`opt-level = \"z\"`, wasm-opt) from a local server in a fresh browser context each run.", "",
          "| measure | value |", "| --- | ---: |"]
    md += [f"| {a} | {b} |" for a, b in rows]
    md += ["", "## Bytes of the release build", "", "| file | raw | gzip | brotli |", "| --- | ---: | ---: | ---: |"]
    md += [f"| {k} | {r:,} | {g:,} | {b:,} |" for k, r, g, b in size_rows]
    md += [f"| **the whole app** (all five) | {sum(r for _, r, _, _ in size_rows):,} | {browser['all_chunks_gzip_bytes']:,} | {sum(b for _, _, _, b in size_rows):,} |"]
    md += [f"| **first load**: {', '.join(f'`{f}`' for f in browser['first_load_files'])} | | {browser['first_load_gzip_bytes']:,} | |"]
    if worker:
        md += [f"| spreadsheet worker (fetched on first use) | {worker['raw']:,} | {worker['gzip']:,} | {worker['brotli']:,} |"]
    top = json.loads((IN / "wasm-top.json").read_text())
    code = top["code_bytes"]
    md += ["", "## Where the main module's bytes go", "",
           f"Code is {code:,} bytes in {top['functions']:,} functions; data {top['data_bytes']:,} bytes",
           "(the main module as the splitter cuts it, before wasm-opt, with its names kept, by",
           "`tools/bench/wasm_top.py`; a generic",
           "function counts toward the crate that defines it, wherever it was instantiated).",
           "docs/first-load.md says what these figures mean for the first-load target.", "",
           "| crate | code bytes | share |", "| --- | ---: | ---: |"]
    md += [f"| `{crate}` | {size:,} | {100 * size / code:.1f}% |" for crate, size in top["by_crate"][:12]]
    md += ["", "| largest functions | bytes |", "| --- | ---: |"]
    md += [f"| `{re.sub(r'::h[0-9a-f]{16}$', '', name)}` | {size:,} |" for size, name in top["largest"][:8]]
    md += ["", "## Targets", "", "Reported, not asserted in tests.", "", "| target | result | met |", "| --- | ---: | :---: |"]
    md += [f"| {name} | {value} | {'yes' if ok else '**no**'} |" for name, ok, value in targets]
    # What each figure means against its target, and what a missed one would cost: written by
    # hand after a run (tools/bench/explained.md), so it is dated by the run it discusses.
    explained = ROOT / "tools" / "bench" / "explained.md"
    if explained.exists():
        md += ["", explained.read_text(encoding="utf-8").rstrip()]
    md += ["", "`docs/bench.json` holds the same figures for tools."]
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(md) + "\n")

    width = max(len(a) for a, _ in rows)
    for a, b in rows:
        print(f"{a:<{width}}  {b:>14}")
    for k, r, g, b in size_rows:
        print(f"{k + ' raw / gzip / brotli':<{width}}  {r:,} / {g:,} / {b:,}")
    print(f"{'first load, gzip':<{width}}  {browser['first_load_gzip_bytes']:>14,}")
    print(f"{'the whole app, gzip':<{width}}  {browser['all_chunks_gzip_bytes']:>14,}")
    for name, ok, value in targets:
        print(f"target {name}: {value} ({'met' if ok else 'NOT met'})")
    print("wrote docs/benchmarks.md and docs/bench.json")


if __name__ == "__main__":
    main()
