import { test as base, expect } from "@playwright/test";
import { AppPage } from "./app-page";

type Fixtures = {
  app: AppPage;
  /** Console errors, uncaught exceptions and CSP violations seen so far; every test must end with none. */
  problems: string[];
};

export const test = base.extend<Fixtures>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
      });
      page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
        });
      });
      await use(problems);
      expect(problems, "no console error, uncaught exception or CSP violation").toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ page }, use) => {
    await use(new AppPage(page));
  },
});

export { expect };
