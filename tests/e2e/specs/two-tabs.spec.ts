import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { VotePages } from "../support/vote-pages";

test("two tabs recording ballots lose nothing and show each other's within a second", async ({ page, context }) => {
  const first = new CommunityPage(page);
  await first.loadDemo();
  await first.openCouncilVote();
  const second = new CommunityPage(await context.newPage());
  await second.page.goto(page.url());
  await second.app.waitForApp();

  await first.cast("王建华", "同意");
  await first.expectRecorded("王建华", "同意");
  await second.expectRecorded("王建华", "同意", 1_000);

  await second.cast("李秀英", "反对");
  await second.expectRecorded("李秀英", "反对");
  await first.expectRecorded("李秀英", "反对", 1_000);

  // Both at the same moment, as two secretaries at two screens of one device would.
  await Promise.all([first.cast("张伟", "同意"), second.cast("刘芳", "弃权")]);
  for (const tab of [first, second]) {
    await tab.expectRecorded("张伟", "同意", 1_000);
    await tab.expectRecorded("刘芳", "弃权", 1_000);
  }
  await expect(new VotePages(first.page).resultLines.first()).toHaveText("同意 2 票，需要 25 票（全体 37 名成员；同意占 5.4%）");

  await first.page.reload();
  await first.app.waitForApp();
  for (const [name, choice] of [["王建华", "同意"], ["李秀英", "反对"], ["张伟", "同意"], ["刘芳", "弃权"]] as const) {
    await first.expectRecorded(name, choice);
  }
  await expect(first.page.getByRole("alert").filter({ hasText: "未通过核验" })).toHaveCount(0);
  await second.page.close();
});
