import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { PaperBallotsPage } from "../support/paper-ballots-page";
import { VotePages } from "../support/vote-pages";

test("paper ballots keyed by two clerks count only where they agree, and each mismatch is settled from the paper", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  await votes.openOwnersVote("北苑 1 栋屋面防水维修（使用维修资金）", "5. 使用建筑物及其附属设施的维修资金", "北苑小区");
  const paper = new PaperBallotsPage(page);
  await paper.open();
  await expect(paper.heading).toHaveText("纸质表决票：双人录入");
  await expect(paper.counts).toHaveCount(0);

  await paper.key("1-1-201", "同意");
  await expect(paper.flatError).toHaveText("请先填写录入人姓名。");

  // 王秀英 keys the pile; 张建国's two sheets (1-1-101 and 1-1-102) are one owner.
  await paper.clerk("王秀英", "第一轮");
  for (const [flat, choice] of [["1-1-101", "同意"], ["1-1-102", "同意"], ["1-1-201", "反对"], ["1-2-101", "同意"]] as const) {
    await paper.key(flat, choice);
    await expect(paper.keyed).toHaveText(`已录入： ${flat} ${choice}`);
  }
  // Nobody checks their own keying.
  await paper.clerk("王秀英", "第二轮（须由另一人录入）");
  await paper.key("1-1-101", "同意");
  await expect(paper.failure.first()).toContainText("王秀英已经录入了另一轮，第二轮录入须由另一个人完成。");

  await paper.clerk("李明", "第二轮（须由另一人录入）");
  for (const [flat, choice] of [["1-1-101", "同意"], ["1-1-102", "同意"], ["1-1-201", "同意"], ["1-2-102", "弃权"]] as const) {
    await paper.key(flat, choice);
    await expect(paper.keyed).toHaveText(`已录入： ${flat} ${choice}`);
  }
  await expect(paper.counts).toHaveText("不一致 1 张 · 待另一轮 2 张 · 一致待确认 2 张 · 已计票 0 张");
  const sheets = paper.sheets;
  await expect(sheets.first()).toHaveAttribute("data-flat", "1-1-201");
  await expect(sheets.first()).toContainText("两轮不一致");

  // Everything typed is saved as it is typed.
  await page.reload();
  await expect(paper.counts).toHaveText("不一致 1 张 · 待另一轮 2 张 · 一致待确认 2 张 · 已计票 0 张");

  await paper.confirm();
  await expect(paper.outcome).toContainText("已计入 1 张表决票。未计入 1 张：1-1-102");
  await expect(paper.counts).toHaveText("不一致 1 张 · 待另一轮 2 张 · 一致待确认 0 张 · 已计票 2 张");
  await expect(paper.confirmButton).toBeDisabled();

  // The secretary takes the 1-1-201 sheet out of the pile: it says no.
  await paper.settle("1-1-201", "反对");
  await expect(paper.sheet("1-1-201")).toContainText("已计票：反对");
  await expect(paper.counts).toHaveText("不一致 0 张 · 待另一轮 2 张 · 一致待确认 0 张 · 已计票 3 张");

  // The vote's meters count two owners: 张建国 once, and 1-1-201's owner.
  await page.getByRole("link", { name: "北苑 1 栋屋面防水维修（使用维修资金）" }).click();
  await expect(votes.meter("参与人数")).toContainText("2 / ");
  await expect(votes.meter("同意人数")).toContainText("1 / 2");
});
