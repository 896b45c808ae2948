import * as path from "path";
import { execFileSync } from "child_process";
import { test, expect } from "../support/fixtures";
import { RegistryPage } from "../support/registry-page";
import { SignInSheetPage } from "../support/sign-in-page";

// Made by `cargo run -p gongzhi-sheets --example e2e_office_rosters`.
const FIXTURES = path.join(__dirname, "../fixtures");
const OFFICE_2026 = path.join(FIXTURES, "office-2026.xlsx");
const OFFICE_2027 = path.join(FIXTURES, "office-2027.xlsx");
const UNFAMILIAR = path.join(FIXTURES, "office-unfamiliar.xlsx");

test("a property office's workbook: the roster sheet chosen, alias headers below a title, totals left out; next year's file shows and applies its changes; the register goes out as CSV, Excel and a printed sign-in sheet", async ({ page }) => {
  test.setTimeout(120_000);
  const registry = new RegistryPage(page);
  await registry.found();
  // An empty register has nothing to export or sign yet.
  await expect(registry.exportCsvButton).toHaveCount(0);

  await registry.pick(OFFICE_2026);
  // Two sheets hold rows: the notes and the roster.
  await expect(registry.sheets).toHaveText(["说明（1 行）", "业主名册（10 行）"]);
  await page.screenshot({ path: "test-results/roster-sheet-choice-phone.png", fullPage: true });
  await registry.chooseSheet(1);
  await expect(registry.summary).toHaveText("6 户，6 位业主，共 548.47 ㎡，2 栋楼");
  await expect(registry.totals).toHaveText("第 10 行是合计行，未导入。");
  await expect(registry.problems).toHaveCount(0);
  // A first import into an empty compound: every flat is new.
  await expect(registry.changeNew).toContainText("新增 6 户");
  await registry.confirmImport();
  await expect(registry.outcome).toHaveText("已导入 6 户。");
  await expect(registry.registrySummary).toHaveText(/^6 户，6 位业主，共 548\.47 ㎡/);
  // Walking order, whatever order the record holds them in.
  await expect(registry.registerRows.locator("th")).toContainText(["1-1-101", "1-1-102", "1-2-201", "2-1-101", "2-1-102", "2-1-103"]);

  // Next year's export: nothing is saved until the changes are confirmed.
  await registry.pick(OFFICE_2027);
  await registry.chooseSheet(1);
  await expect(registry.changeNew).toContainText("新增 1 户");
  await expect(registry.changeNew).toContainText("2-1-104 刘洋");
  await expect(registry.changeOwners).toContainText("业主变更 1 户");
  await expect(registry.changeOwners).toContainText("1-2-201: 李卫东 → 赵敏");
  await expect(registry.changeAreas).toContainText("面积更正 1 户");
  await expect(registry.changeAreas).toContainText("2-1-102: 76.25 ㎡ → 77.05 ㎡");
  await expect(registry.unchanged).toHaveText("3 户与名册一致，不变。");
  await expect(registry.missing).toHaveText("名册中有 1 户不在这个文件里：它们保留在名册中，不会删除。");
  await page.screenshot({ path: "test-results/roster-changes-phone.png", fullPage: true });
  await registry.confirmImport();
  await expect(registry.outcome).toHaveText("已导入 1 户，更新 2 户。");
  await expect(registry.registrySummary).toHaveText(/^7 户，7 位业主/);

  // The sold flat's history: registered, then its owners changed.
  await registry.search("1-2-201");
  const row = registry.registerRows.first();
  await expect(row).toContainText("赵敏");
  const history = await registry.openHistory(row);
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText("登记：李卫东，120.30 ㎡（不动产登记）");
  await expect(history.nth(1)).toContainText("变更：业主 李卫东 → 赵敏");
  await registry.search("");

  // Out again: a CSV that reads back as the register, and an Excel workbook.
  const csv = await registry.exportCsv();
  expect(csv.name).toBe("住户名册-和美社区.csv");
  const lines = csv.bytes.toString("utf8").replace(/^\ufeff/, "").trim().split("\r\n");
  expect(lines[0]).toBe("楼栋,单元,房号,业主姓名,证件号码,建筑面积（㎡）,面积依据,居住人数,住户码,小区");
  expect(lines).toHaveLength(8);
  expect(lines[1]).toMatch(/^1,1,101,杨珍霞,513701\*+1050,100\.30,不动产登记,0,[0-9A-Z-]+,和美花园$/);
  expect(lines[2]).toContain("范梅梅、范建国");
  const xlsx = await registry.exportXlsx();
  expect(xlsx.name).toBe("住户名册-和美社区.xlsx");
  expect(xlsx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");

  // The exported workbook is a roster this app reads again: the same flats, nothing changes.
  await registry.pick(await saved(xlsx.bytes, "register.xlsx"));
  await expect(registry.summary).toHaveText("7 户，7 位业主，共 607.87 ㎡，2 栋楼");
  await expect(registry.unchanged).toHaveText("7 户与名册一致，不变。");
  await expect(registry.confirm).toBeDisabled();
  await registry.discard();

  // The sign-in sheet: a page per building, read back from the printed PDF.
  await registry.openSignInSheet();
  const signIn = new SignInSheetPage(page);
  await expect(signIn.heading).toHaveText("业主大会签到表");
  await expect(signIn.sheets).toHaveCount(2);
  await page.screenshot({ path: "test-results/sign-in-phone.png", fullPage: true });
  const pdf = "test-results/sign-in.pdf";
  await page.pdf({ path: pdf, format: "A4" });
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"]).toString("utf8");
  const pages = text.split("\f").filter((p) => p.trim() !== "");
  expect(pages).toHaveLength(2);
  expect(pages[0]).toContain("和美社区 和美花园 · 楼栋 1 · 业主大会签到表");
  expect(pages[0]).toMatch(/1-1-101\s+杨珍霞\s+100\.30/);
  expect(pages[0]).toContain("本人签名");
  expect(pages[0]).toContain("本栋 3 户，建筑面积合计 318.72 ㎡");
  expect(pages[1]).toMatch(/2-1-104\s+刘洋\s+58\.60/);
  expect(text).not.toContain("打印签到表");
  // Only building 2.
  await signIn.chooseBuilding("2");
  await expect(signIn.sheets).toHaveCount(1);
  await expect(signIn.rows).toHaveCount(4);
});

async function saved(bytes: Buffer, name: string): Promise<string> {
  const fs = await import("fs");
  const file = path.join("test-results", name);
  fs.mkdirSync("test-results", { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

test("unfamiliar headers go through the mapping step once; the next file of that shape reads at once, after a reload too", async ({ page }) => {
  test.setTimeout(90_000);
  const registry = new RegistryPage(page);
  await registry.found();
  await registry.pick(UNFAMILIAR);
  await expect(registry.mapping).toBeVisible();
  await expect(registry.mappingMissing).toHaveText("还需要选择：楼栋、房号、证件号码。");
  await expect(registry.confirm).toHaveCount(0);
  // Each option shows the column's header and first values.
  await expect(registry.mapSelect("room").locator("option").nth(3)).toHaveText("户室：301 / 302 / 301");
  await page.screenshot({ path: "test-results/roster-mapping-phone.png", fullPage: true });
  await expect(registry.mappingConfirm).toBeDisabled();
  await registry.mapColumn("building", "0");
  await registry.mapColumn("room", "2");
  await expect(registry.mappingMissing).toHaveText("还需要选择：证件号码。");
  await registry.mapColumn("owner_ids", "4");
  await expect(registry.mappingMissing).toBeEmpty();
  await registry.confirmMapping();
  await expect(registry.summary).toHaveText("3 户，3 位业主，共 286.20 ㎡，1 栋楼");
  await registry.confirmImport();
  await expect(registry.outcome).toHaveText("已导入 3 户。");
  await expect(registry.registerRows.locator("th").first()).toContainText("3-1-301");

  // The same shape again, after a reload, into a new compound: remembered, no questions.
  await page.reload();
  await registry.pickNew("和美二期", UNFAMILIAR);
  await expect(registry.mappingNote).toContainText("按本机记住的列对应读取。");
  await expect(registry.summary).toHaveText("3 户，3 位业主，共 286.20 ㎡，1 栋楼");
  await expect(registry.mapping).toHaveCount(0);
});
