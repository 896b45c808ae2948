import { expect, type Locator, type Page } from "@playwright/test";

/** The app shell as a person sees it: header, navigation, the page's heading. */
export class AppPage {
  readonly heading: Locator;
  readonly nav: Locator;
  readonly languageToggle: Locator;
  readonly skipLink: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator("main h1");
    this.nav = page.getByRole("navigation");
    this.languageToggle = page.locator("header button.lang-toggle");
    this.skipLink = page.locator("a.skip-link");
    this.main = page.locator("main");
  }

  /** Opens a path and waits until the WebAssembly app has rendered its heading. */
  async open(path = "/") {
    await this.page.goto(path);
    await this.waitForApp();
  }

  async waitForApp() {
    await expect(this.heading).toBeVisible();
  }

  navLink(name: string) {
    return this.nav.getByRole("link", { name, exact: true });
  }

  htmlLang() {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  rootFontSize() {
    return this.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  }

  /** Resolves once a service worker controls the page, so a reload can be served offline. */
  async waitForServiceWorker() {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
        );
      }
    });
  }
}
