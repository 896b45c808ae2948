import { expect, type Locator, type Page } from "@playwright/test";
import { ActivityForm } from "./activity-form";

/** Self-raised funds (居民自筹): the list, opening one, and a fund's page as its treasurer uses
 * it (zh-CN texts). */
export class FundsPage {
  readonly heading: Locator;
  readonly funds: Locator;
  // A fund's page.
  readonly progress: Locator;
  readonly pasted: Locator;
  readonly pastedProblems: Locator;
  readonly pastedSummary: Locator;
  readonly pastedConfirm: Locator;
  readonly pastedOutcome: Locator;
  readonly contributionTable: Locator;
  readonly contributions: Locator;
  readonly paymentRecorded: Locator;
  readonly recordPaymentButton: Locator;
  readonly activities: ActivityForm;
  readonly balance: Locator;
  readonly failure: Locator;
  readonly settlePlan: Locator;
  readonly settleButton: Locator;
  readonly settleQuestion: Locator;
  readonly settled: Locator;
  readonly qrHint: Locator;
  readonly qrText: Locator;
  readonly digest: Locator;
  readonly expenses: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator("main h1");
    this.funds = page.locator("ul.funds li");
    this.progress = page.locator("#fund-progress");
    this.pasted = page.locator("#pasted-payments");
    this.pastedProblems = page.locator("#pasted-problems li");
    this.pastedSummary = page.locator("#pasted-summary");
    this.pastedConfirm = page.locator("#pasted-confirm");
    this.pastedOutcome = page.locator("#pasted-outcome");
    this.contributionTable = page.locator("#contributions");
    this.contributions = this.contributionTable.locator("tbody tr");
    this.paymentRecorded = page.locator("#payment-recorded");
    this.recordPaymentButton = page.locator("#record-payment");
    this.activities = new ActivityForm(page);
    this.balance = page.locator("#fund-balance");
    this.failure = page.locator(".submit-failure");
    this.settlePlan = page.locator("#settle-plan");
    this.settleButton = page.locator("#settle-fund");
    this.settleQuestion = page.getByRole("alertdialog", { name: "确定结算本基金？" });
    this.settled = page.locator("#fund-settled");
    this.qrHint = page.locator(".qr-card .hint");
    this.qrText = page.locator("#fund-qr-text");
    this.digest = page.locator("#fund-digest");
    this.expenses = page.locator("#fund-expenses tbody tr td, #fund-expenses tbody tr th");
  }

  /** The funds page's links to each fund. */
  get fundLinks() {
    return this.page.locator("main a[href^='/funds/']");
  }

  /** From the overview, the funds page (in either language). */
  async openList() {
    await this.page.locator("#funds-link").click();
    await expect(this.page.locator("#fund-title")).toBeVisible();
  }

  /** Opens a fund with its target and lands on its page. */
  async openFund(title: string, target: string) {
    await this.page.locator("#fund-title").fill(title);
    await this.page.locator("#fund-target").fill(target);
    await this.page.locator("#open-fund").click();
    await expect(this.heading).toHaveText(title);
  }

  /** The treasurer pastes the paper list of payments, one "flat amount" a line. */
  async pastePayments(lines: string[]) {
    await this.pasted.fill(lines.join("\n"));
  }

  async confirmPasted() {
    await this.pastedConfirm.click();
  }

  /** One payment (or pledge) entered by hand. */
  async recordPayment(flat: string, amount: string, pledged = false) {
    if (pledged) await this.page.locator("#payment-pledged").check();
    await this.page.locator("#payment-flat").fill(flat);
    await this.page.locator("#payment-amount").fill(amount);
    await this.recordPaymentButton.click();
  }

  contribution(flat: string) {
    return this.contributions.filter({ hasText: flat });
  }

  /** Pays from the fund; the payee is kept from the last time when not given. */
  async spend(description: string, amount: string, payee?: string, paidOn?: string) {
    if (payee !== undefined) await this.page.locator("#fund-spend-payee").fill(payee);
    if (paidOn !== undefined) await this.page.locator("#fund-spend-date").fill(paidOn);
    await this.page.locator("#fund-spend-description").fill(description);
    await this.page.locator("#fund-spend-amount").fill(amount);
    await this.page.locator("#fund-spend").click();
  }

  /** Asks to settle: the question names the refund it will write, and that it is final. */
  async askToSettle() {
    await this.settleButton.click();
    await expect(this.settleQuestion).toContainText("结算后不能撤销");
  }

  /** Settles the fund: what is left goes back to those who paid. */
  async confirmSettle() {
    await this.page.locator("#confirm-settle-fund").click();
  }

  async cancelSettle() {
    await this.page.locator("#cancel-settle-fund").click();
  }

  async qr() {
    return this.qrText.textContent();
  }
}
