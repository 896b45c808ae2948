import type { Browser, Page } from "@playwright/test";
import { expect } from "./fixtures";

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
  await page.goto("/settings");
  await expect(page.locator(".device-id")).toHaveText(/^[0-9a-f]{64}$/);
  return page;
}

/** The id a device's settings page shows. */
export const idOf = async (page: Page) => (await page.locator(".device-id").textContent())!.trim();

/** The admin device trusts another from its settings page. */
export async function trust(page: Page, id: string, label: string, role: string, flat?: string) {
  await page.goto("/settings");
  await page.locator("#trust-device").fill(id);
  await page.locator("#trust-label").fill(label);
  await page.locator("#trust-role").selectOption(role);
  if (flat) await page.locator("#trust-household").fill(flat);
  await page.locator("#trust-add").click();
  await expect(page.locator("#trusted-devices")).toContainText(label);
}
