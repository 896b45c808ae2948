import { test, expect } from "../support/fixtures";
import { SettingsPage } from "../support/settings-page";

test.describe("this device on the settings page", () => {
  test("shows the device id, what is stored and whether storage is protected", async ({ app, page }) => {
    await app.open("/settings");
    const settings = new SettingsPage(page);
    const id = settings.deviceId;
    await expect(id).toHaveText(/^[0-9a-f]{64}$/);
    await expect(settings.storedRecords).toHaveText("0");
    await expect(page.getByText(/MB \/ [\d,.]+ MB/)).toBeVisible();
    await expect(page.getByText(/^(是|否)：/)).toBeVisible();
    // The key is created once and kept: the same id after a reload.
    const first = await id.textContent();
    await page.reload();
    await app.waitForApp();
    await expect(id).toHaveText(first!);
  });

  test("exports the whole record as a snapshot file", async ({ app, page }) => {
    await app.open("/settings");
    const settings = new SettingsPage(page);
    await expect(settings.deviceId).toHaveText(/^[0-9a-f]{64}$/);
    const exported = await settings.exportAll();
    expect(exported.name).toMatch(/^gongzhi-community-all-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(exported.bytes.toString("utf8"));
    expect(file.format).toBe("gongzhi-snapshot");
    expect(file.version).toBe(1);
    await expect(page.getByRole("status").filter({ hasText: "已导出" })).toContainText(exported.name);
  });

  test("erasing everything asks first, offers a backup, and starts the device afresh", async ({ app, page }) => {
    await app.open("/settings");
    const settings = new SettingsPage(page);
    const id = settings.deviceId;
    await expect(id).toHaveText(/^[0-9a-f]{64}$/);
    const before = await id.textContent();

    await settings.askToErase();
    const dialog = settings.eraseDialog;
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "先导出备份" })).toBeVisible();
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect(dialog).toBeHidden();
    await expect(id).toHaveText(before!);

    await settings.askToErase();
    await dialog.getByRole("button", { name: "清除全部数据" }).click();
    await app.waitForApp();
    await expect(id).toHaveText(/^[0-9a-f]{64}$/);
    await expect(id).not.toHaveText(before!);
  });
});
