import { expect, type Locator, type Page } from "@playwright/test";

/** A fresh device's secretary: founds a community and works its register (zh-CN texts). */
export class RegistryPage {
  readonly importInto: Locator;
  readonly file: Locator;
  readonly summary: Locator;
  readonly confirm: Locator;
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.importInto = page.locator("#import-into");
    this.file = page.locator("#import-file");
    this.summary = page.locator("#import-summary");
    this.confirm = page.locator("#import-confirm");
    this.outcome = page.locator("#import-outcome");
  }

  /** Founds 和美社区 with its first compound and lands on the register. */
  async found(compound = "和美花园") {
    await this.page.goto("/");
    await this.page.locator("#found-name").fill("和美社区");
    await this.page.locator("#found-compound").fill(compound);
    await this.page.locator("#found-device").fill("社区办公室电脑");
    await this.page.locator("#found-submit").click();
    await expect(this.page).toHaveURL(/\/registry$/);
  }

  /** Picks a roster for an existing compound. */
  async pick(file: string, compound = "和美花园") {
    await this.importInto.selectOption({ label: compound });
    await this.file.setInputFiles(file);
  }

  /** The text of a file the page offers for download after `click`. */
  async download(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent("download"), click()]);
    const fs = await import("fs");
    return { name: download.suggestedFilename(), bytes: fs.readFileSync((await download.path())!) };
  }
}
