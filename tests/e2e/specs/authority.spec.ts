import { readFileSync } from "node:fs";
import { generateKeyPairSync, sign } from "node:crypto";
import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { VotePages } from "../support/vote-pages";
import { VOTE, MATTER, secretaryOpensVote } from "../support/owners-vote";
import { ExchangePage, canonical, sha256 } from "../support/exchange-page";
import { deviceOnSettings as device, idOf, trust } from "../support/devices";
import { SettingsPage } from "../support/settings-page";
import { takesIn } from "../support/household-page";

test("a phone ballot for a flat whose owner then voted in person cannot be confirmed; the clerk sees the owner's name and dismisses it with a reason", async ({ page, browser, problems }) => {
  test.setTimeout(120_000);
  const { votePath, ex, file } = await secretaryOpensVote(page);
  const phone = await device(browser, problems);
  const { ex: phoneEx, mine } = await takesIn(phone, file);
  await mine.choose("1-1-201");
  await mine.answer(mine.vote(VOTE), "反对");
  await mine.submit(mine.vote(VOTE));
  await phoneEx.open();
  const sent = await phoneEx.export("#export-mine");

  await ex.open();
  await ex.merge(sent.path);
  await page.goto(votePath);
  const votes = new VotePages(page);
  await expect(votes.unconfirmed).toContainText("1-1-201");
  // Before anyone checked, the owner came to the service centre and voted there in person.
  await votes.clerkBallot("1-1-201", "同意");
  await expect(votes.meter("参与人数")).toContainText("1 / ");
  await expect(votes.unconfirmed).toContainText("登记业主：");
  await votes.confirmWaiting("1-1-201");
  await expect(votes.unconfirmedFailure).toContainText(/1-1-201 户已于 .* 投过票/);
  await expect(votes.unconfirmedFailure).toBeInViewport();
  await votes.dismissWaiting("1-1-201", "该户业主已在服务中心投票");
  await expect(votes.unconfirmed.getByRole("button", { name: "确认计入 1-1-201" })).toHaveCount(0);
  await expect(votes.unconfirmed).not.toContainText("投过票");
  await expect(votes.dismissed).toHaveText([/^1-1-201 的“反对”票（手机）不予计入：该户业主已在服务中心投票（/]);
  await expect(votes.meter("参与人数")).toContainText("1 / ");
  await votes.unconfirmed.screenshot({ path: "screenshots/phone-zh-CN-dismissed.png" });
});

test("a phone enrolled for one flat is that flat's at once: its ballot counts without a clerk, and it offers no other flat", async ({ page, browser, problems }) => {
  test.setTimeout(120_000);
  const phone = await device(browser, problems);
  const phoneId = await idOf(phone);
  await new CommunityPage(page).loadDemo();
  await new VotePages(page).openOwnersVote(VOTE, MATTER, "北苑小区");
  const votePath = new URL(page.url()).pathname;
  await trust(page, phoneId, "王芳的手机", "resident", "1-2-101");
  await expect(new SettingsPage(page).trustedDevices).toContainText("住户手机 1-2-101");
  const ex = new ExchangePage(page);
  await ex.open();
  const file = (await ex.export()).path;

  // Enrolled, the phone is its household's without being asked, and cannot be pointed at another.
  const { mine } = await takesIn(phone, file);
  const phoneSettings = new SettingsPage(phone);
  await phoneSettings.open();
  await expect(phoneSettings.ownTrust).toHaveText("这台设备登记为住户本人手机： 1-2-101");
  await mine.open();
  await expect(mine.title).toHaveText("1-2-101");
  await expect(mine.enrolment).toHaveText("服务中心已把这台手机登记为本户的手机，选票直接计入。");
  await expect(mine.change).toHaveCount(0);
  const ballot = mine.vote(VOTE);
  await mine.answer(ballot, "同意");
  await mine.submit(ballot);
  await expect(mine.standing(ballot)).toHaveText("已计入");
  await mine.expectNoStaffControls();
  await phone.goto(votePath);
  const votes = new VotePages(phone);
  await expect(votes.meter("参与人数")).toContainText("1 / ");
  // Another household's ballot from this phone is still the core's to refuse (a hand-made file
  // could carry one): the rule is tested natively; the page offers no way to cast it.
  await mine.expectNoStaffControls();
  await expect(votes.verdict).toHaveCount(0);
});

/** A stranger's device signs its own chain after the community's events, as a file written
 * from the format document alone would: a valid file whose events the rules must not count. */
function strangerCloses(json: string, vote: string): string {
  const doc = JSON.parse(json);
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const device = publicKey.export({ format: "der", type: "spki" }).subarray(-32).toString("hex");
  const lamport = Math.max(...doc.events.map((e: { lamport: number }) => e.lamport)) + 1;
  const body = {
    id: `${device}:1`,
    lamport,
    wall_ms: Date.now(),
    author: "stranger",
    prev: null,
    payload: { type: "vote_closed", vote },
  };
  const hash = sha256(canonical(body));
  doc.events.push({ ...body, hash });
  const message = `gongzhi-head-v1\n${device}\n1\n${hash}`;
  const signature = sign(null, Buffer.from(message), privateKey).toString("hex");
  doc.heads.push({ device, seq: 1, hash, signature });
  doc.heads.sort((a: { device: string }, b: { device: string }) => a.device.localeCompare(b.device));
  const { digest: _d, ...rest } = doc;
  doc.digest = sha256(canonical({ ...rest, events: doc.events.map((e: { hash: string }) => e.hash) }));
  return JSON.stringify(doc);
}

test("a stranger's signed file changes no result and the preview says so; a revoked kiosk's ballots the revoker never held do not count", async ({ page, browser, problems }) => {
  test.setTimeout(150_000);
  const { votePath, ex, file } = await secretaryOpensVote(page);
  const vote = votePath.split("/").pop()!;
  const forged = strangerCloses(readFileSync(file, "utf8"), decodeURIComponent(vote));
  await ex.pick({ name: "stranger.json", mimeType: "application/json", buffer: Buffer.from(forged) });
  await expect(ex.signers).toContainText("来自未知设备");
  await expect(ex.setAside).toContainText("1 条“结束表决”来自未授权的设备，不计入");
  await ex.confirmMerge();
  await page.goto(votePath);
  const votes = new VotePages(page);
  await expect(votes.closeButton).toBeVisible();
  await expect(votes.verdict).toHaveCount(0);

  // A kiosk is trusted, takes the community in, and records four ballots offline; meanwhile
  // the admin revokes it, holding none of them. None counts.
  const kiosk = await device(browser, problems);
  await trust(page, await idOf(kiosk), "北苑 kiosk 3", "clerk");
  await ex.open();
  const withKiosk = (await ex.export()).path;
  const kioskEx = new ExchangePage(kiosk);
  await kiosk.goto("/exchange");
  await kioskEx.merge(withKiosk);
  await kiosk.goto(votePath);
  const kioskVotes = new VotePages(kiosk);
  for (const flat of ["2-1-101", "2-1-102", "2-1-201", "2-1-202"]) await kioskVotes.clerkBallot(flat, "同意");
  await kioskEx.open();
  const kioskFile = (await kioskEx.export()).path;

  const settings = new SettingsPage(page);
  await settings.open();
  await settings.askToRevoke("北苑 kiosk 3");
  await expect(settings.revokeQuestion).toContainText("本机还没有收到它的任何记录");
  await settings.confirmRevoke();
  await expect(settings.trustedDevices).toContainText("已撤销");
  await ex.open();
  await ex.pick(kioskFile);
  await expect(ex.signers).toContainText("由 北苑 kiosk 3 签名（已撤销信任）");
  // The admin held none of its ballots when it revoked it: all four came after, whatever
  // their clocks say.
  await expect(ex.setAside).toContainText("4 条“投票”是设备被撤销后才写的，不计入");
  await ex.mergeConfirm.click();
  await page.goto(votePath);
  await expect(votes.meter("参与人数")).toContainText(/^[^/]*\b0 \//);
});
