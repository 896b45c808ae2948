import { expect, type Page } from "@playwright/test";
import type { AppPage } from "./app-page";

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each. */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

/**
 * Prints the page as posted, in Chinese and then in English (switched in the header, which is
 * not printed), each to test-results/<name>-<lang>.pdf, and checks its heading and its pages.
 * Leaves the page on screen, in English.
 */
export async function printBothLanguages(
  page: Page,
  app: AppPage,
  name: string,
  headings: { zh: string; en: string },
  maxPages = 1,
) {
  for (const lang of ["zh-CN", "en"] as const) {
    if (lang === "en") await app.languageToggle.click();
    await page.emulateMedia({ media: "print" });
    await expect(app.printHeading).toContainText(lang === "en" ? headings.en : headings.zh);
    const pdf = await page.pdf({ format: "A4", path: `test-results/${name}-${lang}.pdf` });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdfPages(pdf), `${name} in ${lang}`).toBeLessThanOrEqual(maxPages);
    await page.emulateMedia({ media: "screen" });
  }
}
