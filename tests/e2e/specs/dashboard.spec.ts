import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";

test("the community page draws turnout, money, projects by stage, the open notice with its countdown, and the next meetings", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  // The demo's button is a phone's height down the welcome: the community replaces it from its
  // top, with focus on the content (the button is gone), not mid-page.
  await expect(page.locator("main h1")).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator("main")).toBeFocused();
  await expect(page.locator("#dashboard-title")).toHaveText("社区概况");
  await expect(page.locator("#chart-turnout .bar-label")).toHaveText(["2027 年院落微更新计划"]);
  await expect(page.locator("#chart-turnout .bar-figure")).toHaveText(["0 / 37 已投票"]);
  await expect(page.locator("#chart-money .bar-figure")).toHaveText(["36,000.00 元", "0.00 元", "0.00 元", "0.00 元"]);
  await expect(page.locator("#chart-stages .bar-label")).toHaveText(["公示中"]);
  await expect(page.locator("#dash-notices li")).toHaveCount(1);
  await expect(page.locator("#dash-notices li")).toContainText("北苑小区后门改造");
  await expect(page.locator("#dash-notices .countdown-small")).toHaveText(/^还有 (6 天 23|7 天 0) 小时$/);

  // Three council members vote: the turnout bar grows as the ballots are saved.
  await community.openCouncilVote();
  for (const name of ["王建华", "李秀英", "张伟"]) {
    await community.cast(name, "同意");
    await community.expectRecorded(name, "同意");
  }
  await page.getByRole("navigation").getByRole("link", { name: "首页", exact: true }).click();
  await expect(page.locator("#chart-turnout .bar-figure")).toHaveText(["3 / 37 已投票"]);
  // 3 of 37 is 81 per mille of the scale: the bar is 8.1% of the track, in tenths of a percent.
  const fill = page.locator("#chart-turnout .bar-fill");
  expect(await fill.evaluate((e: HTMLElement) => e.style.width)).toBe("8.1%");
  const [bar, track] = [await fill.boundingBox(), await page.locator("#chart-turnout .bar-track").boundingBox()];
  expect(Math.abs(bar!.width - track!.width * 0.081)).toBeLessThan(1);

  // A monthly reception day shows among the next meetings.
  await page.locator("#meetings-link").click();
  await page.locator("#set-series").click();
  await page.getByRole("navigation").getByRole("link", { name: "首页", exact: true }).click();
  await expect(page.locator("#dash-meetings li")).toHaveCount(3);
  await expect(page.locator("#dash-meetings li").first()).toContainText("业主接待日");
});
