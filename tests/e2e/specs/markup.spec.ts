import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { ProjectPages } from "../support/project-pages";
import { VotePages } from "../support/vote-pages";
import { ExchangePage } from "../support/exchange-page";
import { FundsPage } from "../support/funds-page";
import { MeetingsPage } from "../support/meetings-page";
import { OrganisationsPage } from "../support/organisations-page";
import { SettingsPage } from "../support/settings-page";

// If any of these ever became markup, the inline handler would also trip the CSP, which the
// fixture reports as a console error: two independent alarms.
const XSS = "<img src=x onerror=window.__xss=1>";
const BOLD = "<b>粗体</b>";

async function expectInert(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("main b", { hasText: "粗体" })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

test("markup typed into every kind of text field is shown as text, never run", async ({ page, browser, app }) => {
  test.setTimeout(120_000);
  const community = new CommunityPage(page);
  await community.loadDemo();

  // A request: title, description, place, who.
  const projects = new ProjectPages(page);
  await projects.raiseRequest(XSS, BOLD, "北苑小区", { category: "安全", spot: XSS, who: [BOLD, "3-1-201"] });
  await expect(projects.requests).toContainText(XSS);
  await expect(projects.requests).toContainText(`提出人：${BOLD}（3-1-201）`);
  await expectInert(page);

  // A body and a member.
  const organisations = new OrganisationsPage(page);
  await app.navLink("组织").click();
  await organisations.found(XSS);
  const org = organisations.body(XSS);
  await expect(org).toHaveCount(1);
  await organisations.openAddMember(org);
  await organisations.addMember(org, { name: BOLD, start: "2026-01-01" });
  await expect(organisations.inOffice(org)).toHaveText("1");
  await expectInert(page);

  // A self-raised fund.
  await page.goto("/funds");
  await new FundsPage(page).openFund(XSS, "100");
  await expectInert(page);

  // A meeting: name, place, agenda.
  const meetings = new MeetingsPage(page);
  await page.goto("/meetings");
  await meetings.schedule({ name: XSS, date: "2027-01-15", time: "19:30", place: BOLD, agenda: [XSS, BOLD] });
  await expect(meetings.meetings).toContainText(XSS);
  await expectInert(page);

  // A vote's title, on its page, in its QR text and in a file another device previews.
  await page.goto("/");
  const votes = new VotePages(page);
  await votes.openOwnersVote(XSS, "4. 选聘和解聘物业服务企业或者其他管理人", "北苑小区");
  await votes.clerkBallot("1-1-101", "同意");
  await expect(votes.qrText).toContainText(`title: ${XSS}`, { useInnerText: false });
  await expectInert(page);

  // A trusted device's name.
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.trust("a".repeat(64), XSS);
  await expect(settings.trustedDevices).toContainText(XSS);
  await expectInert(page);

  const ex = new ExchangePage(page);
  await ex.open();
  const file = await ex.export();
  const other = await (await browser.newContext()).newPage();
  const otherEx = new ExchangePage(other);
  await other.goto("/exchange");
  await otherEx.pick(file.path);
  await expect(otherEx.mergeBallots).toContainText(`${XSS}：新增选票 1 张`);
  await otherEx.openReadOnly();
  // The vote and the fund, each named as text beside its check code.
  await expect(otherEx.readOnly.locator("h3", { hasText: XSS })).toHaveCount(2);
  await expect(otherEx.fileFundDigest(0)).toHaveText(/^[0-9a-f]{64}$/);
  await expectInert(other);
});
