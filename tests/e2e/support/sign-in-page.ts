import type { Locator, Page } from "@playwright/test";

/** The printed sign-in sheet for an owners' assembly: a page per building (zh-CN texts). */
export class SignInSheetPage {
  readonly heading: Locator;
  readonly sheets: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator("main h1");
    this.sheets = page.locator(".sign-in-page");
    this.rows = page.locator(".sign-in-page tbody tr");
  }

  async chooseCompound(compound: { label: string } | { index: number }) {
    await this.page.locator("#sign-in-compound").selectOption(compound);
  }

  async chooseBuilding(building: string) {
    await this.page.locator("#sign-in-building").selectOption({ label: building });
  }
}
