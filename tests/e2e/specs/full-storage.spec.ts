import { test, expect, chromium, type BrowserContext } from "@playwright/test";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CommunityPage } from "../support/community-page";
import { download } from "../support/download";

// Chromium's quota override (CDP Storage.overrideQuotaForOrigin) has no effect on IndexedDB here,
// so the disk itself is made small: a 48 MB tmpfs holds the browser profile, and the test fills it
// with incompressible data until the browser refuses writes, as a full phone would.
let disk: string;
let context: BrowserContext;

test.beforeAll(async () => {
  disk = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-small-disk-"));
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=48m", "tmpfs", disk]);
});

test.afterAll(async () => {
  await context?.close();
  execFileSync("umount", [disk]);
  fs.rmdirSync(disk);
});

/** Fills the origin's storage from a second database, in ever smaller pieces, until nothing fits. */
async function fillStorage(page: import("@playwright/test").Page) {
  return page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open("filler", 1);
      open.onupgradeneeded = () => open.result.createObjectStore("junk");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const random = (size: number) => {
      const bytes = new Uint8Array(size);
      for (let i = 0; i < size; i += 65_536) crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65_536)));
      return bytes;
    };
    const put = (key: number, size: number) =>
      new Promise<string | null>((resolve) => {
        const tx = db.transaction("junk", "readwrite");
        tx.objectStore("junk").put(random(size), key);
        tx.oncomplete = () => resolve(null);
        tx.onabort = () => resolve(tx.error?.name ?? "aborted");
      });
    let key = 0;
    let refusal = null;
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 9]) {
      for (;;) {
        refusal = await put(key++, size);
        if (refusal) break;
      }
    }
    db.close();
    return refusal;
  });
}

test("a full store refuses the ballot clearly, keeps everything before and offers an export", async () => {
  test.setTimeout(120_000);
  context = await chromium.launchPersistentContext(disk, {
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
    baseURL: test.info().project.use.baseURL,
    locale: "zh-CN",
    viewport: { width: 390, height: 844 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));

  const community = new CommunityPage(page);
  await community.loadDemo();
  await community.openCouncilVote();
  await community.cast("王建华", "同意");
  await community.expectRecorded("王建华", "同意");

  expect(await fillStorage(page)).toBe("QuotaExceededError");
  await community.cast("李秀英", "反对");
  await expect(community.failure).toContainText("本机存储已满，这次的内容没有保存。之前保存的记录都完好。");
  await community.expectNotVoted("李秀英");
  await community.expectRecorded("王建华", "同意");
  const file = await download(page, () => community.failure.getByRole("button", { name: "导出全部记录" }).click());
  expect(file.name).toMatch(/^gongzhi-晋阳社区-all-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(file.bytes.toString("utf8"));
  expect(exported.events.length).toBe(await community.storedEvents());

  // With room again, nothing was lost and recording goes on.
  await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase("filler").onsuccess = resolve)));
  await page.reload();
  await community.app.waitForApp();
  await community.expectRecorded("王建华", "同意");
  await community.expectNotVoted("李秀英");
  await community.cast("李秀英", "反对");
  await community.expectRecorded("李秀英", "反对");
  expect(problems).toEqual([]);
});
