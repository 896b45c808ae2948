import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { VotePages } from "../support/vote-pages";

test("a first-time secretary finds how a project gets done, each step with where to do it, and what a check code is", async ({ page, app }) => {
  await app.open("/");
  await page.locator("#help-link").click();
  await expect(app.heading).toHaveText("使用说明");
  const steps = page.locator("#help-steps li");
  await expect(steps).toHaveCount(7);
  await expect(steps.nth(3)).toContainText("37 人中至少 25 人");
  await page.screenshot({ path: "screenshots/phone-zh-CN-help.png", fullPage: true });
  await steps.first().getByRole("link", { name: "去办理" }).click();
  await expect(app.heading).toHaveText("居民诉求");

  // On a posted result, the check code says what it is, one tap away.
  const community = new CommunityPage(page);
  await community.loadDemo();
  await community.openCouncilVote();
  const votes = new VotePages(page);
  await expect(votes.digest).toHaveText(/^[0-9a-f]{64}$/);
  await page.locator(".check-code").getByRole("link", { name: "这是什么？" }).click();
  await expect(app.heading).toHaveText("使用说明");
  const term = page.locator("#digest");
  await expect(term).toHaveText("核对码");
  await expect(term).toBeInViewport();
  await expect(page.locator("#digest + dd")).toContainText("核对码相同，说明贴出来的结果与记录一致");
});
