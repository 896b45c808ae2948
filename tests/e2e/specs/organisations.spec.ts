import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";

test("a council's members: one appointed with a term, one leaving, and a term that ends before it starts refused", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  await page.getByRole("navigation").getByRole("link", { name: "组织", exact: true }).click();
  await expect(page.locator("main h1")).toHaveText("自治组织");
  const group = page.locator("section.organisation").filter({ has: page.getByRole("heading", { name: "北苑小区居民小组议事会" }) });
  await expect(group.locator(".in-office")).toHaveText("5");
  await expect(page.locator("section.organisation").filter({ hasText: "晋阳社区议事会" }).locator(".in-office")).toHaveText("37");

  // Each disclosure is a full-size touch target, not a line of text.
  for (const summary of await group.locator("summary").all()) {
    expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  await group.locator("summary", { hasText: "添加成员" }).click();
  await group.getByLabel("姓名", { exact: true }).fill("周桂芬");
  await group.getByLabel("职务").selectOption({ label: "秘书" });
  await group.getByLabel("任期开始").fill("2026-01-01");
  await group.getByLabel("任期结束（可不填）").fill("2025-12-31");
  await group.getByRole("button", { name: "添加成员" }).click();
  await expect(group.locator("form .submit-failure")).toContainText("任期结束日期（2025年12月31日 00:00）必须晚于开始日期（2026年1月1日 00:00）。");
  await expect(group.locator(".in-office")).toHaveText("5");

  await group.getByLabel("任期结束（可不填）").fill("2028-12-31");
  await group.getByRole("button", { name: "添加成员" }).click();
  await expect(group.locator(".in-office")).toHaveText("6");
  await group.locator("summary", { hasText: "成员" }).first().click();
  await expect(group.locator("ul.members li").filter({ hasText: "周桂芬" })).toContainText("2026年1月1日 – 2028年12月31日");

  await group.locator("ul.members li").filter({ hasText: "赵永福" }).getByRole("button", { name: "离任" }).click();
  await expect(group.locator(".in-office")).toHaveText("5");
});

test("a body founded for one compound names that compound as its place", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  await page.getByRole("navigation").getByRole("link", { name: "组织", exact: true }).click();
  await page.locator("#org-name").fill("北苑小区楼栋长联席会");
  await page.locator("#org-place").selectOption({ label: "北苑小区" });
  await page.locator("#org-add").click();
  const body = page.locator("section.organisation").filter({ has: page.getByRole("heading", { name: "北苑小区楼栋长联席会" }) });
  await expect(body).toContainText("北苑小区");
  await expect(body).not.toContainText("全社区");
  // The picker keeps the place it was given while the list of places stays the same.
  await expect(page.locator("#org-place option:checked")).toHaveText("北苑小区");
});
