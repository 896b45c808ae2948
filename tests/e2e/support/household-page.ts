import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { ExchangePage } from "./exchange-page";

/** A resident's own phone: a fresh phone-sized context in Chinese, held to the no-console-error rule. */
export async function residentPhone(browser: Browser, problems: string[]): Promise<Page> {
  const context = await browser.newContext({
    locale: "zh-CN",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  return page;
}

/** The household's own screen on a resident's phone (zh-CN texts). */
export class HouseholdPage {
  readonly chooseTitle: Locator;
  readonly flat: Locator;
  readonly flatError: Locator;
  readonly title: Locator;
  readonly enrolment: Locator;
  readonly change: Locator;

  constructor(readonly page: Page) {
    this.chooseTitle = page.locator("#mine-choose-title").first();
    this.flat = page.locator("#mine-flat");
    this.flatError = page.locator("#mine-flat-error");
    this.title = page.locator("#mine-title");
    this.enrolment = page.locator("#mine-enrolment");
    this.change = page.locator("#mine-change");
  }

  /** Home, through the header link, so it works offline without a navigation. */
  async open() {
    await this.page.locator("header nav").getByRole("link", { name: "首页" }).click();
  }

  /** Chooses the household by its flat, once for this phone. */
  async choose(flat: string) {
    await this.flat.fill(flat);
    await this.page.locator("#mine-choose").click();
  }

  vote(title: string): Locator {
    return this.page.locator("li.mine-vote").filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  /** Taps an answer: nothing is recorded until the question it opens is confirmed. */
  async answer(vote: Locator, choice: "同意" | "反对" | "弃权") {
    await vote.getByRole("button", { name: choice, exact: true }).click();
  }

  question(vote: Locator): Locator {
    return vote.getByRole("alertdialog");
  }

  async submit(vote: Locator) {
    await this.question(vote).getByRole("button", { name: "确认提交" }).click();
  }

  standing(vote: Locator): Locator {
    return vote.locator(".mine-standing");
  }

  async receipt(vote: Locator) {
    await vote.locator("details.receipt summary").click();
    return {
      event: await vote.locator(".receipt-event").textContent(),
      hash: await vote.locator(".receipt-hash").textContent(),
    };
  }

  /** No step of the service centre's is on the page: the household's screen, the vote's page
   * or settings, and none of the service centre's pages in the navigation. */
  async expectNoStaffControls() {
    const page = this.page;
    for (const selector of [
      "#close-vote",
      "#enter-kiosk",
      "#enter-paper",
      "#household-ballot-title",
      "#record-hands",
      "#trust-form",
      "#unconfirmed-ballots button",
      "#new-vote-link",
      "#post-notice",
      "#start-council-vote",
      "#edit-draft",
      "#start-selection",
      "#resubmit",
      "#accept-work",
      "#close-project",
      "#roadshow-legend",
      "#quote-legend",
      "#expense-legend",
      "details.answer",
    ]) {
      await expect(page.locator(selector), selector).toHaveCount(0);
    }
    await expect(page.getByRole("button", { name: /^确认计入/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^撤销/ })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "起草项目方案" })).toHaveCount(0);
    const nav = page.locator("header nav");
    for (const staff of ["自筹", "会议", "住户", "组织"]) {
      await expect(nav.getByRole("link", { name: staff, exact: true }), staff).toHaveCount(0);
    }
  }
}

/** A device takes in the community's file and opens its home: a household's screen, unless the
 * community gave it a staff role. */
export async function takesIn(device: Page, file: string) {
  const ex = new ExchangePage(device);
  await device.goto("/exchange");
  await ex.merge(file);
  const mine = new HouseholdPage(device);
  await mine.open();
  return { ex, mine };
}
