import { expect, type Locator, type Page } from "@playwright/test";
import { AppPage } from "./app-page";

/** The demo community and its council vote, as a secretary uses them (zh-CN texts). */
export class CommunityPage {
  readonly app: AppPage;
  readonly loadDemoButton: Locator;
  readonly failure: Locator;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
    this.loadDemoButton = page.locator("#load-demo");
    this.failure = page.locator(".submit-failure");
  }

  /** Loads 晋阳社区 from the welcome page and waits until its overview shows. */
  async loadDemo() {
    await this.app.open("/");
    await expect(this.loadDemoButton).toBeEnabled();
    await this.loadDemoButton.click();
    await expect(this.app.heading).toHaveText("晋阳社区");
  }

  /** Opens the demo's council vote from the overview. */
  async openCouncilVote() {
    await this.page.getByRole("link", { name: "2027 年院落微更新计划" }).click();
    await expect(this.app.heading).toHaveText("2027 年院落微更新计划");
  }

  member(name: string) {
    return this.page.locator("li.member").filter({ has: this.page.locator(".member-name", { hasText: new RegExp(`^${name}$`) }) });
  }

  async cast(name: string, choice: "同意" | "反对" | "弃权") {
    await this.member(name).getByRole("button", { name: `${choice} ${name}` }).click();
  }

  async expectRecorded(name: string, choice: "同意" | "反对" | "弃权", timeout?: number) {
    await expect(this.member(name).locator(".member-status")).toHaveText(`已记录： ${choice}`, { timeout });
  }

  /** A clerk corrects a recorded answer: the new choice and why; the row then shows both. */
  async correct(name: string, to: "同意" | "反对" | "弃权", reason: string) {
    const row = this.member(name);
    await row.getByRole("button", { name: `更正 ${name}` }).click();
    await row.locator(".correction").getByRole("button", { name: to, exact: true }).click();
    await row.locator(".correction-reason").fill(reason);
    await row.locator(".confirm-correction").click();
  }

  async expectNotVoted(name: string) {
    await expect(this.member(name).locator(".member-status")).toHaveText("未表决");
  }

  /** How many events the device's IndexedDB holds, read beside the app: single events, and
   * segments, whose keys are `[number, count]`. */
  storedEvents() {
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open("gongzhi");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(["events", "segments"]);
            const singles = tx.objectStore("events").count();
            const segments = tx.objectStore("segments").getAllKeys();
            tx.oncomplete = () => {
              db.close();
              const inSegments = (segments.result as number[][]).reduce((sum, key) => sum + key[1], 0);
              resolve(singles.result + inSegments);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  }
}
