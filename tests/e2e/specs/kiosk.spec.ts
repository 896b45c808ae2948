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

  // The admin sets the PIN once; only its salted hash is stored.
  await page.locator("#new-pin").fill("12");
  await page.locator("#save-pin").click();
  await expect(page.getByRole("alert").filter({ hasText: "密码应为 4 到 12 位数字。" })).toBeVisible();
  await page.locator("#new-pin").fill("2580");
  await page.locator("#save-pin").click();
  await expect(page.locator("#kiosk-question")).toHaveText("北苑小区更换物业服务企业");
  await expect(page.locator("header.site-header")).toBeHidden();
  const stored = await page.evaluate(() => localStorage.getItem("gongzhi.settings.v1") ?? "");
  expect(stored).toContain("kiosk_pin");
  expect(stored).not.toContain("2580");
  const kioskUrl = page.url();
  const historyLength = await page.evaluate(() => history.length);

  await votes.kioskVote(["1", "1", "101"], "同意");
  await page.locator("#kiosk-next-voter").click();
  await expect(page.locator("#kiosk-building")).toHaveValue("");
  await expect(page.locator("main")).not.toContainText("101");
  await expect(page.locator("main")).not.toContainText("同意");

  await votes.kioskVote(["1", "1", "201"], "反对");
  // No touch: the thanks screen goes by itself.
  await expect(page.locator("#kiosk-building")).toBeVisible({ timeout: 8_000 });
  await expect(page.locator("main")).not.toContainText("201");

  // The second voter tries again: refused before the question is shown.
  await votes.kioskFlat("1", "1", "201");
  await expect(page.locator(".kiosk-problem")).toHaveText("这户已经投过票，每户只能投一次。");
  await expect(page.getByRole("button", { name: "同意", exact: true })).toHaveCount(0);
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
  await page.locator("#kiosk-leave").click();
  await expect(page.getByRole("alert").filter({ hasText: "密码不正确。" })).toBeVisible();
  await expect(page.locator("#kiosk-question")).toBeVisible();
  await page.locator("#kiosk-pin").fill("2580");
  await page.locator("#kiosk-leave").click();
  await expect(page.locator("main h1")).toHaveText("北苑小区更换物业服务企业");
  await expect(page.locator("header.site-header")).toBeVisible();
  await expect(votes.meter("参与人数")).toContainText("3 / ");
});
