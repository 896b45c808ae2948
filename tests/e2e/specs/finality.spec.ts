import { execFileSync } from "node:child_process";
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { VotePages } from "../support/vote-pages";
import { ExchangePage } from "../support/exchange-page";
import { SettingsPage } from "../support/settings-page";
import { deviceOnSettings as device, idOf, trust } from "../support/devices";

// Final means final: a revoked kiosk keeps voting and a closed vote is posted; neither the
// kiosk's clock nor its later file moves what was decided.

const VOTE = "北苑小区更换物业服务企业";
const MATTER = "4. 选聘和解聘物业服务企业或者其他管理人";

/** The secretary's laptop (the demo, an owners' vote open) and a kiosk it trusts, holding the
 * community. */
async function secretaryAndKiosk(page: Page, browser: Browser, problems: string[]) {
  await new CommunityPage(page).loadDemo();
  await new VotePages(page).openOwnersVote(VOTE, MATTER, "北苑小区");
  const votePath = new URL(page.url()).pathname;
  const kiosk = await device(browser, problems);
  await trust(page, await idOf(kiosk), "服务中心自助机", "clerk");
  const ex = new ExchangePage(page);
  await ex.open();
  const community = (await ex.export()).path;
  const kioskEx = new ExchangePage(kiosk);
  await kiosk.goto("/exchange");
  await kioskEx.merge(community);
  return { votePath, ex, kiosk, kioskEx, kioskVotes: new VotePages(kiosk) };
}

test("a kiosk revoked on the secretary's laptop keeps voting: the preview says its later ballots are set aside and the meters stay", async ({ page, browser, problems }) => {
  test.setTimeout(150_000);
  const { votePath, ex, kiosk, kioskEx, kioskVotes } = await secretaryAndKiosk(page, browser, problems);
  await kiosk.goto(votePath);
  for (const flat of ["2-1-101", "2-1-102"]) await kioskVotes.clerkBallot(flat, "同意");
  await kioskEx.open();
  await ex.open();
  await ex.merge((await kioskEx.export("#export-mine")).path);
  await page.goto(votePath);
  const votes = new VotePages(page);
  await expect(votes.meter("参与人数")).toContainText(/^[^/]*\b2 \//);

  // Revoking asks first, and says what it keeps.
  const settings = new SettingsPage(page);
  await settings.open();
  // Revoking cannot be taken back, so it asks first; cancelling leaves the kiosk trusted.
  await settings.askToRevoke("服务中心自助机");
  await settings.cancelRevoke();
  await expect(settings.revokeConfirm).toHaveCount(0);
  await expect(settings.trustedDevices).not.toContainText("已撤销");
  await settings.askToRevoke("服务中心自助机");
  await expect(settings.revokeQuestion).toContainText("本机已收到它的 2 条记录");
  await expect(settings.revokeQuestion).toContainText("它此后写下的一切都将被搁置");
  await settings.revokeConfirm.screenshot({ path: "screenshots/phone-zh-CN-revoke.png" });
  await settings.confirmRevoke();
  await expect(settings.trustedDevices).toContainText("已撤销");
  await expect(settings.revokeConfirm).toHaveCount(0);

  // The kiosk never hears of it and keeps voting; its clock stays behind the revocation.
  await kiosk.goto(votePath);
  for (const flat of ["2-1-201", "2-1-202", "2-2-101"]) await kioskVotes.clerkBallot(flat, "同意");
  await kioskEx.open();
  const later = (await kioskEx.export("#export-mine")).path;
  await ex.open();
  await ex.pick(later);
  await expect(ex.signers).toContainText("由 服务中心自助机 签名（已撤销信任）");
  await expect(ex.mergeBallots).toContainText(`${VOTE}：新增选票 3 张，其中 0 张计入`);
  await expect(ex.setAside).toContainText("3 条“投票”是设备被撤销后才写的，不计入");
  await ex.confirmMerge();
  await page.goto(votePath);
  await expect(votes.meter("参与人数")).toContainText(/^[^/]*\b2 \//);
  await expect(votes.otherAside).toContainText("服务中心自助机");
  await expect(votes.otherAside.locator("li")).toHaveCount(3);
});

test("a vote closed with a kiosk not taken in lists it first; its ballots then arrive after the close and the posted check code holds", async ({ page, browser, problems }) => {
  test.setTimeout(180_000);
  const { votePath, ex, kiosk, kioskEx, kioskVotes } = await secretaryAndKiosk(page, browser, problems);
  // The kiosk records three ballots the secretary never takes in before closing.
  await kiosk.goto(votePath);
  for (const flat of ["2-1-101", "2-1-102", "2-1-201"]) await kioskVotes.clerkBallot(flat, "同意");
  await page.goto(votePath);
  const votes = new VotePages(page);
  await votes.clerkBallot("1-1-101", "反对");

  // Closing names the kiosk first: nothing of it has been taken in.
  await votes.askToClose();
  const first = votes.takeInDevices.first();
  await expect(first.locator("th")).toHaveText("服务中心自助机");
  await expect(first).toContainText("从未收到");
  await expect(votes.takeIn).toContainText("结束后再导入将一律不计入");
  await votes.closeDialog.screenshot({ path: "screenshots/phone-zh-CN-close-take-in.png" });
  await votes.cancelClose();
  await votes.close();
  await expect(votes.verdict).toBeVisible();
  const posted = (await votes.digest.textContent())!.trim();
  expect(posted).toMatch(/^[0-9a-f]{64}$/);
  const meters = (await votes.meters.textContent())!;
  // The sheet as posted: its printed check code is the one on screen.
  await page.emulateMedia({ media: "print" });
  await page.pdf({ format: "A4", path: "test-results/finality-result-zh-CN.pdf" });
  await page.emulateMedia({ media: "screen" });
  const printed = execFileSync("pdftotext", ["-layout", "test-results/finality-result-zh-CN.pdf", "-"]).toString("utf8");
  expect(printed.replace(/\s+/g, "")).toContain(posted);

  // The kiosk's file arrives after the close: its ballots are listed, not counted.
  await kioskEx.open();
  const late = (await kioskEx.export("#export-mine")).path;
  await ex.open();
  await ex.pick(late);
  await expect(ex.mergeBallots).toContainText(`${VOTE}：新增选票 3 张，其中 0 张计入`);
  await expect(ex.setAside).toContainText("3 条“投票”在表决结束后才送达，不计入");
  await ex.confirmMerge();
  await page.goto(votePath);
  await expect(votes.late.locator("li")).toHaveCount(3);
  await expect(votes.late).toContainText("服务中心自助机");
  await expect(votes.meters).toHaveText(meters);
  await expect(votes.digest).toHaveText(posted);
  await page.setViewportSize({ width: 1080, height: 1920 });
  await votes.setAside.screenshot({ path: "screenshots/kiosk-zh-CN-vote-late.png" });

  // Anyone holding a later file checks the posted code against it.
  await ex.open();
  const after = (await ex.export()).path;
  const reader = await device(browser, problems);
  const readerEx = new ExchangePage(reader);
  await reader.goto("/exchange");
  await readerEx.pick(after);
  await readerEx.openReadOnly();
  await expect(readerEx.readOnly).toContainText(VOTE);
  await expect(readerEx.checkCodes.filter({ hasText: posted })).toHaveCount(1);
});
