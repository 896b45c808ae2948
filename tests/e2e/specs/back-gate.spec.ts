import { test, expect } from "../support/fixtures";
import { COUNCIL, throughNotice } from "../support/back-gate";
import { CommunityPage } from "../support/community-page";
import { ProjectPages } from "../support/project-pages";
import { VotePages } from "../support/vote-pages";
import { pdfPages, printBothLanguages } from "../support/print";

const DAY = 24 * 60 * 60 * 1000;

test("the back gate passes with 25 of the council's 37 voting yes", async ({ page, app }) => {
  const { community, projects } = await throughNotice(page);
  const votes = new VotePages(page);
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
  await expect(votes.resultLines.first()).toContainText("同意 26 票");
  await community.correct(COUNCIL[26], "弃权", "本人说明是弃权，按错了");
  await expect(community.status(COUNCIL[26])).toHaveText("已记录： 弃权（原为 同意，已更正）");
  await expect(community.corrections(COUNCIL[26])).toContainText("同意 → 弃权，原因：本人说明是弃权，按错了");
  await expect(votes.resultLines.first()).toContainText("同意 25 票");
  // Closing asks first; cancelling leaves it open.
  await votes.askToClose();
  await votes.cancelClose();
  await expect(votes.verdict).toHaveCount(0);
  await votes.close();
  await expect(votes.verdict).toHaveText("通过");
  await expect(votes.closedBy).toContainText("结束表决的设备：");
  await expect(votes.period).toHaveText(/^表决时间：.* 至 .*（已结束）$/);
  // The result names how each member voted, the correction included.
  const record = votes.rollCall;
  await expect(record).toHaveCount(37);
  await expect(record.filter({ hasText: COUNCIL[0] })).toContainText("同意");
  await expect(record.filter({ hasText: COUNCIL[26] })).toContainText("弃权（原为 同意，已更正）");
  await expect(record.filter({ hasText: COUNCIL[36] })).toContainText("未表决");
  await expect(votes.resultLines.first()).toHaveText("同意 25 票，需要 25 票（全体 37 名成员；同意占 67.6%）");
  // The printed A4 notice: the community, the question, the rule, the figures and the verdict.
  await expect(votes.printButton).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(app.printHeading).toHaveText("晋阳社区 表决结果公示");
  await expect(app.siteHeader).toBeHidden();
  await expect(votes.printButton).toBeHidden();
  await expect(votes.verdict).toBeVisible();
  await expect(votes.rollCallRecord).toBeVisible();
  await expect(votes.digest).toHaveText(/^[0-9a-f]{64}$/);
  const pdf = await page.pdf({ format: "A4", path: "test-results/back-gate-result.pdf" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  // One sheet to pin up: the figures, every member's vote and the QR code together.
  expect(pdfPages(pdf)).toBe(1);
  await page.emulateMedia({ media: "screen" });
  // The QR text: the documented machine lines, then the result for a resident in Chinese.
  const qr = await votes.qr();
  expect(qr).toContain("verdict: passed");
  expect(qr).toMatch(/\n\n北苑后门门禁失灵\n结果：通过（.* 结束）\n同意 25 票，需要 25 票/);
  await printBothLanguages(page, app, "council-result", { zh: "表决结果公示", en: "Notice of a vote's result" });
  await expect(votes.rollCall.filter({ hasText: COUNCIL[26] })).toContainText("Abstain (cast as Yes, corrected)");
  await app.languageToggle.click();
  await page.getByRole("link", { name: "北苑后门门禁失灵" }).click();
  await expect(projects.stage).toHaveText("已通过");
  await expect(projects.recordRoadshowButton).toHaveCount(0);
  await expect(projects.timeline).toHaveText([
    "居民提出诉求“北苑后门门禁失灵”",
    "起草项目方案",
    /^发布公示，至 .* 结束$/,
    "居民意见：支持",
    "刘德明 在社区议事会路演",
    "提交社区议事会表决",
    "表决结束：通过",
  ]);
  // On the home page the project and its vote are two links named for what each opens.
  await app.navLink("首页").click();
  await expect(community.projectList.getByRole("link", { name: "北苑后门门禁失灵", exact: true })).toHaveCount(1);
  await expect(community.voteList.getByRole("link", { name: "议事会表决：北苑后门门禁失灵", exact: true })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "北苑后门门禁失灵", exact: true })).toHaveCount(1);
});

test("the back gate is rejected with 24 of 37, counted by show of hands", async ({ page }) => {
  const { community, projects } = await throughNotice(page);
  const votes = new VotePages(page);
  await projects.putToCouncil();
  // A count cannot be changed once recorded: it is read back first, and cancelling records nothing.
  await votes.askHands("30", "10", "2");
  await expect(votes.handsQuestion).toContainText("同意 30 票，反对 10 票，弃权 2 票；共 42 人表决，全体成员 37 人。");
  await expect(votes.handsQuestion).toContainText("登记后不能更改");
  const before = await community.storedEvents();
  await votes.cancelHands();
  await expect(votes.handsQuestion).toHaveCount(0);
  expect(await community.storedEvents()).toBe(before);
  // More hands than members: the core refuses, and says so inside the question, in view.
  await votes.askHands("30", "10", "2");
  await votes.confirmHands();
  const refusal = votes.handsQuestion.getByRole("alert");
  await expect(refusal).toContainText("举手共 42 票，但议事会只有 37 名成员。");
  await expect(refusal).toBeInViewport();
  expect(await community.storedEvents()).toBe(before);
  await votes.cancelHands();
  await votes.recordHands("24", "11", "2");
  await expect(votes.handsQuestion).toHaveCount(0);
  await expect(votes.resultLines.first()).toHaveText("同意 24 票，需要 25 票（全体 37 名成员；同意占 64.9%）");
  await expect(community.members).toHaveCount(0);
  await votes.close();
  await expect(votes.verdict).toHaveText("未通过");
  await page.getByRole("link", { name: "北苑后门门禁失灵" }).click();
  await expect(projects.stage).toHaveText("未通过");

  // Not a dead end: the plan goes back to a draft, to be posted and put to the council again.
  await expect(projects.postNoticeButton).toHaveCount(0);
  await projects.resubmit();
  await expect(projects.stage).toHaveText("草案");
  await expect(projects.resubmitButton).toHaveCount(0);
  await expect(projects.postNoticeButton).toBeVisible();
  await expect(projects.timeline.last()).toHaveText("修改预算");
  await projects.postNotice(7);
  await expect(projects.stage).toHaveText("公示中");
  await expect(projects.responseName).toBeVisible();
});

test("the demo's notice takes responses as soon as it loads, and its badge agrees with its countdown", async ({ page, app }) => {
  await page.clock.install();
  const community = new CommunityPage(page);
  await community.loadDemo();
  const projects = new ProjectPages(page);
  const project = community.project("北苑小区后门改造");
  await expect(project.locator(".badge")).toHaveText("公示中");
  await project.getByRole("link").click();
  await expect(projects.stage).toHaveText("公示中");
  // At once, not after the clock's next tick.
  await expect(projects.responseName).toBeVisible({ timeout: 2_000 });
  await page.clock.fastForward(7 * DAY + 60_000);
  await expect(projects.countdown).toHaveText("公示已结束。");
  await expect(projects.stage).toHaveText("公示期满，待议事会表决");
  await expect(projects.responseName).toHaveCount(0);
  await expect(projects.responsesClosed).toHaveText(/^只能在公示期间（.* 至 .*）提出意见。$/);
  await app.navLink("项目").click();
  await expect(community.project("北苑小区后门改造").locator(".badge")).toHaveText("公示期满，待议事会表决");
});

test("a visitor who loads the demo can take a plan to the council's vote at once: one notice has already ended", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const projects = new ProjectPages(page);
  const project = community.project("红运花园沿河步道护栏修缮");
  await expect(project.locator(".badge")).toHaveText("公示期满，待议事会表决");
  await project.getByRole("link").click();
  await expect(projects.countdown).toHaveText("公示已结束。");
  await projects.putToCouncil();
  await community.cast(COUNCIL[0], "同意");
  await community.expectRecorded(COUNCIL[0], "同意");
});
