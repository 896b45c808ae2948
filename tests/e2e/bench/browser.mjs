// `make bench`'s page-level half: cold start to interactive (with and without 4x CPU
// throttling through the Chrome DevTools Protocol) and the bytes a first visit downloads.
// Prints one JSON object for tools/bench/report.py. Needs `trunk build --release` first.
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const RUNS = 7;
const PORT = 8791;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const DIST = join(ROOT, "dist");

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function sizes() {
  const kinds = { wasm: /\.wasm$/, js: /^gongzhi-web-.*\.js$/, css: /\.css$/, html: /^index\.html$/ };
  const out = {};
  for (const [kind, re] of Object.entries(kinds)) {
    const files = readdirSync(DIST).filter((f) => re.test(f));
    let raw = 0, gzip = 0, brotli = 0;
    for (const f of files) {
      const bytes = readFileSync(join(DIST, f));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
      brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    out[kind] = { raw, gzip, brotli };
  }
  return out;
}

async function coldStart(browser, rate) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh context each time: empty HTTP cache, no service worker, no stored record.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: "commit" });
    // Interactive: the welcome page is drawn and the (empty) record has loaded, so the first
    // button answers.
    await page.locator("#load-demo:enabled").waitFor({ timeout: 60_000 });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return { median: median(times), runs: times };
}

const server = spawn("python3", [join(ROOT, "tools/serve.py"), "--port", String(PORT), "--dir", DIST], { stdio: "ignore" });
try {
  for (let i = 0; i < 50; i++) {
    try {
      await fetch(`http://127.0.0.1:${PORT}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const plain = await coldStart(browser, 1);
  const throttled = await coldStart(browser, 4);
  await browser.close();
  const s = sizes();
  const firstLoad = s.wasm.gzip + s.js.gzip + s.css.gzip + s.html.gzip;
  console.log(JSON.stringify({
    runs: RUNS,
    cold_start_ms: Math.round(plain.median),
    cold_start_ms_throttled: Math.round(throttled.median),
    cold_start_runs: plain.runs.map(Math.round),
    cold_start_throttled_runs: throttled.runs.map(Math.round),
    sizes: s,
    first_load_gzip_bytes: firstLoad,
  }));
} finally {
  server.kill();
}
