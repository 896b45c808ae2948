import { readFileSync, writeFileSync, truncateSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { VotePages } from "../support/vote-pages";
import { HouseholdPage } from "../support/household-page";
import { ExchangePage, forgeBallot } from "../support/exchange-page";
import { otherDevice } from "../support/devices";
import { AppPage } from "../support/app-page";
import { SettingsPage } from "../support/settings-page";

const VOTE = "北苑小区更换物业服务企业";
const MATTER = "4. 选聘和解聘物业服务企业或者其他管理人";

/** Another device, on its exchange page. */
async function device(browser: Browser, problems: string[]): Promise<Page> {
  const page = await otherDevice(browser, problems);
  await page.goto("/exchange");
  await expect(new AppPage(page).heading).toHaveText("交换记录");
  return page;
}

test("two offline kiosks' files merge on a third device: right totals, one conflict, tampering and forgery refused", async ({ page, browser, problems }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "gongzhi-snapshots-"));

  // The secretary's phone founds the community (the demo) and is its admin device.
  const secretary = page;
  await new CommunityPage(secretary).loadDemo();
  const kiosk = await device(browser, problems);
  const kioskSettings = new SettingsPage(kiosk);
  await kioskSettings.open();
  await kioskSettings.expectId();
  const kioskId = await kioskSettings.id();
  await expect(kioskSettings.ownTrust).toHaveText("这台设备不在可信名单中。请把上面的设备编号交给管理员。");

  const settings = new SettingsPage(secretary);
  await settings.open();
  await expect(settings.ownTrust).toHaveText("这台设备是管理设备。");
  await settings.trust("not-a-device", "北苑 kiosk 2");
  await expect(secretary.getByRole("alert").filter({ hasText: "设备编号应为 64 位小写十六进制字符。" })).toBeVisible();
  await settings.trust(kioskId, "北苑 kiosk 2");
  await expect(settings.trustedDevices).toContainText("北苑 kiosk 2");

  await secretary.goto("/");
  const votes = new VotePages(secretary);
  await votes.openOwnersVote(VOTE, MATTER, "北苑小区");
  const votePath = new URL(secretary.url()).pathname;
  const ex = new ExchangePage(secretary);
  await ex.open();
  const start = await ex.export();
  expect(start.name).toMatch(/^gongzhi-晋阳社区-all-\d{4}-\d{2}-\d{2}\.json$/);

  // The kiosk takes the community in, then both lose the network.
  const kioskEx = new ExchangePage(kiosk);
  await kiosk.goto("/exchange");
  await kioskEx.pick(start.path);
  await expect(kioskEx.signers).toContainText("（文件自带的设备名单称其可信；本机尚无社区，无从核对）");
  await expect(kioskEx.report).toContainText("与内容相符 ✓");
  await kioskEx.confirmMerge();
  await kiosk.goto(votePath);
  await expect(new AppPage(kiosk).heading).toHaveText(VOTE);
  await secretary.goto(votePath);
  await secretary.context().setOffline(true);
  await kiosk.context().setOffline(true);

  // 1-1-201 votes on both devices.
  await votes.clerkBallot("1-1-101", "同意");
  await votes.clerkBallot("1-1-201", "反对");
  const kioskVotes = new VotePages(kiosk);
  await kioskVotes.clerkBallot("1-1-201", "同意");
  await kioskVotes.clerkBallot("2-1-101", "同意");
  await ex.open();
  const fileA = await ex.export();
  await kioskEx.open();
  const fileB = await kioskEx.export();

  // A third device, the council office's PC, imports both.
  const office = await device(browser, problems);
  const officeEx = new ExchangePage(office);
  await officeEx.merge(fileA.path);
  await officeEx.pick(fileB.path);
  await expect(officeEx.signers).toContainText("由 北苑 kiosk 2 签名（可信设备）");
  await expect(officeEx.mergeSummary).toContainText("将新增 2 条记录");
  // Kinds are named for residents; the file's own name stays in the tooltip for auditors.
  await expect(officeEx.mergeKinds).toHaveText("投票 × 2");
  await expect(officeEx.mergeKinds.locator("span")).toHaveAttribute("title", "ballot_cast");
  await expect(officeEx.mergeBallots).toContainText(`${VOTE}：新增选票 2 张，其中 1 张计入`);
  await expect(officeEx.mergeConflicts.locator("li")).toHaveCount(1);
  await expect(officeEx.mergeConflicts).toContainText("1-1-201 户 在两台设备上投了票");
  await officeEx.mergeConfirm.click();
  await expect(office.getByRole("status").filter({ hasText: "已合并：新增 2 条记录。" })).toBeVisible();
  await expect(officeEx.deviceConflicts).toHaveCount(1);

  await office.goto(votePath);
  const officeVotes = new VotePages(office);
  await expect(officeVotes.meter("参与人数")).toContainText("3 / ");
  await expect(officeVotes.conflicts.locator("li")).toHaveCount(1);
  await expect(officeVotes.conflicts).toContainText("先记下的一票有效");
  await expect(officeVotes.resultQr).toBeVisible();
  await expect(officeVotes.qrText).toContainText("GONGZHI VOTE RESULT v1", { useInnerText: false });

  // The same file again changes nothing.
  await office.goto("/exchange");
  await officeEx.pick(fileB.path);
  await expect(officeEx.nothingNew).toHaveText("本机已有这个文件中的全部记录，无需合并。");
  await expect(officeEx.mergeConfirm).toHaveCount(0);

  // One edited choice: refused, naming the event.
  const textB = readFileSync(fileB.path, "utf8");
  const at = textB.lastIndexOf('"choice":"yes"');
  const edited = textB.slice(0, at) + '"choice":"no"' + textB.slice(at + '"choice":"yes"'.length);
  await officeEx.pick({ name: "edited.json", mimeType: "application/json", buffer: Buffer.from(edited) });
  await expect(officeEx.error).toContainText(/记录 [0-9a-f]{8}:\d+ 被改动过，内容与其哈希不符/);
  await expect(officeEx.error).toContainText("本机记录没有任何改变。");

  // Events re-hashed and re-chained under the trusted kiosk's name, without its key.
  await officeEx.pick({ name: "forged.json", mimeType: "application/json", buffer: Buffer.from(forgeBallot(textB, kioskId)) });
  await expect(officeEx.error).toContainText(`设备 ${kioskId.slice(0, 8)} 的签名是伪造的或已损坏`);

  // A resident's phone that nobody trusted sends its own contributions.
  const phone = await device(browser, problems);
  const phoneEx = new ExchangePage(phone);
  await phoneEx.merge(start.path);
  const household = new HouseholdPage(phone);
  await household.open();
  await household.choose("2-1-101");
  await household.answer(household.vote(VOTE), "反对");
  await household.submit(household.vote(VOTE));
  await expect(household.standing(household.vote(VOTE))).toHaveText("已记录，待工作人员核实本人后计入");
  await phoneEx.open();
  const mine = await phoneEx.export("#export-mine");
  expect(mine.name).toMatch(/^gongzhi-晋阳社区-mine-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.json$/);
  expect(readFileSync(mine.path).length).toBeLessThan(3_000);
  await officeEx.pick(mine.path);
  await expect(officeEx.signers).toContainText("来自未知设备");
  await expect(officeEx.report).toContainText("一台设备自己提交的内容");
  await officeEx.cancel();

  // Broken files, each refused with its reason; nothing changes.
  const cut = readFileSync(fileA.path).subarray(0, 2_000);
  await officeEx.pick({ name: "cut.json", mimeType: "application/json", buffer: cut });
  await expect(officeEx.error).toContainText("文件无法读取");
  const huge = join(dir, "huge.json");
  writeFileSync(huge, "");
  truncateSync(huge, 300 * 1024 * 1024); // sparse: no disk used, no bytes read by the app
  await officeEx.pick(huge);
  await expect(officeEx.error).toContainText("超过上限 268,435,456 字节");
  const nested = "[".repeat(200) + "]".repeat(200);
  await officeEx.pick({ name: "nested.json", mimeType: "application/json", buffer: Buffer.from(nested) });
  await expect(officeEx.error).toContainText("嵌套超过 16 层");
  const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x01]);
  await officeEx.pick({ name: "photo.json", mimeType: "application/json", buffer: binary });
  await expect(officeEx.error).toContainText("这不是文本文件");

  await office.goto(votePath);
  await expect(officeVotes.meter("参与人数")).toContainText("3 / ");

  // A resident only looks at a published file: nothing is stored.
  // This one drops the file on the page instead of picking it.
  const reader = await device(browser, problems);
  const readerEx = new ExchangePage(reader);
  await readerEx.drop("published.json", textB);
  await expect(readerEx.fileTitle).toContainText("published.json");
  await readerEx.openReadOnly();
  await expect(readerEx.readOnly).toContainText(VOTE);
  await expect(readerEx.readOnly).toContainText("没有保存到本机");
  // Each vote's check code, as its posted result sheet prints it.
  await expect(readerEx.checkCodes.first()).toHaveText(/^[0-9a-f]{64}$/);
  await reader.goto("/");
  await expect(new CommunityPage(reader).loadDemoButton).toBeVisible();
});
