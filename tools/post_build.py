#!/usr/bin/env python3
"""Trunk post_build hook: finish the staged build before Trunk moves it into dist/.

1. Content-Security-Policy: only the app's own origin, 'wasm-unsafe-eval', and Trunk's inline
   loader script allowed by its SHA-256 hash (computed here, so it can never go stale).
2. Service worker: the precache list is every staged file, generated here, never hand-written.
3. Sizes: raw and gzip bytes of the wasm, js and css, printed with every build.
"""
import base64
import gzip
import hashlib
import json
import os
import re
import sys
from pathlib import Path

staging = Path(os.environ.get("TRUNK_STAGING_DIR") or sys.argv[1])
index = staging / "index.html"
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
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
)
if "__CONTENT_SECURITY_POLICY__" not in html:
    sys.exit("post_build: index.html has no __CONTENT_SECURITY_POLICY__ placeholder")
html = html.replace("__CONTENT_SECURITY_POLICY__", policy)
index.write_text(html, encoding="utf-8")

worker = staging / "sw.js"
files = sorted(
    "/" + p.relative_to(staging).as_posix()
    for p in staging.rglob("*")
    if p.is_file() and p.name != "sw.js"
)
digest = hashlib.sha256()
for name in files:
    digest.update(name.encode())
    digest.update(hashlib.sha256((staging / name.lstrip("/")).read_bytes()).digest())
precache = ["/"] + files
sw = worker.read_text(encoding="utf-8")
for placeholder in ("__PRECACHE_LIST__", "__PRECACHE_VERSION__"):
    if placeholder not in sw:
        sys.exit(f"post_build: sw.js has no {placeholder} placeholder")
sw = sw.replace("__PRECACHE_LIST__", json.dumps(precache)).replace(
    "__PRECACHE_VERSION__", digest.hexdigest()[:16]
)
worker.write_text(sw, encoding="utf-8")

print(f"post_build: CSP with {len(inline_scripts)} inline script hash(es); precache {len(precache)} entries")
for p in sorted(staging.iterdir()):
    if p.suffix in (".wasm", ".js", ".css", ".html"):
        raw = p.read_bytes()
        print(f"  {p.name:<44} {len(raw):>9,} B raw {len(gzip.compress(raw, 9)):>9,} B gzip")
