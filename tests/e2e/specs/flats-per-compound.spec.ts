import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { VotePages } from "../support/vote-pages";

const HEADER = "楼栋,单元,房号,业主姓名,证件号码,建筑面积(㎡),面积依据,居住人数,联系电话";

async function importRoster(page: Page, into: string | null, name: string, lines: string[]) {
  if (into) {
    await page.locator("#import-into").selectOption({ label: into });
  } else {
    await page.locator("#import-into").selectOption({ index: 0 }); // a new compound
    await page.locator("#import-new-name").fill(name);
  }
  await page.locator("#import-file").setInputFiles({
    name: `${name}.csv`,
    mimeType: "text/csv",
    buffer: Buffer.from([HEADER, ...lines].join("\n") + "\n", "utf8"),
  });
  await expect(page.locator("#import-summary")).toContainText(`${lines.length} 户`);
  await page.locator("#import-confirm").click();
  await expect(page.locator("#import-outcome")).toHaveText(`已导入 ${lines.length} 户。`);
}

async function leaveKiosk(page: Page) {
  await page.locator("#kiosk-exit").click();
  await page.locator("#kiosk-pin").fill("2580");
  await page.locator("#kiosk-submit").click();
  await expect(page.locator("#owners-meters")).toBeVisible();
}

test("two compounds numbered alike: each vote finds its own 1-1-101, a community-wide one asks which compound's", async ({ page }) => {
  test.setTimeout(120_000);
  const votes = new VotePages(page);
  await page.goto("/");
  await page.locator("#found-name").fill("青羊社区");
  await page.locator("#found-compound").fill("东苑");
  await page.locator("#found-device").fill("社区办公室电脑");
  await page.locator("#found-submit").click();
  await expect(page).toHaveURL(/\/registry$/);
  await importRoster(page, "东苑", "东苑", [
    "1栋,1单元,101,张三,510104********1111,100.00,不动产登记,2,",
    "1栋,1单元,102,李四,510104********2222,80.00,不动产登记,2,",
  ]);
  await importRoster(page, null, "西苑", ["1栋,1单元,101,王五,510104********3333,60.00,不动产登记,3,"]);

  // 西苑's own vote: its 1-1-101 without asking; 东苑's 1-1-102 is named as 东苑's.
  await page.goto("/");
  await votes.openOwnersVote("西苑门禁改造", "4. 选聘和解聘物业服务企业或者其他管理人", "西苑");
  await votes.startKiosk("2580");
  await votes.kioskFlat("1", "1", "102");
  await expect(page.locator(".kiosk-problem")).toHaveText("1-1-102 在东苑，不在西苑的范围内。");
  await expect(page.locator("#kiosk-compound-0")).toHaveCount(0);
  await votes.kioskFlat("1", "1", "101");
  await expect(page.locator("#kiosk-compound-0")).toHaveCount(0);
  await page.getByRole("button", { name: "同意", exact: true }).click();
  await expect(page.locator("#kiosk-confirm-flat")).toHaveText("西苑 1-1-101");
  await page.locator("#kiosk-confirm").click();
  await expect(page.locator("#kiosk-done")).toBeVisible();
  await leaveKiosk(page);
  // The ballot is 西苑's 60 m² flat, not 东苑's 100 m² one.
  await expect(votes.meter("参与面积")).toContainText("60.00 / 60.00 平方米");
  await expect(votes.meter("参与人数")).toContainText("1 / 1 人");

  // A community-wide vote: 1-1-101 is in both, the kiosk asks, and records the one tapped.
  await page.goto("/");
  await votes.openOwnersVote("社区议事规则", "1. 制定和修改业主大会议事规则", "全社区");
  await page.locator("#enter-kiosk").click();
  await expect(page.locator("#kiosk-question")).toHaveText("社区议事规则");
  await votes.kioskFlat("1", "1", "101");
  await expect(page.getByRole("group", { name: "这个房号在几个小区都有。请点您住的小区：" })).toBeVisible();
  await expect(page.locator(".kiosk-compounds button")).toHaveText(["东苑 1-1-101", "西苑 1-1-101"]);
  const tapped = page.locator("#kiosk-compound-0");
  expect((await tapped.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await tapped.click();
  await page.getByRole("button", { name: "反对", exact: true }).click();
  await expect(page.locator("#kiosk-confirm-flat")).toHaveText("东苑 1-1-101");
  await page.locator("#kiosk-confirm").click();
  await expect(page.locator("#kiosk-done")).toBeVisible();
  await leaveKiosk(page);
  await expect(votes.meter("参与面积")).toContainText("100.00 / 240.00 平方米");

  // The clerk's form asks too, and records nothing until a compound is chosen.
  await page.locator("#ballot-flat").fill("1-1-101");
  const form = page.locator("section").filter({ has: page.locator("#ballot-flat") });
  await form.getByRole("button", { name: "同意", exact: true }).click();
  await expect(page.locator("#ballot-flat-error")).toHaveText("这个房号在几个小区都有：请选择是哪个小区的，再提交。");
  await expect(page.locator("#household-ballot-status")).toHaveText("");
  await expect(votes.meter("参与面积")).toContainText("100.00 / 240.00 平方米");
  await page.getByLabel("西苑 1-1-101").check();
  await form.getByRole("button", { name: "同意", exact: true }).click();
  await expect(page.locator("#household-ballot-status")).toHaveText("已记录： 西苑 1-1-101 同意");
  await expect(votes.meter("参与面积")).toContainText("160.00 / 240.00 平方米");
  await expect(page.locator("#ballot-which")).toHaveCount(0);

  // The same compound's 1-1-101 again: the core says the owner already voted.
  await page.locator("#ballot-flat").fill("1-1-101");
  await form.getByRole("button", { name: "同意", exact: true }).click();
  await page.getByLabel("东苑 1-1-101").check();
  await form.getByRole("button", { name: "同意", exact: true }).click();
  await expect(votes.meter("参与面积")).toContainText("160.00 / 240.00 平方米");
});
