#!/usr/bin/env python3
"""Serve dist/ on loopback the way a static host should serve this single-page app.

python's http.server alone 404s deep links such as /settings; here any path that is not a file
answers index.html, as the service worker does offline. Usage: serve.py [--port N] [--dir DIST]
"""
import argparse
import functools
import http.server
import mimetypes
import os

mimetypes.add_type("application/wasm", ".wasm")
mimetypes.add_type("application/manifest+json", ".webmanifest")
mimetypes.add_type("text/javascript", ".js")


class SpaHandler(http.server.SimpleHTTPRequestHandler):
    def send_head(self):
        path = self.translate_path(self.path)
        last_segment = self.path.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        # A route (no file extension) gets the app; a missing asset stays a 404.
        if not os.path.isfile(path) and "." not in last_segment:
            self.path = "/index.html"
        return super().send_head()

    def end_headers(self):
        # The worker script must be re-checked on every visit so a new build takes over.
        if self.path.split("?")[0] in ("/sw.js", "/index.html", "/"):
            self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, *args):
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--dir", default="dist")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.dir, "index.html")):
        raise SystemExit(f"serve.py: {args.dir}/index.html not found; build first (make build)")
    handler = functools.partial(SpaHandler, directory=args.dir)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    print(f"Gongzhi is served at http://127.0.0.1:{args.port}/  (Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
