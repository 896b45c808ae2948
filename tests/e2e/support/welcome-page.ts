import { expect, type Locator, type Page } from "@playwright/test";

/** The welcome page of a device holding no community: founding one, or joining one by the
 * admin's file (zh-CN texts). The demo is loaded from here too (community-page.ts). */
export class WelcomePage {
  readonly foundTitle: Locator;
  readonly foundSubmit: Locator;
  readonly joinTitle: Locator;
  readonly joinDeviceId: Locator;
  readonly emptyState: Locator;
  readonly steps: Locator;

  constructor(readonly page: Page) {
    this.foundTitle = page.locator("#found-title");
    this.foundSubmit = page.locator("#found-submit");
    this.joinTitle = page.locator("#join-title");
    this.joinDeviceId = page.locator("#join-device-id");
    this.emptyState = page.locator(".empty-state");
    this.steps = page.locator("ol.steps li");
  }

  async open() {
    await this.page.goto("/");
  }

  /** Fills the founding form and sends it, whatever comes of it. */
  async found(community: string, compound: string, device = "社区办公室电脑") {
    await this.page.locator("#found-name").fill(community);
    await this.page.locator("#found-compound").fill(compound);
    await this.page.locator("#found-device").fill(device);
    await this.foundSubmit.click();
  }

  /** Founds a community with its first compound and lands on the register. */
  async foundAndOpenRegister(community: string, compound: string) {
    await this.open();
    await this.found(community, compound);
    await expect(this.page).toHaveURL(/\/registry$/);
  }

  /** The id a joining device shows, once it is read from storage. */
  async deviceId() {
    await expect(this.joinDeviceId).toHaveText(/^\s*[0-9a-f]{64}\s*$/);
    return (await this.joinDeviceId.textContent())!.trim();
  }

  /** A joining device goes to take the admin's file in. */
  async importFile() {
    await this.page.locator("#join-import").click();
  }
}
