#!/usr/bin/env python3
"""Trunk post_build hook: finish the staged build before Trunk moves it into dist/.

1. Split: the app's wasm is cut into a main module and the chunks its pages load on demand, each
   file named after its content (tools/split_wasm.py), in place of Trunk's unsplit output.
2. Content-Security-Policy: only the app's own origin, 'wasm-unsafe-eval', and Trunk's inline
   loader script allowed by its SHA-256 hash (computed here, so it can never go stale).
3. Service worker: the precache list is every staged file, generated here, never hand-written.
4. Sizes: raw and gzip bytes of the wasm, js and css, printed with every build.

Steps 2 and 3 also serve tests/e2e/support/next_build.py, which makes a second build of a
finished one.
"""
import base64
import gzip
import hashlib
import json
import os
import re
import sys
from pathlib import Path

import split_wasm

SOURCE = Path(__file__).resolve().parent.parent


def content_security_policy(folder: Path):
    index = folder / "index.html"
    html = index.read_text(encoding="utf-8")
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    script_hashes = " ".join(
        "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
        for s in inline_scripts
    )
    policy = "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'wasm-unsafe-eval' {script_hashes}".strip(),
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            # The pages' chunks are fetched, then instantiated: 'self' and 'wasm-unsafe-eval'.
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )
    meta = re.compile(r'(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")')
    if not meta.search(html):
        sys.exit("post_build: index.html has no Content-Security-Policy meta tag")
    index.write_text(meta.sub(lambda m: m.group(1) + policy + m.group(2), html), encoding="utf-8")
    return len(inline_scripts)


def precache(folder: Path):
    files = sorted(
        "/" + p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.name != "sw.js"
    )
    digest = hashlib.sha256()
    for name in files:
        digest.update(name.encode())
        digest.update(hashlib.sha256((folder / name.lstrip("/")).read_bytes()).digest())
    entries = ["/"] + files
    sw = (SOURCE / "public" / "sw.js").read_text(encoding="utf-8")
    for placeholder in ("__PRECACHE_LIST__", "__PRECACHE_VERSION__"):
        if placeholder not in sw:
            sys.exit(f"post_build: sw.js has no {placeholder} placeholder")
    sw = sw.replace("__PRECACHE_LIST__", json.dumps(entries)).replace(
        "__PRECACHE_VERSION__", digest.hexdigest()[:16]
    )
    (folder / "sw.js").write_text(sw, encoding="utf-8")
    return len(entries)


def main():
    staging = Path(os.environ.get("TRUNK_STAGING_DIR") or sys.argv[1])
    source = Path(os.environ.get("TRUNK_SOURCE_DIR") or SOURCE)
    chunks = split_wasm.split(
        staging,
        (source / "index.html").read_text(encoding="utf-8"),
        split_wasm.target_dir(source),
        os.environ.get("TRUNK_PROFILE", "release"),
    )
    scripts = content_security_policy(staging)
    entries = precache(staging)
    print(f"post_build: CSP with {scripts} inline script hash(es); precache {entries} entries")
    print("post_build: " + (f"split into the main module and {chunks} chunks" if chunks else "not split"))
    for p in sorted(staging.iterdir()):
        if p.suffix in (".wasm", ".js", ".css", ".html"):
            raw = p.read_bytes()
            print(f"  {p.name:<44} {len(raw):>9,} B raw {len(gzip.compress(raw, 9)):>9,} B gzip")


if __name__ == "__main__":
    main()
