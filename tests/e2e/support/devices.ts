import type { Browser, Page } from "@playwright/test";
import { expect } from "./fixtures";
import { SettingsPage } from "./settings-page";

/** Another device: a fresh browser context, held to the same no-console-error rule. */
export async function otherDevice(browser: Browser, problems: string[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  return page;
}

/** Another device, on its settings page with its id shown. */
export async function deviceOnSettings(browser: Browser, problems: string[]): Promise<Page> {
  const page = await otherDevice(browser, problems);
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.expectId();
  return page;
}

/** The id a device's settings page shows. */
export const idOf = (page: Page) => new SettingsPage(page).id();

/** The admin device trusts another from its settings page. */
export async function trust(page: Page, id: string, label: string, role: string, flat?: string) {
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.trust(id, label, role, flat);
  await expect(settings.trustedDevices).toContainText(label);
}
