import path from "node:path";
import { test, expect } from "../support/fixtures";
import { ExchangePage } from "../support/exchange-page";
import { VotePages } from "../support/vote-pages";
import { WelcomePage } from "../support/welcome-page";

// Written by core/examples/e2e_super_compound.rs before the end-to-end stage: the benchmark
// community (10,000 households, about 110,000 events) with a clerk's kiosk and an open vote.
const FILE = path.join(__dirname, "../fixtures/super-compound.json");
// The kiosk's key seed, as the example writes it.
const KIOSK_SEED = Array(32).fill(7);
const VOTE = "超大社区加装电梯表决";

test("a device holding a 10,000-household community reloads, records a ballot and shows it", async ({ app, page }) => {
  test.setTimeout(300_000);
  const welcome = new WelcomePage(page);
  await welcome.open();
  await expect(welcome.joinTitle).toHaveText("加入已有社区");
  // This browser becomes the community's service-centre kiosk: its key goes where the app
  // keeps it, as restoring the kiosk from a key backup would.
  await page.evaluate(
    (seed) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("gongzhi");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("meta", "readwrite");
          tx.objectStore("meta").put(new Uint8Array(seed), "device-seed");
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    KIOSK_SEED,
  );
  await page.reload();
  await welcome.importFile();
  const exchange = new ExchangePage(page);
  await exchange.pick(FILE);
  await expect(exchange.preview).toBeVisible({ timeout: 60_000 });
  await exchange.mergeConfirm.click();
  await expect(exchange.merged).toBeVisible({ timeout: 60_000 });

  // A new day: the kiosk starts again with the whole community on it.
  await page.reload();
  await app.waitForApp();
  await app.navLink("表决").click();
  await page.getByRole("link", { name: VOTE }).click();
  await expect(app.heading).toHaveText(VOTE, { timeout: 30_000 });
  const votes = new VotePages(page);
  const headcount = votes.meters.locator(".meter-figures").filter({ hasText: "人" }).first();
  await expect(headcount).toHaveText(/^0 \/ [\d,]+ 人/);

  await votes.keyBallot("1-1-101", "同意");
  await expect(votes.ballotStatus).toContainText("1-1-101");
  await expect(votes.ballotWaiting).toHaveCount(0);
  await expect(headcount).toHaveText(/^1 \/ [\d,]+ 人/);

  // And it is still there after the next start.
  await page.reload();
  await expect(headcount).toHaveText(/^1 \/ [\d,]+ 人/, { timeout: 30_000 });
});
