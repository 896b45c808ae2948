import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";

test("a ballot shown as recorded is there after an immediate reload", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  await community.openCouncilVote();
  const voteUrl = page.url();
  await community.cast("王建华", "同意");
  await community.expectRecorded("王建华", "同意");
  await page.reload();
  await community.app.waitForApp();
  expect(page.url()).toBe(voteUrl);
  await community.expectRecorded("王建华", "同意");
  await community.expectNotVoted("李秀英");
});

test("a multi-event write cut off by a reload is stored whole or not at all", async ({ page }) => {
  const community = new CommunityPage(page);
  // Reloading at different moments of the demo's one write: before, during and after its commit.
  const seen = new Set<number>();
  for (const delay of [0, 2, 5, 10, 20, 40, 80]) {
    await community.app.open("/");
    await page.evaluate(() => new Promise<void>((resolve, reject) => {
      const erase = indexedDB.deleteDatabase("gongzhi");
      erase.onsuccess = () => resolve();
      erase.onerror = () => reject(erase.error);
      erase.onblocked = () => resolve();
    }));
    await page.reload();
    await expect(community.loadDemoButton).toBeEnabled();
    await community.loadDemoButton.click();
    await page.waitForTimeout(delay);
    await page.reload();
    await community.app.waitForApp();
    const stored = await community.storedEvents();
    seen.add(stored);
    if (stored === 0) {
      await expect(community.app.heading).toHaveText("欢迎使用共治");
    } else {
      await expect(community.app.heading).toHaveText("晋阳社区");
      await expect(community.stats.nth(1)).toHaveText("60");
    }
  }
  // Whatever survived is one of exactly two states: nothing, or the whole demo.
  await community.app.open("/");
  if ((await community.storedEvents()) === 0) {
    await community.loadDemo();
  }
  const whole = await community.storedEvents();
  expect(whole).toBeGreaterThan(100);
  for (const n of seen) expect([0, whole]).toContain(n);
});
