import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { KioskPage } from "../support/kiosk-page";
import { RegistryPage } from "../support/registry-page";
import { SettingsPage } from "../support/settings-page";
import { VotePages } from "../support/vote-pages";

test("a kiosk session of three households, one trying twice, leaves nothing behind and needs the PIN to leave", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  const kiosk = new KioskPage(page);
  // The third voter brings the household code printed on their slip instead of saying their flat.
  const registry = new RegistryPage(page);
  await registry.open();
  await registry.search("2-1-101");
  const code = await registry.codeOf(registry.rows.first());
  await page.goto("/");
  await votes.openOwnersVote("北苑小区更换物业服务企业", "4. 选聘和解聘物业服务企业或者其他管理人", "北苑小区");
  await kiosk.enter();

  // The admin sets the PIN once, typed twice; only its salted hash is stored.
  await kiosk.choosePin("12");
  await expect(kiosk.alert("密码应为 4 到 12 位数字。")).toBeVisible();
  await kiosk.choosePin("2580", "2850");
  await expect(kiosk.alert("两次输入的密码不一致，请重新输入。")).toBeVisible();
  await expect(kiosk.question).toHaveCount(0);
  await kiosk.choosePin("2580");
  await expect(kiosk.question).toHaveText("北苑小区更换物业服务企业");
  await expect(app.siteHeader).toBeHidden();
  const stored = await page.evaluate(() => localStorage.getItem("gongzhi.settings.v1") ?? "");
  expect(stored).toContain("kiosk_pin");
  expect(stored).not.toContain("2580");
  const kioskUrl = page.url();
  const historyLength = await page.evaluate(() => history.length);

  await kiosk.enterFlat("1", "1", "101");
  await kiosk.choose("同意");
  // The confirm step says who is voting on what, in large type.
  await expect(kiosk.confirmFlat).toHaveText("1-1-101");
  await expect(kiosk.confirmMatter).toHaveText("北苑小区更换物业服务企业");
  expect(parseFloat(await kiosk.confirmFlat.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(32);
  await kiosk.confirm();
  await expect(kiosk.done).toHaveText("您的投票已记录，谢谢！");
  await kiosk.nextVoter.click();
  await expect(kiosk.building).toHaveValue("");
  await expect(app.main).not.toContainText("101");
  await expect(app.main).not.toContainText("同意");

  await kiosk.vote(["1", "1", "201"], "反对");
  // No touch: the thanks screen goes by itself.
  await expect(kiosk.building).toBeVisible({ timeout: 8_000 });
  await expect(app.main).not.toContainText("201");

  // The second voter tries again: refused before the question is shown, and the screen is empty
  // again within seconds, with no touch.
  await kiosk.enterFlat("1", "1", "201");
  await expect(kiosk.problem).toHaveText("这户已经投过票，每户只能投一次。");
  await expect(kiosk.choiceButton("同意")).toHaveCount(0);
  await expect(kiosk.building).toHaveValue("");
  await expect(kiosk.problem).toHaveText("", { timeout: 8_000 });
  await expect(app.main).not.toContainText("201");
  // 1-1-101's owner also owns 1-1-102: that flat is refused because its owner voted, naming
  // neither the other flat nor when on a public screen.
  await kiosk.enterFlat("1", "1", "102");
  await expect(kiosk.problem).toHaveText("这户的业主已经通过名下另一户投过票：一位业主只有一票。");
  await expect(app.main).not.toContainText("101");
  await expect(kiosk.problem).toHaveText("", { timeout: 8_000 });
  // An unknown flat is named as such.
  await kiosk.enterFlat("9", "9", "909");
  await expect(kiosk.problem).toHaveText("没有找到这个房号或住户码，请核对后重新输入。");
  await kiosk.clearFlat();
  await kiosk.enterCode("ZZZZ-ZZZ0");
  await expect(kiosk.problem).toHaveText("没有找到这个房号或住户码，请核对后重新输入。");

  await kiosk.enterCode(code.toLowerCase());
  await kiosk.choose("弃权");
  await kiosk.confirm();
  await expect(kiosk.done).toHaveText("您的投票已记录，谢谢！");
  await kiosk.nextVoter.click();
  await expect(kiosk.code).toHaveValue("");
  await expect(app.main).not.toContainText(code);
  expect(page.url()).toBe(kioskUrl);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // Leaving needs the PIN.
  await kiosk.leave("0000");
  await expect(kiosk.alert("密码不正确。")).toBeVisible();
  await expect(kiosk.question).toBeVisible();
  await kiosk.typePin("2580");
  await expect(app.heading).toHaveText("北苑小区更换物业服务企业");
  await expect(app.siteHeader).toBeVisible();
  await expect(votes.meter("参与人数")).toContainText("3 / ");
});

const MATTER_4 = "4. 选聘和解聘物业服务企业或者其他管理人";

test("kiosk mode holds: Back, a reload and a typed address all ask for the PIN before anything else", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  const kiosk = new KioskPage(page);
  await votes.openOwnersVote("北苑小区更换物业服务企业", MATTER_4, "北苑小区");
  await kiosk.start("2580");
  const kioskUrl = page.url();

  // Back lands on the lock screen, not on the vote page with its clerk's ballot entry.
  await page.goBack();
  await expect(kiosk.lockTitle).toHaveText("这台设备正用于自助投票");
  await expect(votes.ballotFlat).toHaveCount(0);
  await expect(app.siteHeader).toBeHidden();
  await kiosk.lockBack.click();
  await expect(kiosk.question).toHaveText("北苑小区更换物业服务企业");
  expect(page.url()).toBe(kioskUrl);

  // A reload keeps the kiosk.
  await page.reload();
  await expect(kiosk.question).toHaveText("北苑小区更换物业服务企业");
  await expect(app.siteHeader).toBeHidden();

  // A typed or deep-linked address shows nothing of its page.
  for (const path of ["/registry", "/settings", "/", "/votes"]) {
    await page.goto(path);
    await expect(kiosk.lockTitle, path).toBeVisible();
    await expect(app.heading).toHaveCount(1);
    await expect(page.locator("table.registry, #large-text, #load-demo, ul.vote-list")).toHaveCount(0);
  }
  // The PIN opens the page asked for and ends kiosk mode.
  await kiosk.unlock("2580");
  await expect(app.heading).toHaveText("表决");
  await expect(app.siteHeader).toBeVisible();
  await page.reload();
  await expect(app.heading).toHaveText("表决");
});

test("wrong PINs slow down: after three, each try waits longer, shown as a countdown", async ({ page, app }) => {
  await page.clock.install();
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  const kiosk = new KioskPage(page);
  await votes.openOwnersVote("北苑小区更换物业服务企业", MATTER_4, "北苑小区");
  await kiosk.start("2580");
  await kiosk.askToLeave();
  for (const wrong of ["0000", "1111"]) {
    await kiosk.typePin(wrong);
    await expect(kiosk.pinAlert).toHaveText("密码不正确。");
    await expect(kiosk.submit).toBeEnabled();
  }
  await kiosk.typePin("2222");
  await expect(kiosk.pinAlert).toHaveText("连续输错多次，请等 30 秒后再试。");
  await expect(kiosk.submit).toBeDisabled();
  await page.clock.fastForward(10_000);
  await expect(kiosk.pinAlert).toHaveText("连续输错多次，请等 20 秒后再试。");
  // A reload does not start the count again.
  await page.reload();
  await kiosk.askToLeave();
  await expect(kiosk.pinAlert).toHaveText(/^连续输错多次，请等 \d+ 秒后再试。$/);
  await expect(kiosk.submit).toBeDisabled();
  await page.clock.fastForward(31_000);
  await expect(kiosk.submit).toBeEnabled();
  await kiosk.typePin("3333");
  await expect(kiosk.pinAlert).toHaveText("连续输错多次，请等 1 分 00 秒后再试。");
  await page.clock.fastForward(61_000);
  await kiosk.typePin("2580");
  await expect(app.heading).toHaveText("北苑小区更换物业服务企业");
  await expect(votes.ballotFlat).toBeVisible();
});

test("the PIN is changed in settings with the old one, typed twice, in either language", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const settings = new SettingsPage(page);
  await app.navLink("设置").click();
  await expect(settings.pinSettings).toContainText("还没有设置密码");
  await page.goto("/");
  const votes = new VotePages(page);
  const kiosk = new KioskPage(page);
  await votes.openOwnersVote("北苑小区更换物业服务企业", MATTER_4, "北苑小区");
  await kiosk.start("2580");
  await kiosk.leave("2580");
  await expect(app.heading).toHaveText("北苑小区更换物业服务企业");

  await app.navLink("设置").click();
  await settings.changePin("1111", "4321");
  await expect(settings.pinAlert).toHaveText("密码不正确。");
  await settings.changePin("2580", "4321", "4312");
  await expect(settings.pinAlert).toHaveText("两次输入的密码不一致，请重新输入。");
  await app.languageToggle.click();
  await settings.changePin("2580", "4321");
  await expect(settings.pinChanged).toHaveText("The PIN is changed.");

  // The new PIN is the one that leaves kiosk mode now.
  await page.goBack();
  await kiosk.enter();
  await expect(kiosk.question).toBeVisible();
  await kiosk.leave("2580");
  await expect(kiosk.pinAlert).toHaveText("That PIN is not right.");
  await kiosk.typePin("4321");
  await expect(app.heading).toHaveText("北苑小区更换物业服务企业");
});

test("a voter who walks away mid-vote leaves an empty screen within seconds, and a flat typed in full width is found", async ({ page, app }) => {
  await page.clock.install();
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  const kiosk = new KioskPage(page);
  await votes.openOwnersVote("北苑小区更换物业服务企业", MATTER_4, "北苑小区");
  await kiosk.start("2580");
  // A Chinese input method types full-width digits.
  await kiosk.enterFlat("１", "１", "１０１");
  await kiosk.choose("反对");
  await expect(kiosk.confirmFlat).toHaveText("1-1-101");
  await page.screenshot({ path: "test-results/kiosk-confirm.png" });
  await page.clock.fastForward(21_000);
  await expect(kiosk.building).toHaveValue("");
  await expect(app.main).not.toContainText("1-1-101");
  await expect(app.main).not.toContainText("反对");
  // Typed but never sent: gone as well.
  await kiosk.building.fill("1");
  await kiosk.building.press("Tab");
  await page.clock.fastForward(21_000);
  await expect(kiosk.building).toHaveValue("");
});
