import * as path from "path";
import { test, expect } from "../support/fixtures";
import { RegistryPage } from "../support/registry-page";

// Made by `cargo run -p gongzhi-sheets --example e2e_roster`: six flats, numbers typed as numbers.
const ROSTER = path.join(__dirname, "../fixtures/roster.xlsx");
// Line 3 names two co-owners but one ID, so the core refuses it and names the line.
const SUMMARY = "5 户，5 位业主，共 450.35 ㎡，2 栋楼";

const workerFiles = (page: import("@playwright/test").Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith("/sheets-worker")),
  );

test("an Excel roster imports through the spreadsheet worker on a fresh device, and again offline", async ({ app, page, context }) => {
  test.setTimeout(90_000);
  const registry = new RegistryPage(page);
  await registry.found();
  // The worker's wasm is fetched only once a file is read.
  expect(await workerFiles(page)).toEqual([]);

  await registry.pick(ROSTER, "和美花园");
  // The workbook's second sheet holds a note: the person says which one is the roster.
  await expect(registry.sheets).toHaveText(["业主名册（7 行）", "说明（1 行）"]);
  await registry.chooseSheet(0);
  await expect(registry.summary).toHaveText(SUMMARY);
  await expect(registry.problemLines).toHaveCount(1);
  await expect(registry.problemLines).toContainText("第 3 行");
  await expect(registry.tableBody).toContainText("120.30 ㎡");
  await registry.confirmImport();
  await expect(registry.outcome).toHaveText("已导入 5 户。");

  // Offline, once the service worker holds the build: the worker and its wasm come from its cache.
  await app.waitForServiceWorker();
  await context.setOffline(true);
  await page.reload();
  await app.waitForApp();
  await app.go("/registry");
  await registry.pickNew("和美二期", ROSTER);
  await registry.chooseSheet(0);
  await expect(registry.summary).toHaveText(SUMMARY);
  await registry.confirmImport();
  await expect(registry.outcome).toHaveText("已导入 5 户。");
  await context.setOffline(false);
});

test("a file that is not a spreadsheet is named, and nothing is previewed", async ({ page }) => {
  const registry = new RegistryPage(page);
  await registry.found();
  await registry.pickFile({
    name: "roster.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("%PDF-1.7\n1 0 obj\n", "latin1"),
  });
  await expect(registry.error).toHaveText(/^这是一份 PDF 文档，不是表格。/);
  await expect(registry.summary).toHaveCount(0);
});

test("a small workbook that repeats a row a million times is refused as too big, in Chinese", async ({ page }) => {
  const registry = new RegistryPage(page);
  await registry.found();
  await registry.pickFile(path.join(__dirname, "../fixtures/repeated-row.ods"));
  await expect(registry.error).toHaveText(/^表格超过 2,000,000 个单元格，手机处理不了。/);
  await expect(registry.error).not.toContainText(/[A-Za-z]{3,}/);
  await expect(registry.summary).toHaveCount(0);
});
