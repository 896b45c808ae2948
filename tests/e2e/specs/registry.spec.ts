import { test, expect } from "../support/fixtures";
import * as path from "path";
import { CommunityPage } from "../support/community-page";
import { RegistryPage } from "../support/registry-page";

const FIXTURES = path.join(__dirname, "../../../core/tests/fixtures");

test("the GB18030 super-compound roster imports as is, with its totals, and search stays instant", async ({ page, app }) => {
  test.setTimeout(90_000);
  const community = new CommunityPage(page);
  await community.loadDemo();
  const registry = new RegistryPage(page);
  await app.navLink("住户").click();
  await expect(registry.heading).toHaveText("住户登记");
  await expect(registry.registrySummary).toHaveText(/^60 户，54 位业主/);

  await registry.pickNew("红湖公园城", path.join(FIXTURES, "compound-roster-gb18030.csv"));
  await expect(registry.summary).toHaveText(/^4,680 户，[\d,]+ 位业主，共 [\d,]+\.\d\d ㎡，40 栋楼$/);
  await expect(registry.problems).toHaveCount(0);
  const preview = await registry.summary.textContent();
  // Nothing is saved before the confirmation.
  const before = await community.storedEvents();
  await registry.confirmImport();
  await expect(registry.outcome).toHaveText("已导入 4,680 户。");
  expect(await community.storedEvents()).toBeGreaterThan(before + 4_680);

  // The register's totals now include the file's exactly: owners and area as the preview said.
  const [, owners, area] = preview!.match(/^4,680 户，([\d,]+) 位业主，共 ([\d,.]+) ㎡/)!;
  const n = (s: string) => Number(s.replaceAll(",", ""));
  const summary = await registry.registrySummary.textContent();
  const [, h2, o2] = summary!.match(/^([\d,]+) 户，([\d,]+) 位业主/)!;
  expect(n(h2)).toBe(4_740);
  expect(n(o2)).toBe(n(owners) + 54);
  expect(area).toMatch(/^[\d,]+\.\d\d$/);

  await registry.showCompound({ label: "红湖公园城" });
  await expect(registry.pageNumber).toHaveText("第 1 / 94 页");
  await registry.search("杨珍霞");
  await expect(registry.rows.first()).toContainText("1-1-101");
  await expect(registry.rows.first()).toContainText("100.30 ㎡");
  await expect(registry.rows.first()).toContainText("不动产登记");

  // Importing the same file again changes nothing, and says so before anything is confirmed.
  await registry.pick(path.join(FIXTURES, "compound-roster-gb18030.csv"), "红湖公园城");
  await expect(registry.unchanged).toHaveText("4,680 户与名册一致，不变。");
  await expect(registry.changes).toHaveCount(0);
  await expect(registry.confirm).toBeDisabled();
});

test("a roster with bad lines names each by number and saves nothing until confirmed", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const registry = new RegistryPage(page);
  await registry.open();
  const csv = [
    "房号,楼栋,单元,业主姓名,证件号码,产权面积(㎡),面积依据",
    "101,9栋,1单元,王伟,5101****1234,88.50,不动产登记",
    "102,9栋,1单元,李娜,5101****5678,八十,不动产登记",
    "103,9栋,1单元,张三、李四,5101****0001,70,实测",
    "104,9栋,1单元,赵六,5101****0002,,不动产登记",
  ].join("\r\n");
  const before = await community.storedEvents();
  await registry.pickNew("锦城小区", { name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from("\ufeff" + csv, "utf8") });
  await expect(registry.summary).toHaveText(/^1 户，1 位业主/);
  await expect(registry.problemLines).toHaveText([
    "第 3 行：面积“八十”不是大于零、最多两位小数的数字。",
    "第 4 行：业主姓名有 2 个，证件号码有 1 个，数量应一致（用“、”等分隔）。",
    // Named as the file heads the column, not by the app's word for the field.
    "第 5 行：“产权面积(㎡)”一栏是空的。",
  ]);
  expect(await community.storedEvents()).toBe(before);

  // A file none of whose headers is a roster's: every field goes to the mapping step, with the
  // file's own columns to choose from, and nothing is read or stored until they are chosen.
  await registry.pickFile({ name: "notes.csv", mimeType: "text/csv", buffer: Buffer.from("姓名,电话\n王伟,123\n", "utf8") });
  await expect(registry.mappingMissing).toHaveText("还需要选择：楼栋、单元、房号、业主姓名、证件号码、建筑面积。");
  await expect(registry.mapSelect("owner_names").locator("option")).toHaveText(["请选择列", "姓名：王伟", "电话：123"]);
  await expect(registry.summary).toHaveCount(0);
  expect(await community.storedEvents()).toBe(before);
});

test("an owner's several flats are one click away, and a household code finds its flat", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const registry = new RegistryPage(page);
  await registry.open();
  const rows = registry.rows;
  await registry.search("1-1-101");
  await expect(rows).toHaveCount(1);
  await registry.ownerFlats(rows.first(), 2).click();
  await expect(registry.ownerFilter).toContainText("张建国 名下的 2 套房屋（表决时计为一位业主）");
  await registry.search("");
  await expect(rows).toHaveCount(2);
  await expect(rows.locator("th")).toContainText(["1-1-101", "1-1-102"]);
  await registry.showAllHouseholds();
  await expect(registry.ownerFilter).toHaveCount(0);
  await expect(rows).toHaveCount(50);

  // The developer's unsold flats are one owner too.
  await registry.search("蓉城置业");
  await expect(rows).toHaveCount(6);
  await expect(registry.ownerFlats(rows.first(), 6)).toBeVisible();

  // A code typed the way people type it (lower case, no dash) finds the flat.
  await registry.search("2-1-301");
  const code = await registry.codeOf(rows.first());
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await registry.search(code.replace("-", "").toLowerCase());
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator("th")).toContainText("2-1-301");
});

test("every household of the register is reachable page by page, under every compound", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const registry = new RegistryPage(page);
  await registry.open();
  const rows = registry.rows.locator("th");
  const { nextPage: next, previousPage: previous } = registry;
  // The button's whole text is its label: no program text leaks into it.
  await expect(next).toHaveText("下一页");
  const seen = new Set<string>();
  await expect(registry.pageNumber).toHaveText("第 1 / 2 页");
  await expect(previous).toBeDisabled();
  for (const label of await rows.allTextContents()) seen.add(label);
  await expect(next).toBeEnabled();
  await next.click();
  await expect(registry.pageNumber).toHaveText("第 2 / 2 页");
  await expect(rows).toHaveCount(10);
  for (const label of await rows.allTextContents()) seen.add(label);
  await expect(next).toBeDisabled();
  expect(seen.size).toBe(60);
  await previous.click();
  await expect(registry.pageNumber).toHaveText("第 1 / 2 页");
  await expect(rows).toHaveCount(50);

  // One compound on its own fits one page; the choice starts again at its first page.
  await next.click();
  await registry.showCompound({ index: 1 });
  await expect(registry.pageNumber).toHaveText("第 1 / 1 页");
  await expect(next).toBeDisabled();
});

test("a roster preview that lists only its first rows says how many it holds", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const registry = new RegistryPage(page);
  await registry.open();
  const lines = ["楼栋,单元,房号,业主姓名,证件号码,建筑面积"];
  for (let i = 1; i <= 12; i++) lines.push(`９栋,１单元,${100 + i}室,业主${i},5101****${1000 + i},80`);
  await registry.pickNew("锦城小区", { name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n"), "utf8") });
  await expect(registry.summary).toHaveText(/^12 户，12 位业主/);
  await expect(registry.shown).toHaveText("显示前 10 户，共 12 户");
  await expect(registry.shownRows).toHaveCount(10);
  // Full-width numbers and 栋/室 become the register's bare form.
  await expect(registry.shownRows.first().locator("th")).toHaveText("9-1-101");
  await app.languageToggle.click();
  await expect(registry.shown).toHaveText("showing 10 of 12 households");
});
