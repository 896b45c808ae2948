import { test, expect } from "../support/fixtures";
import { COUNCIL, throughNotice } from "../support/back-gate";
import { CommunityPage } from "../support/community-page";
import { closeVote } from "../support/vote-pages";
import { pdfPages, printBothLanguages } from "../support/print";

const DAY = 24 * 60 * 60 * 1000;

test("the back gate passes with 25 of the council's 37 voting yes", async ({ page, app }) => {
  const { community, projects } = await throughNotice(page);
  await projects.putToCouncil();
  for (const name of COUNCIL.slice(0, 25)) {
    await community.cast(name, "同意");
    await community.expectRecorded(name, "同意");
  }
  await community.cast(COUNCIL[25], "反对");
  await community.expectRecorded(COUNCIL[25], "反对");
  // A mis-tap, corrected on record: the ballot as cast stays beside the correction.
  await community.cast(COUNCIL[26], "同意");
  await community.expectRecorded(COUNCIL[26], "同意");
  await expect(page.locator("#result-lines li").first()).toContainText("同意 26 票");
  await community.correct(COUNCIL[26], "弃权", "本人说明是弃权，按错了");
  await expect(community.member(COUNCIL[26]).locator(".member-status")).toHaveText("已记录： 弃权（原为 同意，已更正）");
  await expect(community.member(COUNCIL[26]).locator(".correction-trail li")).toContainText("同意 → 弃权，原因：本人说明是弃权，按错了");
  await expect(page.locator("#result-lines li").first()).toContainText("同意 25 票");
  // Closing asks first; cancelling leaves it open.
  await page.locator("#close-vote").click();
  await page.locator("#cancel-close-vote").click();
  await expect(page.locator("#verdict")).toHaveCount(0);
  await closeVote(page);
  await expect(page.locator("#verdict")).toHaveText("通过");
  await expect(page.locator("#vote-closed-by")).toContainText("结束表决的设备：");
  await expect(page.locator("#vote-period")).toHaveText(/^表决时间：.* 至 .*（已结束）$/);
  // The result names how each member voted, the correction included.
  const record = page.locator("#roll-call-record li.member-vote");
  await expect(record).toHaveCount(37);
  await expect(record.filter({ hasText: COUNCIL[0] })).toContainText("同意");
  await expect(record.filter({ hasText: COUNCIL[26] })).toContainText("弃权（原为 同意，已更正）");
  await expect(record.filter({ hasText: COUNCIL[36] })).toContainText("未表决");
  await expect(page.locator("#result-lines li").first()).toHaveText("同意 25 票，需要 25 票（全体 37 名成员；同意占 67.6%）");
  // The printed A4 notice: the community, the question, the rule, the figures and the verdict.
  await expect(page.locator("#print-result")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-heading")).toHaveText("晋阳社区 表决结果公示");
  await expect(page.locator("header.site-header")).toBeHidden();
  await expect(page.locator("#print-result")).toBeHidden();
  await expect(page.locator("#verdict")).toBeVisible();
  await expect(page.locator("#roll-call-record")).toBeVisible();
  await expect(page.locator("#vote-digest")).toHaveText(/^[0-9a-f]{64}$/);
  const pdf = await page.pdf({ format: "A4", path: "test-results/back-gate-result.pdf" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  // One sheet to pin up: the figures, every member's vote and the QR code together.
  expect(pdfPages(pdf)).toBe(1);
  await page.emulateMedia({ media: "screen" });
  // The QR text: the documented machine lines, then the result for a resident in Chinese.
  const qr = await page.locator("#qr-text").textContent();
  expect(qr).toContain("verdict: passed");
  expect(qr).toMatch(/\n\n北苑后门门禁失灵\n结果：通过（.* 结束）\n同意 25 票，需要 25 票/);
  await printBothLanguages(page, app, "council-result", { zh: "表决结果公示", en: "Notice of a vote's result" });
  await expect(page.locator("#roll-call-record li.member-vote").filter({ hasText: COUNCIL[26] })).toContainText("Abstain (cast as Yes, corrected)");
  await app.languageToggle.click();
  await page.getByRole("link", { name: "北苑后门门禁失灵" }).click();
  await expect(page.locator("#proposal-stage")).toHaveText("已通过");
  await expect(page.locator("#record-roadshow")).toHaveCount(0);
  await expect(page.locator("ol.timeline li .what")).toHaveText([
    "居民提出诉求“北苑后门门禁失灵”",
    "起草项目方案",
    /^发布公示，至 .* 结束$/,
    "居民意见：支持",
    "刘德明 在社区议事会路演",
    "提交社区议事会表决",
    "表决结束：通过",
  ]);
  // On the home page the project and its vote are two links named for what each opens.
  await page.getByRole("navigation").getByRole("link", { name: "首页", exact: true }).click();
  await expect(page.locator("ul.project-list").getByRole("link", { name: "北苑后门门禁失灵", exact: true })).toHaveCount(1);
  await expect(page.locator("ul.vote-list").getByRole("link", { name: "议事会表决：北苑后门门禁失灵", exact: true })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "北苑后门门禁失灵", exact: true })).toHaveCount(1);
});

test("the back gate is rejected with 24 of 37, counted by show of hands", async ({ page }) => {
  const { projects } = await throughNotice(page);
  await projects.putToCouncil();
  await page.locator("#hands-yes").fill("24");
  await page.locator("#hands-no").fill("11");
  await page.locator("#hands-abstain").fill("2");
  await page.locator("#record-hands").click();
  await expect(page.locator("#result-lines li").first()).toHaveText("同意 24 票，需要 25 票（全体 37 名成员；同意占 64.9%）");
  await expect(page.locator("li.member")).toHaveCount(0);
  await closeVote(page);
  await expect(page.locator("#verdict")).toHaveText("未通过");
  await page.getByRole("link", { name: "北苑后门门禁失灵" }).click();
  await expect(page.locator("#proposal-stage")).toHaveText("未通过");

  // Not a dead end: the plan goes back to a draft, to be posted and put to the council again.
  await expect(page.locator("#post-notice")).toHaveCount(0);
  await page.locator("#resubmit").click();
  await expect(page.locator("#proposal-stage")).toHaveText("草案");
  await expect(page.locator("#resubmit")).toHaveCount(0);
  await expect(page.locator("#post-notice")).toBeVisible();
  await expect(page.locator("ol.timeline li .what").last()).toHaveText("修改预算");
  await page.locator("#notice-days").fill("7");
  await page.locator("#post-notice").click();
  await expect(page.locator("#proposal-stage")).toHaveText("公示中");
  await expect(page.locator("#response-name")).toBeVisible();
});

test("the demo's notice takes responses as soon as it loads, and its badge agrees with its countdown", async ({ page }) => {
  await page.clock.install();
  const community = new CommunityPage(page);
  await community.loadDemo();
  const project = page.locator("ul.project-list li").filter({ hasText: "北苑小区后门改造" });
  await expect(project.locator(".badge")).toHaveText("公示中");
  await project.getByRole("link").click();
  await expect(page.locator("#proposal-stage")).toHaveText("公示中");
  // At once, not after the clock's next tick.
  await expect(page.locator("#response-name")).toBeVisible({ timeout: 2_000 });
  await page.clock.fastForward(7 * DAY + 60_000);
  await expect(page.locator("#notice-countdown")).toHaveText("公示已结束。");
  await expect(page.locator("#proposal-stage")).toHaveText("公示期满，待议事会表决");
  await expect(page.locator("#response-name")).toHaveCount(0);
  await expect(page.locator("#responses-closed")).toHaveText(/^只能在公示期间（.* 至 .*）提出意见。$/);
  await page.getByRole("navigation").getByRole("link", { name: "项目", exact: true }).click();
  await expect(page.locator("ul.project-list li").filter({ hasText: "北苑小区后门改造" }).locator(".badge")).toHaveText("公示期满，待议事会表决");
});
