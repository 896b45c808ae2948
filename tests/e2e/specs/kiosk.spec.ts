import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { VotePages } from "../support/vote-pages";

test("a kiosk session of three households, one trying twice, leaves nothing behind and needs the PIN to leave", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  // The third voter brings the household code printed on their slip instead of saying their flat.
  await page.goto("/registry");
  await page.locator("#registry-search").fill("2-1-101");
  const code = (await page.locator("table.registry tbody tr").first().locator(".household-code").textContent())!;
  await page.goto("/");
  await votes.openOwnersVote("北苑小区更换物业服务企业", "4. 选聘和解聘物业服务企业或者其他管理人", "北苑小区");
  await page.locator("#enter-kiosk").click();

  // The admin sets the PIN once, typed twice; only its salted hash is stored.
  await page.locator("#new-pin").fill("12");
  await page.locator("#confirm-pin").fill("12");
  await page.locator("#save-pin").click();
  await expect(page.getByRole("alert").filter({ hasText: "密码应为 4 到 12 位数字。" })).toBeVisible();
  await page.locator("#new-pin").fill("2580");
  await page.locator("#confirm-pin").fill("2850");
  await page.locator("#save-pin").click();
  await expect(page.getByRole("alert").filter({ hasText: "两次输入的密码不一致，请重新输入。" })).toBeVisible();
  await expect(page.locator("#kiosk-question")).toHaveCount(0);
  await page.locator("#new-pin").fill("2580");
  await page.locator("#confirm-pin").fill("2580");
  await page.locator("#save-pin").click();
  await expect(page.locator("#kiosk-question")).toHaveText("北苑小区更换物业服务企业");
  await expect(page.locator("header.site-header")).toBeHidden();
  const stored = await page.evaluate(() => localStorage.getItem("gongzhi.settings.v1") ?? "");
  expect(stored).toContain("kiosk_pin");
  expect(stored).not.toContain("2580");
  const kioskUrl = page.url();
  const historyLength = await page.evaluate(() => history.length);

  await votes.kioskFlat("1", "1", "101");
  await page.getByRole("button", { name: "同意", exact: true }).click();
  // The confirm step says who is voting on what, in large type.
  await expect(page.locator("#kiosk-confirm-flat")).toHaveText("1-1-101");
  await expect(page.locator("#kiosk-confirm-matter")).toHaveText("北苑小区更换物业服务企业");
  expect(parseFloat(await page.locator("#kiosk-confirm-flat").evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(32);
  await page.locator("#kiosk-confirm").click();
  await expect(page.locator("#kiosk-done")).toHaveText("您的投票已记录，谢谢！");
  await page.locator("#kiosk-next-voter").click();
  await expect(page.locator("#kiosk-building")).toHaveValue("");
  await expect(page.locator("main")).not.toContainText("101");
  await expect(page.locator("main")).not.toContainText("同意");

  await votes.kioskVote(["1", "1", "201"], "反对");
  // No touch: the thanks screen goes by itself.
  await expect(page.locator("#kiosk-building")).toBeVisible({ timeout: 8_000 });
  await expect(page.locator("main")).not.toContainText("201");

  // The second voter tries again: refused before the question is shown, and the screen is empty
  // again within seconds, with no touch.
  await votes.kioskFlat("1", "1", "201");
  await expect(page.locator(".kiosk-problem")).toHaveText("这户已经投过票，每户只能投一次。");
  await expect(page.getByRole("button", { name: "同意", exact: true })).toHaveCount(0);
  await expect(page.locator("#kiosk-building")).toHaveValue("");
  await expect(page.locator(".kiosk-problem")).toHaveText("", { timeout: 8_000 });
  await expect(page.locator("main")).not.toContainText("201");
  // An unknown flat is named as such.
  await votes.kioskFlat("9", "9", "909");
  await expect(page.locator(".kiosk-problem")).toHaveText("没有找到这个房号或住户码，请核对后重新输入。");
  await page.locator("#kiosk-building").fill("");
  await page.locator("#kiosk-unit").fill("");
  await page.locator("#kiosk-room").fill("");
  await page.locator("#kiosk-code").fill("ZZZZ-ZZZ0");
  await page.locator("#kiosk-next").click();
  await expect(page.locator(".kiosk-problem")).toHaveText("没有找到这个房号或住户码，请核对后重新输入。");

  await page.locator("#kiosk-code").fill(code.toLowerCase());
  await page.locator("#kiosk-next").click();
  await page.getByRole("button", { name: "弃权", exact: true }).click();
  await page.locator("#kiosk-confirm").click();
  await expect(page.locator("#kiosk-done")).toHaveText("您的投票已记录，谢谢！");
  await page.locator("#kiosk-next-voter").click();
  await expect(page.locator("#kiosk-code")).toHaveValue("");
  await expect(page.locator("main")).not.toContainText(code);
  expect(page.url()).toBe(kioskUrl);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  // Leaving needs the PIN.
  await page.locator("#kiosk-exit").click();
  await page.locator("#kiosk-pin").fill("0000");
  await page.locator("#kiosk-submit").click();
  await expect(page.getByRole("alert").filter({ hasText: "密码不正确。" })).toBeVisible();
  await expect(page.locator("#kiosk-question")).toBeVisible();
  await page.locator("#kiosk-pin").fill("2580");
  await page.locator("#kiosk-submit").click();
  await expect(page.locator("main h1")).toHaveText("北苑小区更换物业服务企业");
  await expect(page.locator("header.site-header")).toBeVisible();
  await expect(votes.meter("参与人数")).toContainText("3 / ");
});

const MATTER_4 = "4. 选聘和解聘物业服务企业或者其他管理人";

test("kiosk mode holds: Back, a reload and a typed address all ask for the PIN before anything else", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  await votes.openOwnersVote("北苑小区更换物业服务企业", MATTER_4, "北苑小区");
  await votes.startKiosk("2580");
  const kioskUrl = page.url();
  const lock = page.locator("#kiosk-lock-title");

  // Back lands on the lock screen, not on the vote page with its clerk's ballot entry.
  await page.goBack();
  await expect(lock).toHaveText("这台设备正用于自助投票");
  await expect(page.locator("#ballot-flat")).toHaveCount(0);
  await expect(page.locator("header.site-header")).toBeHidden();
  await page.locator("#kiosk-lock-back").click();
  await expect(page.locator("#kiosk-question")).toHaveText("北苑小区更换物业服务企业");
  expect(page.url()).toBe(kioskUrl);

  // A reload keeps the kiosk.
  await page.reload();
  await expect(page.locator("#kiosk-question")).toHaveText("北苑小区更换物业服务企业");
  await expect(page.locator("header.site-header")).toBeHidden();

  // A typed or deep-linked address shows nothing of its page.
  for (const path of ["/registry", "/settings", "/", "/votes"]) {
    await page.goto(path);
    await expect(lock, path).toBeVisible();
    await expect(page.locator("main h1")).toHaveCount(1);
    await expect(page.locator("table.registry, #large-text, #load-demo, ul.vote-list")).toHaveCount(0);
  }
  // The PIN opens the page asked for and ends kiosk mode.
  await page.locator("#unlock-pin").fill("2580");
  await page.locator("#unlock-submit").click();
  await expect(page.locator("main h1")).toHaveText("表决");
  await expect(page.locator("header.site-header")).toBeVisible();
  await page.reload();
  await expect(page.locator("main h1")).toHaveText("表决");
});

test("wrong PINs slow down: after three, each try waits longer, shown as a countdown", async ({ page }) => {
  await page.clock.install();
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  await votes.openOwnersVote("北苑小区更换物业服务企业", MATTER_4, "北苑小区");
  await votes.startKiosk("2580");
  await page.locator("#kiosk-exit").click();
  const pin = page.locator("#kiosk-pin");
  const submit = page.locator("#kiosk-submit");
  const alert = page.locator(".pin-check [role=alert]");
  for (const wrong of ["0000", "1111"]) {
    await pin.fill(wrong);
    await submit.click();
    await expect(alert).toHaveText("密码不正确。");
    await expect(submit).toBeEnabled();
  }
  await pin.fill("2222");
  await submit.click();
  await expect(alert).toHaveText("连续输错多次，请等 30 秒后再试。");
  await expect(submit).toBeDisabled();
  await page.clock.fastForward(10_000);
  await expect(alert).toHaveText("连续输错多次，请等 20 秒后再试。");
  // A reload does not start the count again.
  await page.reload();
  await page.locator("#kiosk-exit").click();
  await expect(alert).toHaveText(/^连续输错多次，请等 \d+ 秒后再试。$/);
  await expect(submit).toBeDisabled();
  await page.clock.fastForward(31_000);
  await expect(submit).toBeEnabled();
  await pin.fill("3333");
  await submit.click();
  await expect(alert).toHaveText("连续输错多次，请等 1 分 00 秒后再试。");
  await page.clock.fastForward(61_000);
  await pin.fill("2580");
  await submit.click();
  await expect(page.locator("main h1")).toHaveText("北苑小区更换物业服务企业");
  await expect(page.locator("#ballot-flat")).toBeVisible();
});

test("the PIN is changed in settings with the old one, typed twice, in either language", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  await app.navLink("设置").click();
  await expect(page.locator("#pin-settings")).toContainText("还没有设置密码");
  await page.goto("/");
  const votes = new VotePages(page);
  await votes.openOwnersVote("北苑小区更换物业服务企业", MATTER_4, "北苑小区");
  await votes.startKiosk("2580");
  await page.locator("#kiosk-exit").click();
  await page.locator("#kiosk-pin").fill("2580");
  await page.locator("#kiosk-submit").click();
  await expect(page.locator("main h1")).toHaveText("北苑小区更换物业服务企业");

  await app.navLink("设置").click();
  const form = page.locator("#pin-settings");
  await form.locator("#old-pin").fill("1111");
  await form.locator("#new-pin").fill("4321");
  await form.locator("#confirm-pin").fill("4321");
  await form.locator("#save-pin").click();
  await expect(form.getByRole("alert")).toHaveText("密码不正确。");
  await form.locator("#old-pin").fill("2580");
  await form.locator("#new-pin").fill("4321");
  await form.locator("#confirm-pin").fill("4312");
  await form.locator("#save-pin").click();
  await expect(form.getByRole("alert")).toHaveText("两次输入的密码不一致，请重新输入。");
  await app.languageToggle.click();
  await form.locator("#old-pin").fill("2580");
  await form.locator("#new-pin").fill("4321");
  await form.locator("#confirm-pin").fill("4321");
  await form.locator("#save-pin").click();
  await expect(form.locator("#pin-changed")).toHaveText("The PIN is changed.");

  // The new PIN is the one that leaves kiosk mode now.
  await page.goBack();
  await page.locator("#enter-kiosk").click();
  await expect(page.locator("#kiosk-question")).toBeVisible();
  await page.locator("#kiosk-exit").click();
  await page.locator("#kiosk-pin").fill("2580");
  await page.locator("#kiosk-submit").click();
  await expect(page.locator(".pin-check [role=alert]")).toHaveText("That PIN is not right.");
  await page.locator("#kiosk-pin").fill("4321");
  await page.locator("#kiosk-submit").click();
  await expect(page.locator("main h1")).toHaveText("北苑小区更换物业服务企业");
});

test("a voter who walks away mid-vote leaves an empty screen within seconds, and a flat typed in full width is found", async ({ page }) => {
  await page.clock.install();
  const community = new CommunityPage(page);
  await community.loadDemo();
  const votes = new VotePages(page);
  await votes.openOwnersVote("北苑小区更换物业服务企业", MATTER_4, "北苑小区");
  await votes.startKiosk("2580");
  // A Chinese input method types full-width digits.
  await votes.kioskFlat("１", "１", "１０１");
  await page.getByRole("button", { name: "反对", exact: true }).click();
  await expect(page.locator("#kiosk-confirm-flat")).toHaveText("1-1-101");
  await page.screenshot({ path: "test-results/kiosk-confirm.png" });
  await page.clock.fastForward(21_000);
  await expect(page.locator("#kiosk-building")).toHaveValue("");
  await expect(page.locator("main")).not.toContainText("1-1-101");
  await expect(page.locator("main")).not.toContainText("反对");
  // Typed but never sent: gone as well.
  await page.locator("#kiosk-building").fill("1");
  await page.locator("#kiosk-building").press("Tab");
  await page.clock.fastForward(21_000);
  await expect(page.locator("#kiosk-building")).toHaveValue("");
});
