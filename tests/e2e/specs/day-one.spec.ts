import * as path from "path";
import { test, expect } from "../support/fixtures";
import { AppPage } from "../support/app-page";
import { CommunityPage } from "../support/community-page";
import { ExchangePage } from "../support/exchange-page";
import { otherDevice as device } from "../support/devices";
import { RegistryPage } from "../support/registry-page";
import { SettingsPage } from "../support/settings-page";
import { WelcomePage } from "../support/welcome-page";

const FIXTURES = path.join(__dirname, "../../../core/tests/fixtures");

test("day one: a secretary founds a real community and imports its roster, a kiosk joins by the admin's file, another community's file is refused", async ({ page, browser, problems }) => {
  test.setTimeout(150_000);
  // A fresh device, no demo: found 和美社区 with its first compound.
  const welcome = new WelcomePage(page);
  await welcome.open();
  await expect(welcome.foundTitle).toHaveText("建立社区");
  await welcome.foundSubmit.click(); // empty names: the browser keeps the form
  await expect(page).toHaveURL(/\/$/);
  await welcome.found("和美社区", "和美花园");
  await expect(page).toHaveURL(/\/registry$/);
  const registry = new RegistryPage(page);
  await expect(registry.heading).toHaveText("住户登记");
  // The roster goes into the compound just founded, not a new one with a blank name.
  await expect(registry.importInto.locator("option:checked")).toHaveText("和美花园");
  await expect(registry.importNewName).toHaveCount(0);
  await registry.pick(path.join(FIXTURES, "small-roster-utf8-bom.csv"), "和美花园");
  await expect(registry.summary).toContainText("60 户");
  await registry.confirmImport();
  await expect(registry.outcome).toHaveText("已导入 60 户。");
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(settings.ownTrust).toHaveText("这台设备是管理设备。");

  // A kiosk joins: it shows its id, the admin adds it, then it takes the community's file.
  const kiosk = await device(browser, problems);
  const kioskWelcome = new WelcomePage(kiosk);
  await kioskWelcome.open();
  await expect(kioskWelcome.joinTitle).toHaveText("加入已有社区");
  // The id appears once the device's key is read from storage: wait for it, then read it.
  const kioskId = await kioskWelcome.deviceId();
  expect(kioskId).toMatch(/^[0-9a-f]{64}$/);
  await settings.trust(kioskId, "和美花园自助机", "clerk");
  await expect(settings.trustedDevices).toContainText("和美花园自助机");
  const ex = new ExchangePage(page);
  await ex.open();
  const file = (await ex.export()).path;
  await kioskWelcome.importFile();
  await expect(new AppPage(kiosk).heading).toHaveText("交换记录");
  const kioskEx = new ExchangePage(kiosk);
  await kioskEx.pick(file);
  await expect(kioskEx.signers).toContainText("由 社区办公室电脑 签名（文件自带的设备名单称其可信；本机尚无社区，无从核对）");
  await kioskEx.confirmMerge();
  const kioskSettings = new SettingsPage(kiosk);
  await kioskSettings.open();
  await expect(kioskSettings.ownTrust).toContainText("录票/自助机");

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
  await expect(ex.mergeConfirm).toHaveCount(0);
  await page.goto("/registry");
  await expect(registry.registrySummary).toHaveText(/^60 户/);

  // In English too.
  await page.goto("/exchange");
  await page.getByRole("button", { name: "Switch to English" }).click();
  await ex.pick(foreign);
  await expect(ex.error).toContainText("this file belongs to the community 晋阳社区; this device holds 和美社区");
});
