import type { Locator, Page } from "@playwright/test";

/** The form that records an activity (what, when, how many came), on a fund's page and on the
 * meetings page, and the list it adds to. */
export class ActivityForm {
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.list = page.locator("#activities li");
  }

  /** `date` as the date field takes it: YYYY-MM-DD. */
  async record(title: string, date: string, people: string) {
    await this.page.locator("#activity-title").fill(title);
    await this.page.locator("#activity-date").fill(date);
    await this.page.locator("#activity-people").fill(people);
    await this.page.locator("#record-activity").click();
  }
}
