import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** The file a page offers for download after `click`: its suggested name, where it was saved,
 * and its bytes. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}
