import { expect, type Page } from "@playwright/test";

/** Owners' votes: opening one, a clerk's household ballots, and the kiosk (zh-CN texts). */
export class VotePages {
  constructor(readonly page: Page) {}

  async openOwnersVote(title: string, matter: string, place: string, days = 14) {
    await this.page.locator("#new-vote-link").click();
    await expect(this.page.locator("main h1")).toHaveText("发起业主表决");
    await this.page.locator("#vote-title").fill(title);
    await this.page.locator("#vote-matter").selectOption({ label: matter });
    await this.page.locator("#vote-place").selectOption({ label: place });
    await this.page.locator("#vote-days").fill(String(days));
    await this.page.locator("#open-vote").click();
    await expect(this.page.locator("main h1")).toHaveText(title);
  }

  async clerkBallot(flat: string, choice: "同意" | "反对" | "弃权") {
    await this.page.locator("#ballot-flat").fill(flat);
    await this.page.locator("section").filter({ has: this.page.locator("#ballot-flat") }).getByRole("button", { name: choice, exact: true }).click();
    await expect(this.page.locator("#household-ballot-status")).toHaveText(`已记录： ${flat} ${choice}`);
  }

  /** Finds a household's counted ballot by its flat and corrects it, with the reason. */
  async correctHousehold(flat: string, to: "同意" | "反对" | "弃权", reason: string) {
    const card = this.page.locator("#household-correction");
    await card.locator("#correction-flat").fill(flat);
    await card.locator("#find-ballot").click();
    await card.locator(".correction").getByRole("button", { name: to, exact: true }).click();
    await card.locator(".correction-reason").fill(reason);
    await card.locator(".confirm-correction").click();
  }

  // Paper ballots, keyed twice.
  async paperClerk(name: string, round: "第一轮" | "第二轮（须由另一人录入）") {
    await this.page.locator("#paper-clerk").fill(name);
    await this.page.getByLabel(round, { exact: true }).check();
  }

  async keyPaper(flat: string, choice: "同意" | "反对" | "弃权") {
    await this.page.locator("#paper-flat").fill(flat);
    await this.page.locator("section").filter({ has: this.page.locator("#paper-flat") }).getByRole("button", { name: choice, exact: true }).click();
  }

  meter(label: string) {
    return this.page.locator("#owners-meters li").filter({ hasText: label });
  }

  /** Closing asks first; cancelling leaves the vote open. */
  async close() {
    await closeVote(this.page);
    await expect(this.page.locator("#verdict")).toBeVisible();
  }

  // The kiosk.
  /** From a vote's page: enters kiosk mode, choosing the admin PIN (typed twice). */
  async startKiosk(pin: string) {
    await this.page.locator("#enter-kiosk").click();
    await this.page.locator("#new-pin").fill(pin);
    await this.page.locator("#confirm-pin").fill(pin);
    await this.page.locator("#save-pin").click();
    await expect(this.page.locator("#kiosk-question")).toBeVisible();
  }

  async kioskFlat(building: string, unit: string, room: string) {
    await this.page.locator("#kiosk-building").fill(building);
    await this.page.locator("#kiosk-unit").fill(unit);
    await this.page.locator("#kiosk-room").fill(room);
    await this.page.locator("#kiosk-next").click();
  }

  async kioskVote(flat: [string, string, string], choice: "同意" | "反对" | "弃权") {
    await this.kioskFlat(...flat);
    await this.page.getByRole("button", { name: choice, exact: true }).click();
    await expect(this.page.locator(".kiosk-choice strong")).toHaveText(choice);
    await this.page.locator("#kiosk-confirm").click();
    await expect(this.page.locator("#kiosk-done")).toHaveText("您的投票已记录，谢谢！");
  }
}

/** Closes the vote on the page through its confirmation. */
export async function closeVote(page: Page) {
  await page.locator("#close-vote").click();
  await expect(page.locator("#close-vote-confirm")).toContainText("结束后不能再投票、更正选票或录入纸质票");
  await page.locator("#confirm-close-vote").click();
}
