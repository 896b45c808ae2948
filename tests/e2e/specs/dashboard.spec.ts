import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { MeetingsPage } from "../support/meetings-page";

test("the community page draws turnout, money, projects by stage, the open notice with its countdown, and the next meetings", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  // The demo's button is a phone's height down the welcome: the community replaces it from its
  // top, with focus on the content (the button is gone), not mid-page.
  await expect(app.heading).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(app.main).toBeFocused();
  await expect(community.dashboardTitle).toHaveText("社区概况");
  const turnout = community.chart("turnout");
  await expect(turnout.labels).toHaveText(["2027 年院落微更新计划"]);
  await expect(turnout.figures).toHaveText(["0 / 37 已投票"]);
  await expect(community.chart("money").figures).toHaveText(["48,800.00 元", "0.00 元", "0.00 元", "0.00 元"]);
  await expect(community.chart("stages").labels).toHaveText(["公示中"]);
  await expect(community.notices).toHaveCount(1);
  await expect(community.notices).toContainText("北苑小区后门改造");
  await expect(community.noticeCountdowns).toHaveText(/^还有 (6 天 23|7 天 0) 小时$/);

  // Three council members vote: the turnout bar grows as the ballots are saved.
  await community.openCouncilVote();
  for (const name of ["王建华", "李秀英", "张伟"]) {
    await community.cast(name, "同意");
    await community.expectRecorded(name, "同意");
  }
  await app.navLink("首页").click();
  await expect(turnout.figures).toHaveText(["3 / 37 已投票"]);
  // 3 of 37 is 81 per mille of the scale: the bar is 8.1% of the track, in tenths of a percent.
  expect(await turnout.fill.evaluate((e: HTMLElement) => e.style.width)).toBe("8.1%");
  const [bar, track] = [await turnout.fill.boundingBox(), await turnout.track.boundingBox()];
  expect(Math.abs(bar!.width - track!.width * 0.081)).toBeLessThan(1);

  // A monthly reception day shows among the next meetings.
  const meetings = new MeetingsPage(page);
  await meetings.open();
  await meetings.setSeries();
  await app.navLink("首页").click();
  await expect(community.nextMeetings).toHaveCount(3);
  await expect(community.nextMeetings.first()).toContainText("业主接待日");
});
