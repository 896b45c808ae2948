#!/usr/bin/env python3
"""Makes the next build of a finished one, as a new deployment brings: every wasm module of the
split app gets a custom section naming the build (still valid wasm, the same code), so each file
of it has new content and a new name; then the names, the CSP and the worker's precache list are
made again, as the post_build hook makes them.

Usage: next_build.py DIST OUT STAMP
"""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tools"))

import post_build  # noqa: E402
import split_wasm  # noqa: E402


def leb128(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def custom_section(name: str, payload: bytes) -> bytes:
    body = leb128(len(name.encode())) + name.encode() + payload
    return b"\x00" + leb128(len(body)) + body


def main():
    dist, out, stamp = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(dist, out)
    modules = [p for p in out.glob("*.wasm") if split_wasm.NAMED.fullmatch(p.name)]
    if not any(p.name.startswith("split_") for p in modules):
        sys.exit(f"next_build: {dist} is not a split build")
    for module in modules:
        with module.open("ab") as f:
            f.write(custom_section("gongzhi-build", stamp.encode()))
    split_wasm.name_by_content(out)
    post_build.content_security_policy(out)
    post_build.precache(out)


if __name__ == "__main__":
    main()
