import { expect, type Locator, type Page } from "@playwright/test";
import { download } from "./download";

/** The settings page: this device's id and standing, the devices it trusts, the kiosk PIN
 * (zh-CN texts). */
export class SettingsPage {
  readonly deviceId: Locator;
  readonly deviceQr: Locator;
  readonly ownTrust: Locator;
  readonly trustedDevices: Locator;
  readonly revokeQuestion: Locator;
  readonly revokeConfirm: Locator;
  readonly pinSettings: Locator;
  readonly pinAlert: Locator;
  readonly pinChanged: Locator;
  readonly saved: Locator;
  readonly storedRecords: Locator;
  readonly eraseDialog: Locator;

  constructor(readonly page: Page) {
    this.deviceId = page.locator("code.device-id");
    this.deviceQr = page.locator("#device-qr svg");
    this.ownTrust = page.locator("#own-trust");
    this.trustedDevices = page.locator("#trusted-devices");
    this.revokeQuestion = page.locator("#revoke-question");
    this.revokeConfirm = page.locator("#revoke-confirm");
    this.pinSettings = page.locator("#pin-settings");
    this.pinAlert = this.pinSettings.getByRole("alert");
    this.pinChanged = this.pinSettings.locator("#pin-changed");
    this.saved = page.locator("form.settings").getByRole("status");
    this.storedRecords = page.getByTestId("stored-records");
    this.eraseDialog = page.getByRole("alertdialog", { name: "确定清除本机全部数据？" });
  }

  async open() {
    await this.page.goto("/settings");
  }

  /** The id this device's settings page shows. */
  async id() {
    return (await this.deviceId.textContent())!.trim();
  }

  /** Trusts another device by its id, under a label, in a role (and for a resident, a flat). */
  async trust(id: string, label: string, role?: string, flat?: string) {
    await this.page.locator("#trust-device").fill(id);
    await this.page.locator("#trust-label").fill(label);
    if (role) await this.page.locator("#trust-role").selectOption(role);
    if (flat) await this.page.locator("#trust-household").fill(flat);
    await this.page.locator("#trust-add").click();
  }

  /** Asks to revoke a trusted device; the question says what is kept. */
  async askToRevoke(label: string) {
    await this.page.getByRole("button", { name: `撤销 ${label}` }).click();
  }

  async confirmRevoke() {
    await this.page.locator("#confirm-revoke").click();
  }

  async cancelRevoke() {
    await this.page.locator("#cancel-revoke").click();
  }

  /** Exports the whole record; returns the file. */
  async exportAll() {
    return download(this.page, () => this.page.getByRole("button", { name: "导出全部记录" }).click());
  }

  /** Asks to erase everything on the device: a dialog asks first. */
  async askToErase() {
    await this.page.getByRole("button", { name: "清除本机全部数据…" }).click();
  }

  /** Changes the kiosk PIN: the old one, then the new one typed twice. */
  async changePin(old: string, pin: string, again = pin) {
    await this.pinSettings.locator("#old-pin").fill(old);
    await this.pinSettings.locator("#new-pin").fill(pin);
    await this.pinSettings.locator("#confirm-pin").fill(again);
    await this.pinSettings.locator("#save-pin").click();
  }

  /** Waits until the device's id shows. */
  async expectId() {
    await expect(this.deviceId).toHaveText(/^[0-9a-f]{64}$/);
  }
}
