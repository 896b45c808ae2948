import { test, expect } from "../support/fixtures";
import type { Page } from "@playwright/test";
import { AppPage } from "../support/app-page";
import { CommunityPage } from "../support/community-page";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../../..");
// The build under test: E2E_DIST when the config serves another copy of it (as it does then).
const DIST = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : join(ROOT, "dist");

/** The pathnames of the scripts and modules this document has fetched so far. */
async function fetchedCode(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname)
      .filter((p) => /\.(wasm|js)$/.test(p)),
  );
}

const chunks = (paths: string[]) => paths.filter((p) => /^\/(split|chunk)_.*\.wasm$/.test(p));

function precached(folder: string): string[] {
  const sw = readFileSync(join(folder, "sw.js"), "utf8");
  return JSON.parse(sw.match(/const PRECACHE = (\[.*?\]);/s)![1]);
}

test("a first visit loads no chunk; offline, every page opens, none visited before", async ({ app, page, context }) => {
  test.setTimeout(120_000);
  const community = new CommunityPage(page);
  await app.open("/");
  await expect(community.loadDemoButton).toBeEnabled();
  expect(chunks(await fetchedCode(page)), "the welcome needs only the main module").toEqual([]);
  await community.loadDemoButton.click();
  await expect(app.heading).toHaveText("晋阳社区");
  const votes = await community.voteLinks.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const project = await community.projectLinks.first().evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname);
  expect(votes.length).toBeGreaterThan(0);
  await app.waitForServiceWorker();

  await context.setOffline(true);
  const pages: [string, string | RegExp][] = [
    ["/settings", "设置"],
    ["/exchange", "交换记录"],
    ["/votes", "表决"],
    [votes[0], /.+/],
    [`${votes[0]}/paper`, /.+/],
    ["/projects", "项目"],
    [project, /.+/],
    [`${project}/edit`, /.+/],
    ["/new-vote", "发起业主表决"],
    ["/registry", "住户登记"],
    ["/registry/sign-in", "业主大会签到表"],
    ["/requests", "居民诉求"],
    ["/meetings", "会议日历"],
    ["/organisations", "自治组织"],
    ["/funds", "居民自筹"],
  ];
  for (const [path, heading] of pages) {
    await app.open(path);
    await expect(app.heading, path).toHaveText(heading);
    await expect(app.heading, `${path} is not the page that could not load`).not.toHaveText("这个页面暂时打不开");
  }
  // The demo has no fund: one opened offline, on a page loaded offline, opens its own page.
  await page.getByLabel("自筹用途").fill("沿河种樱花树");
  await page.getByLabel("目标金额（元）").fill("2000");
  await page.getByRole("button", { name: "发起自筹" }).click();
  await expect(app.heading).toHaveText("沿河种樱花树");
  expect(new URL(page.url()).pathname).toMatch(/^\/funds\/./);
  const request = "/requests/00000000000000000000000000000000/draft";
  await app.open(request);
  await expect(app.heading).not.toHaveText("这个页面暂时打不开");
  // The kiosk last: it asks for a PIN before it locks this device to the vote.
  await app.open(`/kiosk${votes[0].slice("/votes".length)}`);
  await expect(app.heading).not.toHaveText("这个页面暂时打不开");
  await context.setOffline(false);
});

test.describe("a new build deployed over an old one", () => {
  let server: ChildProcess;
  let site: string;
  let next: string;
  const port = 8000 + (Number(process.env.E2E_PORT ?? 8765) % 1000) + 100;

  test.beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), "gongzhi-site-"));
    next = mkdtempSync(join(tmpdir(), "gongzhi-next-"));
    cpSync(DIST, site, { recursive: true });
    execFileSync("python3", [join(ROOT, "tests/e2e/support/next_build.py"), DIST, next, "next"]);
    server = spawn("python3", [join(ROOT, "tools/serve.py"), "--port", String(port), "--dir", site], { stdio: "ignore" });
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(site, { recursive: true, force: true });
    rmSync(next, { recursive: true, force: true });
  });

  test("a tab of the old build keeps its own chunks; a reload runs the new build's, all of them", async ({ app, page }) => {
    test.setTimeout(120_000);
    const old = precached(DIST);
    const fresh = precached(next);
    expect(chunks(fresh).filter((c) => old.includes(c)), "every chunk of the next build has a new name").toEqual([]);

    await app.open(`http://127.0.0.1:${port}/`);
    await app.waitForServiceWorker();
    // Deploy: the old build's files are gone from the server.
    for (const f of readdirSync(site)) rmSync(join(site, f), { recursive: true, force: true });
    cpSync(next, site, { recursive: true });
    const updated = page.evaluate(
      () => new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true })),
    );
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    await updated;

    // The old tab, now controlled by the new worker, opens a page it never opened.
    await app.navLink("设置").click();
    await expect(app.heading).toHaveText("设置");
    const oldTab = await fetchedCode(page);
    expect(chunks(oldTab).length).toBeGreaterThan(0);
    for (const file of oldTab) expect(old, `${file} is of the build the tab runs`).toContain(file);

    await page.reload();
    await app.waitForApp();
    await app.navLink("设置").click();
    await expect(app.heading).toHaveText("设置");
    const newTab = await fetchedCode(page);
    expect(chunks(newTab).length).toBeGreaterThan(0);
    for (const file of newTab) expect(fresh, `${file} is of the new build`).toContain(file);
  });
});

test("code that cannot be fetched is said so, nothing is lost, and a reload brings it", async ({ browser }) => {
  // No service worker and the chunks' requests failing: a first visit that lost its network
  // before the worker stored the build.
  const context = await browser.newContext({ serviceWorkers: "block", locale: "zh-CN", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const app = new AppPage(page);
  const community = new CommunityPage(page);
  await app.open("/");
  await expect(community.loadDemoButton).toBeEnabled();
  await page.route(/\/(split|chunk)_[^/]*\.wasm$/, (route) => route.abort());

  await community.loadDemoButton.click();
  await expect(page.getByRole("alert").filter({ hasText: "本机还没有下载保存和读取记录的程序" })).toBeVisible();
  await expect(community.loadDemoButton).toBeEnabled();
  await app.navLink("设置").click();
  await expect(app.heading).toHaveText("这个页面暂时打不开");

  await page.unroute(/\/(split|chunk)_[^/]*\.wasm$/);
  await app.retry();
  await expect(app.heading).toHaveText("设置");
  await app.navLink("首页").click();
  await community.loadDemoButton.click();
  await expect(app.heading).toHaveText("晋阳社区");
  expect(errors, "no uncaught error: a chunk that fails does not abort the app").toEqual([]);
  await context.close();
});
