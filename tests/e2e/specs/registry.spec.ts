import { test, expect } from "../support/fixtures";
import * as path from "path";
import { CommunityPage } from "../support/community-page";

const FIXTURES = path.join(__dirname, "../../../core/tests/fixtures");

test("the GB18030 super-compound roster imports as is, with its totals, and search stays instant", async ({ page }) => {
  test.setTimeout(90_000);
  const community = new CommunityPage(page);
  await community.loadDemo();
  await page.getByRole("navigation").getByRole("link", { name: "住户", exact: true }).click();
  await expect(page.locator("main h1")).toHaveText("住户登记");
  await expect(page.locator("#registry-summary")).toHaveText(/^60 户，54 位业主/);

  await page.locator("#import-new-name").fill("红湖公园城");
  await page.locator("#import-file").setInputFiles(path.join(FIXTURES, "compound-roster-gb18030.csv"));
  await expect(page.locator("#import-summary")).toHaveText(/^4,680 户，[\d,]+ 位业主，共 [\d,]+\.\d\d ㎡，40 栋楼$/);
  await expect(page.locator("#import-problems")).toHaveCount(0);
  const preview = await page.locator("#import-summary").textContent();
  // Nothing is saved before the confirmation.
  const before = await community.storedEvents();
  await page.locator("#import-confirm").click();
  await expect(page.locator("#import-outcome")).toHaveText("已导入 4,680 户。");
  expect(await community.storedEvents()).toBeGreaterThan(before + 4_680);

  // The register's totals now include the file's exactly: owners and area as the preview said.
  const [, owners, area] = preview!.match(/^4,680 户，([\d,]+) 位业主，共 ([\d,.]+) ㎡/)!;
  const n = (s: string) => Number(s.replaceAll(",", ""));
  const summary = await page.locator("#registry-summary").textContent();
  const [, h2, o2] = summary!.match(/^([\d,]+) 户，([\d,]+) 位业主/)!;
  expect(n(h2)).toBe(4_740);
  expect(n(o2)).toBe(n(owners) + 54);
  expect(area).toMatch(/^[\d,]+\.\d\d$/);

  await page.locator("#registry-compound").selectOption({ label: "红湖公园城" });
  await expect(page.locator("#registry-page")).toHaveText("第 1 / 94 页");
  await page.locator("#registry-search").fill("杨珍霞");
  await expect(page.locator("table.registry tbody tr").first()).toContainText("1-1-101");
  await expect(page.locator("table.registry tbody tr").first()).toContainText("100.30 ㎡");
  await expect(page.locator("table.registry tbody tr").first()).toContainText("不动产登记");

  // Importing the same file again changes nothing, and says so before anything is confirmed.
  await page.locator("#import-into").selectOption({ label: "红湖公园城" });
  await page.locator("#import-file").setInputFiles(path.join(FIXTURES, "compound-roster-gb18030.csv"));
  await expect(page.locator("#import-unchanged")).toHaveText("4,680 户与名册一致，不变。");
  await expect(page.locator("#import-changes li.change-group")).toHaveCount(0);
  await expect(page.locator("#import-confirm")).toBeDisabled();
});

test("a roster with bad lines names each by number and saves nothing until confirmed", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  await page.goto("/registry");
  await expect(page.locator("main h1")).toHaveText("住户登记");
  const csv = [
    "房号,楼栋,单元,业主姓名,证件号码,建筑面积(㎡),面积依据",
    "101,9栋,1单元,王伟,5101****1234,88.50,不动产登记",
    "102,9栋,1单元,李娜,5101****5678,八十,不动产登记",
    "103,9栋,1单元,张三、李四,5101****0001,70,实测",
  ].join("\r\n");
  const before = await community.storedEvents();
  await page.locator("#import-new-name").fill("锦城小区");
  await page.locator("#import-file").setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from("\ufeff" + csv, "utf8") });
  await expect(page.locator("#import-summary")).toHaveText(/^1 户，1 位业主/);
  await expect(page.locator("#import-problems li")).toHaveText([
    "第 3 行：面积“八十”不是大于零、最多两位小数的数字。",
    "第 4 行：业主姓名有 2 个，证件号码有 1 个，数量应一致（用“、”等分隔）。",
  ]);
  expect(await community.storedEvents()).toBe(before);

  // A file none of whose headers is a roster's: every field goes to the mapping step, with the
  // file's own columns to choose from, and nothing is read or stored until they are chosen.
  await page.locator("#import-file").setInputFiles({ name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from("姓名,电话\n王伟,123\n", "utf8") });
  await expect(page.locator("#mapping-missing")).toHaveText("还需要选择：楼栋、单元、房号、业主姓名、证件号码、建筑面积。");
  await expect(page.locator("#map-owner_names option")).toHaveText(["请选择列", "姓名：王伟", "电话：123"]);
  await expect(page.locator("#import-summary")).toHaveCount(0);
  expect(await community.storedEvents()).toBe(before);
});

test("an owner's several flats are one click away, and a household code finds its flat", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  await page.goto("/registry");
  await expect(page.locator("main h1")).toHaveText("住户登记");
  const rows = page.locator("table.registry tbody tr");
  await page.locator("#registry-search").fill("1-1-101");
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole("button", { name: "共 2 套" }).click();
  await expect(page.locator("#registry-owner-filter")).toContainText("张建国 名下的 2 套房屋（表决时计为一位业主）");
  await page.locator("#registry-search").fill("");
  await expect(rows).toHaveCount(2);
  await expect(rows.locator("th")).toContainText(["1-1-101", "1-1-102"]);
  await page.getByRole("button", { name: "显示全部住户" }).click();
  await expect(page.locator("#registry-owner-filter")).toHaveCount(0);
  await expect(rows).toHaveCount(50);

  // The developer's unsold flats are one owner too.
  await page.locator("#registry-search").fill("蓉城置业");
  await expect(rows).toHaveCount(6);
  await expect(rows.first().getByRole("button", { name: "共 6 套" })).toBeVisible();

  // A code typed the way people type it (lower case, no dash) finds the flat.
  await page.locator("#registry-search").fill("2-1-301");
  const code = (await rows.first().locator(".household-code").textContent())!;
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await page.locator("#registry-search").fill(code.replace("-", "").toLowerCase());
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("th")).toContainText("2-1-301");
});

test("every household of the register is reachable page by page, under every compound", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  await page.goto("/registry");
  await expect(page.locator("main h1")).toHaveText("住户登记");
  const rows = page.locator("table.registry tbody tr th");
  const next = page.locator("nav.pager").getByRole("button", { name: "下一页", exact: true });
  const previous = page.locator("nav.pager").getByRole("button", { name: "上一页", exact: true });
  // The button's whole text is its label: no program text leaks into it.
  await expect(next).toHaveText("下一页");
  const seen = new Set<string>();
  await expect(page.locator("#registry-page")).toHaveText("第 1 / 2 页");
  await expect(previous).toBeDisabled();
  for (const label of await rows.allTextContents()) seen.add(label);
  await expect(next).toBeEnabled();
  await next.click();
  await expect(page.locator("#registry-page")).toHaveText("第 2 / 2 页");
  await expect(rows).toHaveCount(10);
  for (const label of await rows.allTextContents()) seen.add(label);
  await expect(next).toBeDisabled();
  expect(seen.size).toBe(60);
  await previous.click();
  await expect(page.locator("#registry-page")).toHaveText("第 1 / 2 页");
  await expect(rows).toHaveCount(50);

  // One compound on its own fits one page; the choice starts again at its first page.
  await next.click();
  await page.locator("#registry-compound").selectOption({ index: 1 });
  await expect(page.locator("#registry-page")).toHaveText("第 1 / 1 页");
  await expect(next).toBeDisabled();
});

test("a roster preview that lists only its first rows says how many it holds", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  await page.goto("/registry");
  await expect(page.locator("main h1")).toHaveText("住户登记");
  const lines = ["楼栋,单元,房号,业主姓名,证件号码,建筑面积"];
  for (let i = 1; i <= 12; i++) lines.push(`９栋,１单元,${100 + i}室,业主${i},5101****${1000 + i},80`);
  await page.locator("#import-new-name").fill("锦城小区");
  await page.locator("#import-file").setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n"), "utf8") });
  await expect(page.locator("#import-summary")).toHaveText(/^12 户，12 位业主/);
  await expect(page.locator("#import-shown")).toHaveText("显示前 10 户，共 12 户");
  await expect(page.locator("#import-shown + tbody tr")).toHaveCount(10);
  // Full-width numbers and 栋/室 become the register's bare form.
  await expect(page.locator("#import-shown + tbody tr").first().locator("th")).toHaveText("9-1-101");
  await app.languageToggle.click();
  await expect(page.locator("#import-shown")).toHaveText("showing 10 of 12 households");
});
