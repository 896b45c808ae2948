import { expect, type Locator, type Page } from "@playwright/test";

type Choice = "同意" | "反对" | "弃权";

/** A vote's pages: opening an owners' vote, a clerk's household ballots, closing and the posted
 * result (zh-CN texts). The kiosk is in kiosk-page.ts. */
export class VotePages {
  // The clerk's household ballot.
  readonly ballotFlat: Locator;
  readonly ballotForm: Locator;
  readonly ballotStatus: Locator;
  readonly ballotFailure: Locator;
  readonly closeFailure: Locator;
  readonly ballotFlatError: Locator;
  readonly ballotWhich: Locator;
  readonly ballotWaiting: Locator;
  readonly unconfirmed: Locator;
  readonly unconfirmedFailure: Locator;
  readonly dismissDialog: Locator;
  readonly dismissed: Locator;
  // Correcting a household's ballot.
  readonly correctionCard: Locator;
  readonly correctionFlat: Locator;
  readonly correctionNone: Locator;
  readonly correctionFlatError: Locator;
  readonly correctionBallot: Locator;
  // Where the vote stands.
  readonly meters: Locator;
  readonly rule: Locator;
  readonly resultLines: Locator;
  // Closing.
  readonly closeButton: Locator;
  readonly closeDialog: Locator;
  readonly takeIn: Locator;
  readonly takeInDevices: Locator;
  // The result.
  readonly verdict: Locator;
  readonly scope: Locator;
  readonly choiceCountTable: Locator;
  readonly choiceCounts: Locator;
  readonly closedBy: Locator;
  readonly period: Locator;
  readonly rollCallRecord: Locator;
  readonly rollCall: Locator;
  readonly digest: Locator;
  readonly qrText: Locator;
  readonly printButton: Locator;
  readonly late: Locator;
  readonly setAside: Locator;
  readonly otherAside: Locator;
  readonly conflicts: Locator;
  readonly resultQr: Locator;

  constructor(readonly page: Page) {
    this.ballotFlat = page.locator("#ballot-flat");
    this.ballotForm = page.locator("section").filter({ has: this.ballotFlat });
    this.ballotStatus = page.locator("#household-ballot-status");
    this.ballotFailure = this.ballotForm.locator(".submit-failure");
    this.ballotFlatError = page.locator("#ballot-flat-error");
    this.ballotWhich = page.locator("#ballot-which");
    this.ballotWaiting = page.locator("#ballot-waiting");
    this.unconfirmed = page.locator("#unconfirmed-ballots");
    this.unconfirmedFailure = this.unconfirmed.locator(".submit-failure").first();
    this.dismissDialog = page.locator("#dismiss-ballot");
    this.dismissed = page.locator("#dismissed-ballots li");
    this.correctionCard = page.locator("#household-correction");
    this.correctionFlat = page.locator("#correction-flat");
    this.correctionNone = page.locator("#correction-none");
    this.correctionFlatError = page.locator("#correction-flat-error");
    this.correctionBallot = page.locator("#correction-ballot");
    this.meters = page.locator("#owners-meters");
    this.rule = page.locator(".hero .hint");
    this.resultLines = page.locator("#result-lines li");
    this.closeButton = page.locator("#close-vote");
    this.closeDialog = page.locator("#close-vote-confirm");
    this.closeFailure = this.closeDialog.locator(".submit-failure");
    this.takeIn = page.locator("#take-in");
    this.takeInDevices = page.locator("#take-in-devices tbody tr");
    this.verdict = page.locator("#verdict");
    this.scope = page.locator("#vote-scope");
    this.choiceCountTable = page.locator("#choice-counts");
    this.choiceCounts = this.choiceCountTable.locator("tbody tr");
    this.closedBy = page.locator("#vote-closed-by");
    this.period = page.locator("#vote-period");
    this.rollCallRecord = page.locator("#roll-call-record");
    this.rollCall = this.rollCallRecord.locator("li.member-vote");
    this.digest = page.locator("#vote-digest");
    this.qrText = page.locator("#qr-text");
    this.printButton = page.locator("#print-result");
    this.late = page.locator("#vote-late");
    this.setAside = page.locator("#vote-set-aside");
    this.otherAside = page.locator("#vote-other-aside");
    this.conflicts = page.locator("#vote-conflicts");
    this.resultQr = page.locator("#result-qr svg");
  }

  /** From the overview: the form for a new vote (in either language). */
  async startNewVote() {
    await this.page.locator("#new-vote-link").click();
    await expect(this.page.locator("#vote-title")).toBeVisible();
  }

  /** Opens a vote with only its title, every other field as the form offers it. */
  async openTitled(title: string) {
    await this.startNewVote();
    await this.page.locator("#vote-title").fill(title);
    await this.page.locator("#open-vote").click();
  }

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

  async clerkBallot(flat: string, choice: Choice) {
    await this.keyBallot(flat, choice);
    await expect(this.ballotStatus).toHaveText(`已记录： ${flat} ${choice}`);
  }

  /** Types a flat and taps a choice in the clerk's form, whatever comes of it. */
  async keyBallot(flat: string, choice: Choice) {
    await this.ballotFlat.fill(flat);
    await this.submitBallot(choice);
  }

  /** Taps a choice in the clerk's form for the flat already typed. */
  async submitBallot(choice: Choice) {
    await this.ballotForm.getByRole("button", { name: choice, exact: true }).click();
  }

  /** A clerk confirms a ballot from a phone nobody enrolled, having checked who cast it. */
  async confirmWaiting(flat: string) {
    await this.unconfirmed.getByRole("button", { name: `确认计入 ${flat}` }).click();
  }

  /** A waiting ballot nobody can confirm: dismissed, asked first, with the reason on record. */
  async dismissWaiting(flat: string, reason: string) {
    await this.unconfirmed.getByRole("button", { name: `不予计入… ${flat}` }).click();
    await expect(this.dismissDialog).toContainText(flat);
    await this.page.locator("#dismiss-reason").fill(reason);
    await this.page.locator("#confirm-dismiss").click();
  }

  /** When a flat is in several compounds: which compound's the clerk means. */
  async whichCompound(label: string) {
    await this.page.getByLabel(label).check();
  }

  /** Looks a household's counted ballot up by its flat, to correct it. */
  async findBallot(flat: string) {
    await this.correctionFlat.fill(flat);
    await this.page.locator("#find-ballot").click();
  }

  /** Finds a household's counted ballot by its flat and corrects it, with the reason. */
  async correctHousehold(flat: string, to: Choice, reason: string) {
    const card = this.correctionCard;
    await this.findBallot(flat);
    await card.locator(".correction").getByRole("button", { name: to, exact: true }).click();
    await card.locator(".correction-reason").fill(reason);
    await card.locator(".confirm-correction").click();
  }

  meter(label: string) {
    return this.page.locator("#owners-meters li").filter({ hasText: label });
  }

  /** A meter's figures, e.g. "9 / 12 人（75.0%），需 9 人". */
  meterFigures(label: string) {
    return this.meter(label).locator(".meter-figures");
  }

  /** Whether a meter's threshold is met, in words. */
  meterState(label: string) {
    return this.meter(label).locator(".meter-state");
  }

  /** The cells of the n-th row of the posted counts by choice: the choice, owners, area. */
  choiceCells(n: number) {
    return this.choiceCounts.nth(n).locator("th, td");
  }

  /** A corrected household ballot's corrections, each with its reason. */
  get householdCorrections() {
    return this.correctionCard.locator(".correction-trail li");
  }

  /** Closes the vote through its confirmation, which asks first; the verdict then shows. */
  async close() {
    await this.askToClose();
    await expect(this.closeDialog).toContainText("结束后不能再投票、更正选票或录入纸质票");
    await this.page.locator("#confirm-close-vote").click();
    await expect(this.verdict).toBeVisible();
  }

  /** Asks to close: the confirmation names what has not been taken in yet. */
  async askToClose() {
    await this.closeButton.click();
  }

  /** Confirms the close it was asked about (a refusal then shows inside the question). */
  async confirmClose() {
    await this.page.locator("#confirm-close-vote").click();
  }

  async cancelClose() {
    await this.page.locator("#cancel-close-vote").click();
  }

  /** A council vote counted by show of hands: entered, read back, confirmed. */
  async recordHands(yes: string, no: string, abstain: string) {
    await this.askHands(yes, no, abstain);
    await this.page.locator("#confirm-hands").click();
  }

  /** Enters a show-of-hands count; the app reads it back in a question before recording. */
  async askHands(yes: string, no: string, abstain: string) {
    await this.page.locator("#hands-yes").fill(yes);
    await this.page.locator("#hands-no").fill(no);
    await this.page.locator("#hands-abstain").fill(abstain);
    await this.page.locator("#record-hands").click();
  }

  get handsQuestion() {
    return this.page.locator("#hands-confirm");
  }

  async confirmHands() {
    await this.page.locator("#confirm-hands").click();
  }

  async cancelHands() {
    await this.page.locator("#cancel-hands").click();
  }

  /** The vote's QR code's text. */
  async qr() {
    return this.qrText.textContent();
  }
}
