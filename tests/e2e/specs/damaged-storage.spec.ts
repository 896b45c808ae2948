import { test, expect } from "../support/fixtures";

// Writes straight into the app's IndexedDB, as a failing disk or a buggy extension might.
async function corruptStoredLog(page: import("@playwright/test").Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("gongzhi");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("events", "readwrite");
          tx.objectStore("events").put("{ this is not an event", [1, "00", 1]);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

test("a damaged stored record is reported with a way to save the rest, never a blank page", async ({ app, page }) => {
  await app.open("/settings");
  await expect(page.locator("code.device-id")).toHaveText(/^[0-9a-f]{64}$/);
  await corruptStoredLog(page);
  await page.reload();
  await app.waitForApp();
  const banner = page.getByRole("alert").filter({ hasText: "部分记录未能通过核验" });
  await expect(banner).toBeVisible();
  await expect(banner.locator(".damage-summary")).toHaveText("1 条记录无法读取");
  const downloading = page.waitForEvent("download");
  await banner.getByRole("button", { name: "导出完好的记录" }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^gongzhi-community-all-.*\.json$/);
  // The rest of the app still works.
  await app.navLink("首页").click();
  await expect(app.heading).toHaveText("欢迎使用共治");
});
