import * as path from "path";
import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { ExchangePage } from "../support/exchange-page";
import { otherDevice as device } from "../support/devices";

const FIXTURES = path.join(__dirname, "../../../core/tests/fixtures");

test("day one: a secretary founds a real community and imports its roster, a kiosk joins by the admin's file, another community's file is refused", async ({ page, browser, problems }) => {
  test.setTimeout(150_000);
  // A fresh device, no demo: found 和美社区 with its first compound.
  await page.goto("/");
  await expect(page.locator("#found-title")).toHaveText("建立社区");
  await page.locator("#found-submit").click(); // empty names: the browser keeps the form
  await expect(page).toHaveURL(/\/$/);
  await page.locator("#found-name").fill("和美社区");
  await page.locator("#found-compound").fill("和美花园");
  await page.locator("#found-device").fill("社区办公室电脑");
  await page.locator("#found-submit").click();
  await expect(page).toHaveURL(/\/registry$/);
  await expect(page.locator("main h1")).toHaveText("住户登记");
  await page.locator("#import-into").selectOption({ label: "和美花园" });
  await page.locator("#import-file").setInputFiles(path.join(FIXTURES, "small-roster-utf8-bom.csv"));
  await expect(page.locator("#import-summary")).toContainText("60 户");
  await page.locator("#import-confirm").click();
  await expect(page.locator("#import-outcome")).toHaveText("已导入 60 户。");
  await page.goto("/settings");
  await expect(page.locator("#own-trust")).toHaveText("这台设备是管理设备。");

  // A kiosk joins: it shows its id, the admin adds it, then it takes the community's file.
  const kiosk = await device(browser, problems);
  await kiosk.goto("/");
  await expect(kiosk.locator("#join-title")).toHaveText("加入已有社区");
  // The id appears once the device's key is read from storage: wait for it, then read it.
  await expect(kiosk.locator("#join-device-id")).toHaveText(/^\s*[0-9a-f]{64}\s*$/);
  const kioskId = (await kiosk.locator("#join-device-id").textContent())!.trim();
  expect(kioskId).toMatch(/^[0-9a-f]{64}$/);
  await page.locator("#trust-device").fill(kioskId);
  await page.locator("#trust-label").fill("和美花园自助机");
  await page.locator("#trust-role").selectOption("clerk");
  await page.locator("#trust-add").click();
  await expect(page.locator("#trusted-devices")).toContainText("和美花园自助机");
  const ex = new ExchangePage(page);
  await ex.open();
  const file = (await ex.export()).path;
  await kiosk.locator("#join-import").click();
  await expect(kiosk.locator("main h1")).toHaveText("交换记录");
  const kioskEx = new ExchangePage(kiosk);
  await kioskEx.pick(file);
  await expect(kioskEx.signers).toContainText("由 社区办公室电脑 签名（文件自带的设备名单称其可信；本机尚无社区，无从核对）");
  await kiosk.locator("#merge-confirm").click();
  await expect(kiosk.getByRole("status").filter({ hasText: "已合并" })).toBeVisible();
  await kiosk.goto("/settings");
  await expect(kiosk.locator("#own-trust")).toContainText("录票/自助机");

  // Another community's file (the demo's 晋阳社区, founded on a third device) is refused whole.
  const other = await device(browser, problems);
  await new CommunityPage(other).loadDemo();
  const otherEx = new ExchangePage(other);
  await otherEx.open();
  const foreign = (await otherEx.export()).path;
  await ex.open();
  await ex.pick(foreign);
  await expect(ex.error).toContainText("这份文件属于晋阳社区，而本机保存的是和美社区");
  await expect(ex.error).toContainText("本机记录没有任何改变。");
  await expect(page.locator("#merge-confirm")).toHaveCount(0);
  await page.goto("/registry");
  await expect(page.locator("#registry-summary")).toHaveText(/^60 户/);

  // In English too.
  await page.goto("/exchange");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await ex.pick(foreign);
  await expect(ex.error).toContainText("this file belongs to the community 晋阳社区; this device holds 和美社区");
});
