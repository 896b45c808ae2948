// `make bench`'s page-level half: cold start to interactive (with and without 4x CPU
// throttling through the Chrome DevTools Protocol), the bytes a first visit downloads, and the
// app holding the super-compound: taking in its file, starting again until the community page
// is interactive, the memory that start holds, and a ballot from the tap until its meter shows
// it. Prints one JSON object for tools/bench/report.py. Needs `trunk build --release` and the
// super-compound file (core/examples/e2e_super_compound.rs) first.
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
const SUPER = join(ROOT, "tests/e2e/fixtures/super-compound.json");
const BALLOTS = 40;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const gzipped = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

function sizes() {
  // The spreadsheet worker is fetched only when a roster file is read or written. `wasm` and
  // `js` are the main module and its glue; `chunks` the pages and the record's engine, fetched
  // on demand, and the loader that fetches them.
  const kinds = {
    wasm: /^gongzhi-web-.*\.wasm$/,
    js: /^gongzhi-web-.*\.js$/,
    chunks: /^(split_|chunk_|__wasm_split).*\.(wasm|js)$/,
    css: /\.css$/,
    html: /^index\.html$/,
    worker: /^sheets-worker.*\.(wasm|js)$/,
  };
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
  const fetched = new Set();
  for (let i = 0; i < RUNS; i++) {
    // A fresh context each time: empty HTTP cache, no service worker, no stored record.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
    const page = await context.newPage();
    page.on("request", (r) => fetched.add(new URL(r.url()).pathname));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
    await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: "commit" });
    // Interactive: the welcome page is drawn and the (empty) record has loaded, so the first
    // button answers.
    await page.locator("#load-demo:enabled").waitFor({ timeout: 60_000 });
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return { median: median(times), runs: times, fetched: [...fetched].sort() };
}

/** Every file a first visit fetched until the welcome answered, gzip -9 each, as a host serves them. */
function firstLoad(paths) {
  const files = paths.map((p) => (p === "/" ? "index.html" : p.slice(1)));
  return { files, gzip: files.reduce((sum, f) => sum + gzipped(f), 0) };
}

/** Resolves once the stored log has a checkpoint (written in the background after a merge). */
async function checkpointed(page) {
  for (let i = 0; i < 600; i++) {
    const has = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open("gongzhi");
          open.onsuccess = () => {
            const db = open.result;
            const get = db.transaction("meta").objectStore("meta").get("checkpoint");
            get.onsuccess = () => {
              db.close();
              resolve(get.result !== undefined);
            };
          };
        }),
    );
    if (has) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("no checkpoint after the merge");
}

async function superCompound(browser) {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (e) => (window.benchWasm = e.detail.wasm));
    // When the community page is drawn, as the page itself sees it: polling from outside the
    // page adds its own delay while the page works in the background after drawing.
    new MutationObserver(() => {
      if (!window.drawnAt && document.getElementById("new-vote-link")) window.drawnAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator("#join-title").waitFor();
  // This browser becomes the fixture's clerk kiosk (its key seed is 32 bytes of 7).
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open("gongzhi");
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("meta", "readwrite");
          tx.objectStore("meta").put(new Uint8Array(32).fill(7), "device-seed");
          tx.oncomplete = () => (db.close(), resolve());
        };
      }),
  );
  await page.reload();
  await page.locator("#join-import").click();
  const picked = Date.now();
  await page.locator("#snapshot-file").setInputFiles(SUPER);
  await page.locator("#merge-confirm").waitFor({ timeout: 300_000 });
  const checked = Date.now();
  await page.locator("#merge-confirm").click();
  await page.getByRole("status").filter({ hasText: "已合并" }).waitFor({ timeout: 300_000 });
  const merged = Date.now();
  await checkpointed(page);

  const reloads = [];
  let memory = 0;
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: "commit" });
    await page.locator("#new-vote-link").waitFor({ timeout: 60_000 });
    reloads.push(await page.evaluate(() => window.drawnAt));
    memory = Math.max(
      memory,
      await page.evaluate(() => performance.memory.usedJSHeapSize + window.benchWasm.memory.buffer.byteLength),
    );
  }

  await page.getByRole("navigation").getByRole("link", { name: "表决", exact: true }).click();
  await page.getByRole("link", { name: "超大社区加装电梯表决" }).click();
  await page.locator("#ballot-flat").waitFor();
  const taps = [];
  for (let b = 1; taps.length < BALLOTS && b <= 40; b++) {
    for (const u of [1, 2]) {
      await page.locator("#ballot-flat").fill(`${b}-${u}-101`);
      // From the tap until the headcount meter shows the ballot: stored, folded, drawn.
      const ms = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const figures = [...document.querySelectorAll("#owners-meters .meter-figures")].find((f) => f.textContent.includes("人"));
            const before = figures.textContent;
            const button = [...document.querySelectorAll(".vote-choice")].find((b) => b.textContent.includes("同意"));
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (figures.textContent !== before) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            });
            observer.observe(figures, { characterData: true, childList: true, subtree: true });
            // An owner of several flats who voted already is refused: not timed.
            setTimeout(() => (observer.disconnect(), resolve(null)), 2_000);
            button.click();
          }),
      );
      if (ms !== null) taps.push(ms);
    }
  }
  await context.close();
  return {
    take_in_file_ms: merged - picked,
    take_in_file_check_ms: checked - picked,
    reload_ms: Math.round(median(reloads)),
    reload_runs: reloads.map(Math.round),
    reload_peak_memory_mb: Math.round(memory / 1e5) / 10,
    ballot_to_screen_ms_p50: Math.round(median(taps) * 10) / 10,
    ballot_to_screen_ms_max: Math.round(Math.max(...taps) * 10) / 10,
    ballots_timed: taps.length,
  };
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
  const large = await superCompound(browser);
  await browser.close();
  const s = sizes();
  const first = firstLoad(plain.fetched);
  console.log(JSON.stringify({
    runs: RUNS,
    cold_start_ms: Math.round(plain.median),
    cold_start_ms_throttled: Math.round(throttled.median),
    cold_start_runs: plain.runs.map(Math.round),
    cold_start_throttled_runs: throttled.runs.map(Math.round),
    sizes: s,
    first_load_gzip_bytes: first.gzip,
    first_load_files: first.files,
    all_chunks_gzip_bytes: s.wasm.gzip + s.js.gzip + s.chunks.gzip + s.css.gzip + s.html.gzip,
    ...large,
  }));
} finally {
  server.kill();
}
