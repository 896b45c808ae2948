import { expect, type Locator, type Page } from "@playwright/test";

/** The app shell as a person sees it: header, navigation, the page's heading. */
export class AppPage {
  readonly heading: Locator;
  readonly nav: Locator;
  readonly languageToggle: Locator;
  readonly skipLink: Locator;
  readonly main: Locator;
  readonly siteHeader: Locator;
  readonly printHeading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator("main h1");
    this.nav = page.getByRole("navigation");
    this.languageToggle = page.locator("header button.lang-toggle");
    this.skipLink = page.locator("a.skip-link");
    this.main = page.locator("main");
    this.siteHeader = page.locator("header.site-header");
    this.printHeading = page.locator(".print-heading");
  }

  /** Opens a path and waits until the WebAssembly app has rendered its heading. */
  async open(path = "/") {
    await this.page.goto(path);
    await this.waitForApp();
  }

  async waitForApp() {
    await expect(this.heading).toBeVisible();
  }

  /** The header's navigation links, in order. */
  get navLinks() {
    return this.page.locator("header nav a");
  }

  /** Every control a finger has to hit: the header's links and buttons, the page's buttons,
   * labels and text fields. */
  get touchTargets() {
    return this.page.locator("header a:not(.skip-link), header button, main button, main label, main input[type=text]");
  }

  /** The document's root element, which carries the large-text class. */
  get root() {
    return this.page.locator("html");
  }

  navLink(name: string) {
    return this.nav.getByRole("link", { name, exact: true });
  }

  /** The banner that says some stored records failed their checks, and its list. */
  get damageBanner() {
    return this.page.getByRole("alert").filter({ hasText: "部分记录未能通过核验" });
  }

  get damageList() {
    return this.page.locator("ul.damage li");
  }

  /** On a page whose code could not be fetched: tries again. */
  async retry() {
    await this.page.locator("#page-reload").click();
  }

  /** Follows a navigation link by where it goes, in either language. */
  async go(path: string) {
    await this.page.locator(`nav a[href="${path}"]`).click();
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
