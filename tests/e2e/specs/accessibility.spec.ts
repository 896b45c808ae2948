import * as path from "path";
import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { AppPage } from "../support/app-page";
import { seriousViolations } from "../support/axe";
import { CommunityPage } from "../support/community-page";
import { ExchangePage } from "../support/exchange-page";
import { FundsPage } from "../support/funds-page";
import { KioskPage } from "../support/kiosk-page";
import { MeetingsPage } from "../support/meetings-page";
import { OrganisationsPage } from "../support/organisations-page";
import { PaperBallotsPage } from "../support/paper-ballots-page";
import { ProjectPages } from "../support/project-pages";
import { RegistryPage } from "../support/registry-page";
import { SettingsPage } from "../support/settings-page";
import { SignInSheetPage } from "../support/sign-in-page";
import { VotePages } from "../support/vote-pages";

// Every page, in both languages, on a phone and on a portrait kiosk screen. Pages of a community
// are reached from the demo, by the links a person would follow; the steps below work in either
// language, so they go by the links' addresses and the controls' ids.
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
      const exchange = new ExchangePage(page);
      await new AppPage(page).go("/exchange");
      const file = (await exchange.export()).path;
      await exchange.pick(file);
      await exchange.nothingNew.waitFor();
      await exchange.openReadOnly();
      await exchange.readOnly.waitFor();
    },
  },
  {
    name: "settings-admin",
    path: "/",
    demo: true,
    follow: async (page) => {
      await new AppPage(page).go("/settings");
      await new SettingsPage(page).trustedDevices.locator("td").first().waitFor();
    },
  },
  {
    name: "vote",
    path: "/",
    demo: true,
    follow: async (page) => {
      const community = new CommunityPage(page);
      await community.openFirstVote();
      await community.members.first().waitFor();
    },
  },
  {
    name: "requests",
    path: "/",
    demo: true,
    follow: async (page) => {
      await new AppPage(page).go("/requests");
      await new ProjectPages(page).requestTitle.waitFor();
    },
  },
  {
    name: "draft",
    path: "/",
    demo: true,
    follow: async (page) => {
      await new AppPage(page).go("/requests");
      await new ProjectPages(page).draftFromTitleOnly("北苑 3 栋路灯不亮");
    },
  },
  {
    name: "registry",
    path: "/",
    demo: true,
    follow: async (page) => {
      await new AppPage(page).go("/registry");
      await new RegistryPage(page).searchBox.waitFor();
    },
  },
  {
    name: "registry-mapping",
    path: "/",
    demo: true,
    // The roster import's column mapping step, for a workbook with unfamiliar headers.
    follow: async (page) => {
      const registry = new RegistryPage(page);
      await new AppPage(page).go("/registry");
      await registry.pickFile(path.join(__dirname, "../fixtures/office-unfamiliar.xlsx"));
      await registry.mapping.waitFor();
    },
  },
  {
    name: "sign-in-sheet",
    path: "/",
    demo: true,
    follow: async (page) => {
      const signIn = new SignInSheetPage(page);
      await new AppPage(page).go("/registry");
      await new RegistryPage(page).openSignInSheet();
      await signIn.chooseCompound({ index: 1 });
      await signIn.sheets.first().waitFor();
    },
  },
  {
    name: "organisations",
    path: "/",
    demo: true,
    follow: async (page) => {
      await new AppPage(page).go("/organisations");
      await new OrganisationsPage(page).nameField.waitFor();
    },
  },
  {
    name: "new-vote",
    path: "/",
    demo: true,
    follow: async (page) => {
      await new VotePages(page).startNewVote();
    },
  },
  {
    name: "kiosk",
    path: "/",
    demo: true,
    follow: async (page) => {
      await new VotePages(page).openTitled("北苑小区更换物业服务企业");
      await new KioskPage(page).start("2580");
    },
  },
  {
    name: "proposal",
    path: "/",
    demo: true,
    follow: async (page) => {
      await new CommunityPage(page).openFirstProject();
      await new ProjectPages(page).stage.waitFor();
    },
  },
  {
    name: "proposal-roadshow",
    path: "/",
    demo: true,
    clock: true,
    follow: async (page) => {
      await page.clock.fastForward(8 * 24 * 60 * 60 * 1000);
      await new CommunityPage(page).openFirstProject();
      await new ProjectPages(page).roadshowPresenter.waitFor();
    },
  },
  {
    name: "funds",
    path: "/",
    demo: true,
    follow: async (page) => {
      await new FundsPage(page).openList();
    },
  },
  {
    name: "fund",
    path: "/",
    demo: true,
    follow: async (page) => {
      const funds = new FundsPage(page);
      await funds.openList();
      await funds.openFund("沿河种植樱花树", "2000");
      await funds.pastePayments(["4-1-101 70", "4-1-102 75"]);
      await funds.confirmPasted();
      await funds.contributionTable.waitFor();
    },
  },
  {
    name: "meetings",
    path: "/",
    demo: true,
    follow: async (page) => {
      await new MeetingsPage(page).openWithSeries();
    },
  },
  {
    name: "paper-ballots",
    path: "/",
    demo: true,
    follow: async (page) => {
      const paper = new PaperBallotsPage(page);
      await new VotePages(page).openTitled("北苑 1 栋屋面防水维修");
      await paper.open();
      for (const [round, clerk, choice] of [["first", "王秀英", 0], ["second", "李明", 1]] as const) {
        await paper.clerkRound(clerk, round);
        await paper.keyNth("1-1-201", choice);
        await paper.keyed.filter({ hasText: "1-1-201" }).waitFor();
      }
      await paper.mismatches.waitFor();
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
            if (p.demo) await new CommunityPage(page).loadDemoHere();
            if (p.follow) await p.follow(page);
            expect(await seriousViolations(page)).toEqual([]);
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
