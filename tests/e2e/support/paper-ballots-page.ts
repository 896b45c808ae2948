import type { Locator, Page } from "@playwright/test";

type Choice = "同意" | "反对" | "弃权";

/** Paper ballots keyed twice, by two clerks, for an owners' vote (zh-CN texts). */
export class PaperBallotsPage {
  readonly heading: Locator;
  readonly clerkName: Locator;
  readonly flat: Locator;
  readonly flatError: Locator;
  readonly keyed: Locator;
  readonly failure: Locator;
  readonly counts: Locator;
  readonly sheets: Locator;
  readonly mismatches: Locator;
  readonly confirmButton: Locator;
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator("main h1");
    this.clerkName = page.locator("#paper-clerk");
    this.flat = page.locator("#paper-flat");
    this.flatError = page.locator("#paper-flat-error");
    this.keyed = page.locator("#paper-keyed");
    this.failure = page.locator(".submit-failure");
    this.counts = page.locator("#paper-counts");
    this.sheets = page.locator("table.paper-sheets tbody tr");
    this.mismatches = page.locator("tr.mismatch");
    this.confirmButton = page.locator("#paper-confirm");
    this.outcome = page.locator("#paper-outcome");
  }

  /** From a vote's page. */
  async open() {
    await this.page.locator("#enter-paper").click();
  }

  /** Who keys, and which round, as the clerk reads it. */
  async clerk(name: string, round: "第一轮" | "第二轮（须由另一人录入）") {
    await this.clerkName.fill(name);
    await this.page.getByLabel(round, { exact: true }).check();
  }

  /** Who keys, and which round by its place (in either language). */
  async clerkRound(name: string, round: "first" | "second") {
    await this.clerkName.fill(name);
    await this.page.locator(`#paper-round-${round}`).check();
  }

  async key(flat: string, choice: Choice) {
    await this.flat.fill(flat);
    await this.page.locator("section").filter({ has: this.flat }).getByRole("button", { name: choice, exact: true }).click();
  }

  /** Keys a sheet by the place of its choice among the buttons (in either language). */
  async keyNth(flat: string, choice: number) {
    await this.flat.fill(flat);
    await this.page.locator(".vote-choice").nth(choice).click();
  }

  /** Counts the sheets both rounds agree on. */
  async confirm() {
    await this.confirmButton.click();
  }

  sheet(flat: string) {
    return this.page.locator(`tr[data-flat="${flat}"]`);
  }

  /** Settles a mismatch from the paper sheet itself. */
  async settle(flat: string, choice: Choice) {
    await this.sheet(flat).locator(".settle").getByRole("button", { name: choice, exact: true }).click();
  }
}
