import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { VotePages } from "../support/vote-pages";
import { printBothLanguages } from "../support/print";

// Beiyuan building 2: twelve flats, twelve owners, 1,226.08 m². Largest first.
const FLATS = [
  "2-2-302", "2-1-302", "2-1-202", "2-2-202", "2-1-201", "2-2-201",
  "2-2-102", "2-1-102", "2-2-101", "2-1-101", "2-2-301", "2-1-301",
];
const MATTER_6 = "6. 筹集建筑物及其附属设施的维修资金";

async function raiseTheFund(page: import("@playwright/test").Page, yes: number) {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  await votes.openOwnersVote(`北苑 2 栋续筹维修资金（${yes} 户同意）`, MATTER_6, "北苑小区 2 栋");
  await expect(votes.rule).toHaveText(/四分之三以上/);
  for (const [n, flat] of FLATS.entries()) await votes.clerkBallot(flat, n < yes ? "同意" : "反对");
  await expect(votes.meter("参与人数")).toContainText("12 / 12 人（100.0%），需 8 人");
  await expect(votes.meter("参与面积")).toContainText("1,226.08 / 1,226.08 平方米");
  return votes;
}

test("raising the maintenance fund passes with exactly 3/4 of the owners (9 of 12)", async ({ page }) => {
  const votes = await raiseTheFund(page, 9);
  await expect(votes.meter("同意人数")).toContainText("9 / 12 人（75.0%），需 9 人");
  await expect(votes.meterState("同意人数")).toHaveText("已达到");
  await expect(votes.meterState("同意面积")).toHaveText("已达到");
  await votes.close();
  await expect(votes.verdict).toHaveText("通过");
});

test("raising the maintenance fund fails just below 3/4 of the owners (8 of 12)", async ({ page }) => {
  const votes = await raiseTheFund(page, 8);
  await expect(votes.meter("同意人数")).toContainText("8 / 12 人（66.7%），需 9 人");
  await expect(votes.meterState("同意人数")).toHaveText("未达到");
  await votes.close();
  await expect(votes.verdict).toHaveText("未通过");
});

test("a clerk looking up a household that has not voted yet is told so", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  await votes.openOwnersVote("北苑 2 栋续筹维修资金", MATTER_6, "北苑小区 2 栋");
  await votes.clerkBallot(FLATS[0], "同意");
  await votes.findBallot(FLATS[1]);
  await expect(votes.correctionNone).toHaveText(`${FLATS[1]} 在本次表决中还没有已计入的选票。`);
  await expect(votes.correctionFlatError).toBeEmpty();
  await expect(votes.correctionCard.locator(".confirm-correction")).toHaveCount(0);
});

test("a household ballot keyed wrong is corrected before closing, and both stay on record", async ({ page, app }) => {
  const votes = await raiseTheFund(page, 8);
  await expect(votes.meter("同意人数")).toContainText("8 / 12 人");
  await votes.correctHousehold(FLATS[8], "同意", "业主书面意见为同意，录入时点错");
  await expect(votes.correctionBallot).toContainText(`${FLATS[8]} · 已记录： 同意（原为 反对，已更正）`);
  await expect(votes.householdCorrections).toContainText("反对 → 同意，原因：业主书面意见为同意，录入时点错");
  await expect(votes.meter("同意人数")).toContainText("9 / 12 人（75.0%），需 9 人");
  // A flat outside the vote's place is named as such, and nothing is offered to correct.
  await votes.findBallot("1-1-101");
  await expect(votes.correctionFlatError).toHaveText(/^1-1-101 在.+，不在北苑小区 2 栋的范围内。$/);
  await expect(votes.correctionBallot).toHaveCount(0);
  await votes.close();
  await expect(votes.verdict).toHaveText("通过");
  await expect(votes.correctionCard).toHaveCount(0);

  // The posted result: scope, every choice by owners and by area, one A4 sheet in each language.
  await expect(votes.scope).toHaveText("表决范围： 北苑小区 2 栋");
  await expect(votes.choiceCells(0)).toHaveText(["同意", "9", /㎡$/]);
  await expect(votes.choiceCells(1)).toHaveText(["反对", "3", /㎡$/]);
  await expect(votes.choiceCells(2)).toHaveText(["弃权", "0", "0.00 ㎡"]);
  await expect(votes.choiceCells(3)).toHaveText(["未投票", "0", "0.00 ㎡"]);
  await printBothLanguages(page, app, "owners-result", { zh: "表决结果公示", en: "Notice of a vote's result" });
  await expect(votes.choiceCountTable.locator("caption")).toHaveText("Votes by choice");
  const qr = await votes.qr();
  expect(qr).toContain("owners: matter 6;");
  expect(qr).toMatch(/\n\n.*\nResult: Passed \(closed .*\)\nYes: 9 owners, /);
});

test("a clerk cannot record a second ballot for one owner", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  await votes.openOwnersVote("北苑加装电动车充电桩", "8. 改变共有部分的用途或者利用共有部分从事经营活动", "北苑小区");
  await votes.clerkBallot("1-1-101", "同意");
  // 张建国 owns 1-1-101 and 1-1-102: one owner, one vote.
  await votes.keyBallot("1-1-102", "反对");
  // Which flat voted, and when, so the clerk can find that ballot.
  await expect(votes.ballotFailure).toContainText(/1-1-102 户的业主已于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 通过 1-1-101 户投过票。/);
  await expect(votes.meter("参与人数")).toContainText("1 / ");
});

test("with no ballot cast no meter says met, and every figure is in the reader's language", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  await votes.openOwnersVote("北苑 2 栋续筹维修资金（尚无投票）", MATTER_6, "北苑小区 2 栋");
  await expect(votes.meterFigures("同意人数")).toHaveText("0 / 0 人（暂无）");
  await expect(votes.meterFigures("同意面积")).toHaveText("0.00 / 0.00 平方米（暂无）");
  await expect(votes.meterFigures("参与人数")).toHaveText("0 / 12 人（0.0%），需 8 人");
  for (const label of ["参与人数", "参与面积", "同意人数", "同意面积"]) {
    await expect(votes.meterState(label)).toHaveText("未达到");
    await expect(votes.meter(label)).not.toHaveClass(/\bmet\b/);
  }
  await expect(app.main).not.toContainText("n/a");

  await app.languageToggle.click();
  await expect(votes.meterFigures("Owners approving")).toHaveText("0 of 0 (none yet)");
  await expect(votes.meterFigures("Area approving")).toHaveText("0.00 of 0.00 m² (none yet)");
  await expect(votes.meterFigures("Owners taking part")).toHaveText("0 of 12 (0.0%); 8 needed");
  for (const label of ["Owners taking part", "Area taking part", "Owners approving", "Area approving"]) {
    await expect(votes.meterState(label)).toHaveText("not met");
  }
  await expect(app.main).not.toContainText("n/a");
});
