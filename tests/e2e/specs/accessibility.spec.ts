import AxeBuilder from "@axe-core/playwright";
import * as path from "path";
import { test, expect } from "../support/fixtures";
import type { Page } from "@playwright/test";

// Every page, in both languages, on a phone and on a portrait kiosk screen. Pages of a community
// are reached from the demo, by the links a person would follow.
type Target = { name: string; path: string; demo?: boolean; clock?: boolean; follow?: (page: Page) => Promise<void> };
const pages: Target[] = [
  { name: "home", path: "/" },
  { name: "settings", path: "/settings" },
  { name: "not-found", path: "/no/such/page" },
  { name: "community", path: "/", demo: true },
  {
    name: "exchange",
    path: "/",
    demo: true,
    // The report, the merge preview and the read-only view of a file just exported.
    follow: async (page) => {
      await page.locator('header nav a[href="/exchange"]').click();
      const downloading = page.waitForEvent("download");
      await page.locator("#export-all").click();
      const file = (await (await downloading).path())!;
      await page.locator("#snapshot-file").setInputFiles(file);
      await page.locator("#merge-nothing-new").waitFor();
      await page.locator("#open-read-only").click();
      await page.locator("#read-only").waitFor();
    },
  },
  {
    name: "settings-admin",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator('header nav a[href="/settings"]').click();
      await page.locator("#trusted-devices td").first().waitFor();
    },
  },
  {
    name: "vote",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("#votes-title + ul a").first().click();
      await page.locator("li.member").first().waitFor();
    },
  },
  {
    name: "requests",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("nav a[href='/requests']").click();
      await page.locator("#request-title").waitFor();
    },
  },
  {
    name: "draft",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("nav a[href='/requests']").click();
      await page.locator("#request-title").fill("北苑 3 栋路灯不亮");
      await page.locator("form[aria-labelledby='request-new-title'] button[type=submit]").click();
      await page.locator("ul.requests a[href$='/draft']").first().click();
      await page.locator("#proposal-title").waitFor();
    },
  },
  {
    name: "registry",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("nav a[href='/registry']").click();
      await page.locator("#registry-search").waitFor();
    },
  },
  {
    name: "registry-mapping",
    path: "/",
    demo: true,
    // The roster import's column mapping step, for a workbook with unfamiliar headers.
    follow: async (page) => {
      await page.locator("nav a[href='/registry']").click();
      await page.locator("#import-file").setInputFiles(path.join(__dirname, "../fixtures/office-unfamiliar.xlsx"));
      await page.locator("#roster-mapping").waitFor();
    },
  },
  {
    name: "sign-in-sheet",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("nav a[href='/registry']").click();
      await page.locator("#sign-in-link").click();
      await page.locator("#sign-in-compound").selectOption({ index: 1 });
      await page.locator(".sign-in-page").first().waitFor();
    },
  },
  {
    name: "organisations",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("nav a[href='/organisations']").click();
      await page.locator("#org-name").waitFor();
    },
  },
  {
    name: "new-vote",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("#new-vote-link").click();
      await page.locator("#vote-title").waitFor();
    },
  },
  {
    name: "kiosk",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("#new-vote-link").click();
      await page.locator("#vote-title").fill("北苑小区更换物业服务企业");
      await page.locator("#open-vote").click();
      await page.locator("#enter-kiosk").click();
      await page.locator("#new-pin").fill("2580");
      await page.locator("#confirm-pin").fill("2580");
      await page.locator("#save-pin").click();
      await page.locator("#kiosk-question").waitFor();
    },
  },
  {
    name: "proposal",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("#proposals-title + ul a").first().click();
      await page.locator("#proposal-stage").waitFor();
    },
  },
  {
    name: "proposal-roadshow",
    path: "/",
    demo: true,
    clock: true,
    follow: async (page) => {
      await page.clock.fastForward(8 * 24 * 60 * 60 * 1000);
      await page.locator("#proposals-title + ul a").first().click();
      await page.locator("#roadshow-presenter").waitFor();
    },
  },
  {
    name: "funds",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("#funds-link").click();
      await page.locator("#fund-title").waitFor();
    },
  },
  {
    name: "fund",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("#funds-link").click();
      await page.locator("#fund-title").fill("沿河种植樱花树");
      await page.locator("#fund-target").fill("2000");
      await page.locator("#open-fund").click();
      await page.locator("#pasted-payments").fill("4-1-101 70\n4-1-102 75");
      await page.locator("#pasted-confirm").click();
      await page.locator("#contributions").waitFor();
    },
  },
  {
    name: "meetings",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("#meetings-link").click();
      await page.locator("#set-series").click();
      await page.locator("#series li").first().waitFor();
    },
  },
  {
    name: "paper-ballots",
    path: "/",
    demo: true,
    follow: async (page) => {
      await page.locator("#new-vote-link").click();
      await page.locator("#vote-title").fill("北苑 1 栋屋面防水维修");
      await page.locator("#open-vote").click();
      await page.locator("#enter-paper").click();
      await page.locator("#paper-clerk").fill("王秀英");
      for (const [round, choice] of [["#paper-round-first", 0], ["#paper-round-second", 1]] as const) {
        if (round === "#paper-round-second") await page.locator("#paper-clerk").fill("李明");
        await page.locator(round).check();
        await page.locator("#paper-flat").fill("1-1-201");
        await page.locator(".vote-choice").nth(choice).click();
        await page.locator("#paper-keyed").filter({ hasText: "1-1-201" }).waitFor();
      }
      await page.locator("tr.mismatch").waitFor();
    },
  },
];
const screens = [
  { name: "phone", viewport: { width: 390, height: 844 } },
  { name: "kiosk", viewport: { width: 1080, height: 1920 } },
];

for (const screen of screens) {
  test.describe(screen.name, () => {
    test.use({ viewport: screen.viewport });
    for (const locale of ["zh-CN", "en-US"]) {
      test.describe(locale, () => {
        test.use({ locale });
        for (const p of pages) {
          test(`${p.name} has no serious accessibility violation`, async ({ app, page }) => {
            if (p.clock) await page.clock.install();
            await app.open(p.path);
            if (p.demo) {
              await page.locator("#load-demo").click();
              await page.locator("#community-title").waitFor();
            }
            if (p.follow) await p.follow(page);
            const results = await new AxeBuilder({ page }).analyze();
            const serious = results.violations
              .filter((v) => v.impact === "serious" || v.impact === "critical")
              .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
            expect(serious).toEqual([]);
            // A repeated id makes a label or heading point at the wrong element.
            const repeatedIds = await page.evaluate(() => {
              const counts = new Map<string, number>();
              for (const el of document.querySelectorAll("[id]")) counts.set(el.id, (counts.get(el.id) ?? 0) + 1);
              return [...counts].filter(([, n]) => n > 1).map(([id]) => id);
            });
            expect(repeatedIds).toEqual([]);
            await page.screenshot({ path: `screenshots/${screen.name}-${locale}-${p.name}.png`, fullPage: true });
          });
        }
      });
    }
  });
}
