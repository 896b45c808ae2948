import { expect, type Locator, type Page } from "@playwright/test";

type Choice = "同意" | "反对" | "弃权";

/** Kiosk mode: a vote's own screen, where each household votes for itself and the admin's PIN
 * is needed to leave (zh-CN texts). */
export class KioskPage {
  // Choosing the PIN, when the admin starts the kiosk.
  readonly newPin: Locator;
  readonly confirmPin: Locator;
  readonly savePin: Locator;
  // The voter's steps.
  readonly question: Locator;
  readonly building: Locator;
  readonly unit: Locator;
  readonly room: Locator;
  readonly code: Locator;
  readonly next: Locator;
  readonly problem: Locator;
  readonly compounds: Locator;
  readonly chosen: Locator;
  readonly confirmFlat: Locator;
  readonly confirmMatter: Locator;
  readonly confirmButton: Locator;
  readonly done: Locator;
  readonly nextVoter: Locator;
  // Leaving.
  readonly exit: Locator;
  readonly pin: Locator;
  readonly submit: Locator;
  readonly pinAlert: Locator;
  // The lock screen that any other page shows while the kiosk holds.
  readonly lockTitle: Locator;
  readonly lockBack: Locator;
  readonly unlockPin: Locator;
  readonly unlockSubmit: Locator;

  constructor(readonly page: Page) {
    this.newPin = page.locator("#new-pin");
    this.confirmPin = page.locator("#confirm-pin");
    this.savePin = page.locator("#save-pin");
    this.question = page.locator("#kiosk-question");
    this.building = page.locator("#kiosk-building");
    this.unit = page.locator("#kiosk-unit");
    this.room = page.locator("#kiosk-room");
    this.code = page.locator("#kiosk-code");
    this.next = page.locator("#kiosk-next");
    this.problem = page.locator(".kiosk-problem");
    this.compounds = page.locator(".kiosk-compounds button");
    this.chosen = page.locator(".kiosk-choice strong");
    this.confirmFlat = page.locator("#kiosk-confirm-flat");
    this.confirmMatter = page.locator("#kiosk-confirm-matter");
    this.confirmButton = page.locator("#kiosk-confirm");
    this.done = page.locator("#kiosk-done");
    this.nextVoter = page.locator("#kiosk-next-voter");
    this.exit = page.locator("#kiosk-exit");
    this.pin = page.locator("#kiosk-pin");
    this.submit = page.locator("#kiosk-submit");
    this.pinAlert = page.locator(".pin-check [role=alert]");
    this.lockTitle = page.locator("#kiosk-lock-title");
    this.lockBack = page.locator("#kiosk-lock-back");
    this.unlockPin = page.locator("#unlock-pin");
    this.unlockSubmit = page.locator("#unlock-submit");
  }

  /** From a vote's page: asks for kiosk mode (the PIN is chosen next, the first time). */
  async enter() {
    await this.page.locator("#enter-kiosk").click();
  }

  /** The admin's PIN, typed twice. */
  async choosePin(pin: string, again = pin) {
    await this.newPin.fill(pin);
    await this.confirmPin.fill(again);
    await this.savePin.click();
  }

  /** From a vote's page: enters kiosk mode, choosing the admin PIN (typed twice). */
  async start(pin: string) {
    await this.enter();
    await this.choosePin(pin);
    await expect(this.question).toBeVisible();
  }

  alert(text: string) {
    return this.page.getByRole("alert").filter({ hasText: text });
  }

  /** A voter says which flat is theirs. */
  async enterFlat(building: string, unit: string, room: string) {
    await this.building.fill(building);
    await this.unit.fill(unit);
    await this.room.fill(room);
    await this.next.click();
  }

  /** A voter brings the household code printed on their slip instead. */
  async enterCode(code: string) {
    await this.code.fill(code);
    await this.next.click();
  }

  async clearFlat() {
    await this.building.fill("");
    await this.unit.fill("");
    await this.room.fill("");
  }

  choiceButton(choice: Choice) {
    return this.page.getByRole("button", { name: choice, exact: true });
  }

  async choose(choice: Choice) {
    await this.choiceButton(choice).click();
  }

  /** When a flat is in several compounds: the voter taps theirs. */
  compound(n: number) {
    return this.page.locator(`#kiosk-compound-${n}`);
  }

  async confirm() {
    await this.confirmButton.click();
  }

  /** A whole vote: the flat, the choice, the confirmation, the thanks. */
  async vote(flat: [string, string, string], choice: Choice) {
    await this.enterFlat(...flat);
    await this.choose(choice);
    await expect(this.chosen).toHaveText(choice);
    await this.confirm();
    await expect(this.done).toHaveText("您的投票已记录，谢谢！");
  }

  /** Asks to leave: the PIN is asked for. */
  async askToLeave() {
    await this.exit.click();
  }

  async typePin(pin: string) {
    await this.pin.fill(pin);
    await this.submit.click();
  }

  /** Leaves kiosk mode with the PIN. */
  async leave(pin: string) {
    await this.askToLeave();
    await this.typePin(pin);
  }

  /** On the lock screen: the PIN opens the page asked for. */
  async unlock(pin: string) {
    await this.unlockPin.fill(pin);
    await this.unlockSubmit.click();
  }
}
