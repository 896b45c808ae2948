import { test, expect } from "../support/fixtures";
import type { Locator } from "@playwright/test";
import { ExchangePage } from "../support/exchange-page";
import { CommunityPage } from "../support/community-page";
import { FundsPage } from "../support/funds-page";
import { PaperBallotsPage } from "../support/paper-ballots-page";
import { ProjectPages } from "../support/project-pages";
import { VotePages } from "../support/vote-pages";

// A page switched in place must read exactly as the same page opened in that language: text kept
// in a signal as an already-translated string would stay in the old language and differ here.
// A status line is left out: switching language is itself a setting saved, and says so. So is
// the browser's figure of storage used, which moves by itself between two readings.
async function mainText(main: Locator): Promise<string> {
  await main.page().waitForTimeout(200);
  return main.evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[role=status], [data-testid=storage-used]").forEach((s) => s.remove());
    document.body.appendChild(copy);
    const text = copy.innerText;
    copy.remove();
    return text;
  });
}

test.describe("switching language in place", () => {
  test("leaves no text of the other language on any page, in both directions", async ({ app, page }) => {
    test.setTimeout(300_000);
    const community = new CommunityPage(page);
    await community.loadDemo();
    const paths = ["/", "/requests", "/projects", "/votes", "/funds", "/meetings", "/registry",
      "/registry/sign-in", "/organisations", "/exchange", "/settings", "/new-vote"];
    await app.navLink("表决").click();
    await expect(community.voteLinks).not.toHaveCount(0);
    for (const link of await community.voteLinks.all()) {
      const vote = new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname;
      paths.push(vote, `${vote}/paper`);
    }
    await app.navLink("项目").click();
    const project = new URL(await community.projectLinks.first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname;
    paths.push(project);
    await app.navLink("自筹").click();
    for (const link of await new FundsPage(page).fundLinks.all()) {
      paths.push(new URL(await link.evaluate((a) => (a as HTMLAnchorElement).href)).pathname);
    }

    for (const path of paths) {
      await app.open(path);
      for (const [to, back] of [["English", "Chinese"], ["Chinese", "English"]]) {
        await app.languageToggle.click();
        await expect.poll(() => app.htmlLang(), `${path} switched to ${to}`).toBe(to === "English" ? "en" : "zh-CN");
        const switched = await mainText(app.main);
        await page.reload();
        await app.waitForApp();
        const fresh = await mainText(app.main);
        expect.soft(switched, `${path} switched from ${back} to ${to} reads as a fresh ${to} page`).toBe(fresh);
      }
    }
  });

  test("a file's report, its read-only view and a refusal follow the language too", async ({ app, page }) => {
    await new CommunityPage(page).loadDemo();
    const exchange = new ExchangePage(page);
    await exchange.open();
    const file = await exchange.export();
    const garbage = { name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"format": "something else"}') };
    // What `shown` reads after a switch must be what a fresh `open` reads in the new language.
    const compare = async (what: string, open: () => Promise<void>, shown: Locator) => {
      await open();
      await expect(shown).toBeVisible();
      await app.languageToggle.click();
      const switched = await shown.innerText();
      await open();
      await expect(shown).toBeVisible();
      expect.soft(switched, `${what} after a switch to ${await app.htmlLang()}`).toBe(await shown.innerText());
    };
    await compare("the file's report", () => exchange.pick(file.path), exchange.preview);
    await compare("the read-only view", async () => {
      await exchange.pick(file.path);
      await exchange.openReadOnly();
    }, app.main);
    await exchange.closeReadOnly();
    await compare("a refused file", () => exchange.pick(garbage), exchange.error);
  });

  test("a form's feedback already on screen follows a switch", async ({ app, page }) => {
    const community = new CommunityPage(page);
    await community.loadDemo();
    // The flat picker's refusal on a request.
    const projects = new ProjectPages(page);
    await app.open("/requests");
    await projects.requestTitle.fill("路灯坏了");
    await projects.requestFlat.fill("9-9-999");
    await projects.sendRequest();
    const flat = projects.requestFlatError;
    await expect(flat).toHaveText("找不到这个房号或住户码。房号请按“楼栋-单元-房号”填写，如 1-2-301。");
    await app.languageToggle.click();
    await expect(flat).toHaveText("No such flat or household code. Write a flat as building-unit-room, e.g. 1-2-301.");
    await app.languageToggle.click();
    await expect(flat).toHaveText("找不到这个房号或住户码。房号请按“楼栋-单元-房号”填写，如 1-2-301。");

    // A paper ballot keyed before the clerk's name.
    const votes = new VotePages(page);
    await app.open("/");
    await votes.openOwnersVote("北苑 1 栋屋面防水维修（使用维修资金）", "5. 使用建筑物及其附属设施的维修资金", "北苑小区");
    const paper = new PaperBallotsPage(page);
    await paper.open();
    await paper.key("1-1-201", "同意");
    const clerk = paper.flatError;
    await expect(clerk).toHaveText("请先填写录入人姓名。");
    await app.languageToggle.click();
    await expect(clerk).toHaveText("Please enter your name first.");
  });
});
