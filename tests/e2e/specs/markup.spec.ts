import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { ProjectPages } from "../support/project-pages";
import { VotePages } from "../support/vote-pages";
import { ExchangePage } from "../support/exchange-page";

// If any of these ever became markup, the inline handler would also trip the CSP, which the
// fixture reports as a console error: two independent alarms.
const XSS = "<img src=x onerror=window.__xss=1>";
const BOLD = "<b>粗体</b>";

async function expectInert(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("main b", { hasText: "粗体" })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
}

test("markup typed into every kind of text field is shown as text, never run", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const community = new CommunityPage(page);
  await community.loadDemo();

  // A request: title, description, place, who.
  const projects = new ProjectPages(page);
  await projects.raiseRequest(XSS, BOLD, "北苑小区", { category: "安全", spot: XSS, who: [BOLD, "3-1-201"] });
  await expect(page.locator("ul.requests")).toContainText(XSS);
  await expect(page.locator("ul.requests")).toContainText(`提出人：${BOLD}（3-1-201）`);
  await expectInert(page);

  // A body and a member.
  await page.getByRole("navigation").getByRole("link", { name: "组织", exact: true }).click();
  await page.locator("#org-name").fill(XSS);
  await page.locator("#org-add").click();
  const org = page.locator("section.organisation").filter({ has: page.getByRole("heading", { name: XSS }) });
  await expect(org).toHaveCount(1);
  await org.locator("summary", { hasText: "添加成员" }).click();
  await org.getByLabel("姓名", { exact: true }).fill(BOLD);
  await org.getByLabel("任期开始").fill("2026-01-01");
  await org.getByRole("button", { name: "添加成员" }).click();
  await expect(org.locator(".in-office")).toHaveText("1");
  await expectInert(page);

  // A self-raised fund.
  await page.goto("/funds");
  await page.locator("#fund-title").fill(XSS);
  await page.locator("#fund-target").fill("100");
  await page.locator("#open-fund").click();
  await expect(page.locator("main h1")).toHaveText(XSS);
  await expectInert(page);

  // A meeting: name, place, agenda.
  await page.goto("/meetings");
  await page.locator("#meeting-name").fill(XSS);
  await page.locator("#meeting-date").fill("2027-01-15");
  await page.locator("#meeting-time").fill("19:30");
  await page.locator("#meeting-place").fill(BOLD);
  await page.locator("#meeting-agenda").fill(`${XSS}\n${BOLD}`);
  await page.locator("#schedule-meeting").click();
  await expect(page.locator("#meetings")).toContainText(XSS);
  await expectInert(page);

  // A vote's title, on its page, in its QR text and in a file another device previews.
  await page.goto("/");
  const votes = new VotePages(page);
  await votes.openOwnersVote(XSS, "4. 选聘和解聘物业服务企业或者其他管理人", "北苑小区");
  await votes.clerkBallot("1-1-101", "同意");
  await expect(page.locator("#qr-text")).toContainText(`title: ${XSS}`, { useInnerText: false });
  await expectInert(page);

  // A trusted device's name.
  await page.goto("/settings");
  await page.locator("#trust-device").fill("a".repeat(64));
  await page.locator("#trust-label").fill(XSS);
  await page.locator("#trust-add").click();
  await expect(page.locator("#trusted-devices")).toContainText(XSS);
  await expectInert(page);

  const ex = new ExchangePage(page);
  await ex.open();
  const file = await ex.export();
  const other = await (await browser.newContext()).newPage();
  await other.goto("/exchange");
  await new ExchangePage(other).pick(file.path);
  await expect(other.locator("#merge-ballots")).toContainText(`${XSS}：新增选票 1 张`);
  await other.locator("#open-read-only").click();
  // The vote and the fund, each named as text beside its check code.
  await expect(other.locator("#read-only h3", { hasText: XSS })).toHaveCount(2);
  await expect(other.locator("#file-fund-0-digest")).toHaveText(/^[0-9a-f]{64}$/);
  await expectInert(other);
});
