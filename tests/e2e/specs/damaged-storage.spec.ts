import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { ProjectPages } from "../support/project-pages";
import { download } from "../support/download";
import { SettingsPage } from "../support/settings-page";

// Writes straight into the app's IndexedDB, as a failing disk or a buggy extension might:
// "garbage" adds an entry that is not an event; "alter-newest" changes the newest event's author,
// so it is still an event but its content no longer matches its hash.
async function damageStoredLog(page: import("@playwright/test").Page, how: "garbage" | "alter-newest") {
  await page.evaluate(
    (how) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("gongzhi");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(["events", "segments"], "readwrite");
          const events = tx.objectStore("events");
          const alter = (json: string) => {
            const event = JSON.parse(json);
            event.author += " (edited)";
            return JSON.stringify(event);
          };
          if (how === "garbage") {
            events.put("{ this is not an event", [1, "00", 1]);
          } else {
            // The newest event is the last single one, or else the last of the newest segment.
            const single = events.openCursor(null, "prev");
            single.onsuccess = () => {
              if (single.result) {
                single.result.update(alter(single.result.value as string));
                return;
              }
              const segment = tx.objectStore("segments").openCursor(null, "prev");
              segment.onsuccess = () => {
                const newest = segment.result!;
                const texts = newest.value as string[];
                texts[texts.length - 1] = alter(texts[texts.length - 1]);
                newest.update(texts);
              };
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    how,
  );
}

test("a damaged stored record is reported with a way to save the rest, never a blank page", async ({ app, page }) => {
  await app.open("/settings");
  await expect(new SettingsPage(page).deviceId).toHaveText(/^[0-9a-f]{64}$/);
  await damageStoredLog(page, "garbage");
  await page.reload();
  await app.waitForApp();
  const banner = app.damageBanner;
  await expect(banner).toBeVisible();
  await expect(banner.locator(".damage-summary")).toHaveText("1 条记录无法读取");
  const saved = await download(page, () => banner.getByRole("button", { name: "导出完好的记录" }).click());
  expect(saved.name).toMatch(/^gongzhi-community-all-.*\.json$/);
  // The rest of the app still works.
  await app.navLink("首页").click();
  await expect(app.heading).toHaveText("欢迎使用共治");
});

test("an altered stored event is left out and named in the resident's language", async ({ app, page }) => {
  await new CommunityPage(page).loadDemo();
  await damageStoredLog(page, "alter-newest");
  await page.reload();
  await app.waitForApp();
  const banner = app.damageBanner;
  await banner.locator("summary").click();
  const first = banner.locator("ul.damage li").first();
  await expect(first).toContainText("被改动过，内容与其哈希不符");

  // Nothing new can follow a damaged chain: the resident is told why and given the way out, not
  // told that another tab wrote first.
  const listed = await app.damageList.count();
  const projects = new ProjectPages(page);
  await projects.openRequests();
  await projects.fillRequest("3 栋楼道堆放杂物", "消防通道被占用。", "北苑小区", { category: "安全" });
  await projects.submitRequest();
  const failure = projects.requestFailure;
  await expect(failure).toContainText("这台设备自己的记录在存储中已损坏");
  await expect(failure.getByRole("button", { name: "导出" })).toBeVisible();
  // Reading the chain again to retry did not list the same damage twice.
  await expect(app.damageList).toHaveCount(listed);

  await app.languageToggle.click();
  await expect(app.damageList.first()).toContainText("has been altered: its content does not match its hash");
  await expect(failure).toContainText("this device's own record is damaged in storage");
});
