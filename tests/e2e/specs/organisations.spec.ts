import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { OrganisationsPage } from "../support/organisations-page";

test("a council's members: one appointed with a term, one leaving, and a term that ends before it starts refused", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const organisations = new OrganisationsPage(page);
  await app.navLink("组织").click();
  await expect(organisations.heading).toHaveText("自治组织");
  const group = organisations.body("北苑小区居民小组议事会");
  await expect(organisations.inOffice(group)).toHaveText("5");
  await expect(organisations.inOffice(organisations.bodyWith("晋阳社区议事会"))).toHaveText("37");

  // Each disclosure is a full-size touch target, not a line of text.
  for (const summary of await group.locator("summary").all()) {
    expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  await organisations.openAddMember(group);
  await organisations.addMember(group, { name: "周桂芬", role: "秘书", start: "2026-01-01", end: "2025-12-31" });
  await expect(group.locator("form .submit-failure")).toContainText("任期结束日期（2025年12月31日 00:00）必须晚于开始日期（2026年1月1日 00:00）。");
  await expect(organisations.inOffice(group)).toHaveText("5");

  await organisations.addMember(group, { end: "2028-12-31" });
  await expect(organisations.inOffice(group)).toHaveText("6");
  await organisations.showMembers(group);
  await expect(organisations.member(group, "周桂芬")).toContainText("2026年1月1日 – 2028年12月31日");

  // Leaving changes the body's size for every vote opened after: asked first, naming who.
  await organisations.askToLeave(group, "赵永福");
  await expect(organisations.leaveQuestion(group)).toContainText("赵永福将不再是");
  await expect(organisations.leaveQuestion(group)).toBeInViewport();
  await organisations.leaveQuestion(group).getByRole("button", { name: "取消" }).click();
  await expect(organisations.inOffice(group)).toHaveText("6");
  await organisations.leaveOffice(group, "赵永福");
  await expect(organisations.inOffice(group)).toHaveText("5");
  await expect(organisations.leaveQuestion(group)).toHaveCount(0);
});

test("an organisation founded for one compound names that compound as its place", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const organisations = new OrganisationsPage(page);
  await app.navLink("组织").click();
  await organisations.found("北苑小区楼栋长联席会", "北苑小区");
  const body = organisations.body("北苑小区楼栋长联席会");
  await expect(body).toContainText("北苑小区");
  await expect(body).not.toContainText("全社区");
  // The picker keeps the place it was given while the list of places stays the same.
  await expect(organisations.placeField.locator("option:checked")).toHaveText("北苑小区");
});
