import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { SettingsPage } from "../support/settings-page";
import { trust } from "../support/devices";
import { VotePages } from "../support/vote-pages";
import { ProjectPages } from "../support/project-pages";
import { VOTE, secretaryOpensVote } from "../support/owners-vote";
import { residentPhone, takesIn } from "../support/household-page";

test("a resident's phone with no role: its flat chosen once, a ballot checked before it is recorded, waiting for a clerk, then counted; no clerk control at any point", async ({ page, browser, problems }) => {
  test.setTimeout(150_000);
  const { votePath, ex, file } = await secretaryOpensVote(page);

  const phone = await residentPhone(browser, problems);
  const { ex: phoneEx, mine } = await takesIn(phone, file);
  await expect(mine.chooseTitle).toHaveText("这台手机是哪一户的？");
  await mine.expectNoStaffControls();

  // A flat the register does not hold: said under the field, where the resident is looking.
  await mine.choose("9-9-909");
  await expect(mine.flatError).toBeVisible();
  await expect(mine.flatError).toBeInViewport();
  await expect(mine.title).toHaveCount(0);
  await mine.choose("1-1-201");
  await expect(mine.title).toContainText("1-1-201");
  await expect(mine.enrolment).toContainText("还没有由服务中心登记");
  // Chosen once: a reload keeps it.
  await phone.reload();
  await expect(mine.title).toContainText("1-1-201");
  // How voting on the phone works, one tap away, landing on its own section.
  await phone.locator("#mine-help").click();
  await expect(phone.getByRole("heading", { name: "用自己的手机表决" })).toBeInViewport();
  await expect(phone.locator("#help-phone-steps li")).toHaveCount(4);
  await mine.open();

  // An answer is checked first, naming the flat and the matter; going back records nothing.
  const ballot = mine.vote(VOTE);
  await mine.answer(ballot, "反对");
  const question = mine.question(ballot);
  await expect(question).toBeInViewport();
  await expect(question).toContainText("1-1-201");
  await expect(question).toContainText(VOTE);
  await expect(question).toContainText("反对");
  await question.getByRole("button", { name: "取消" }).click();
  await expect(mine.standing(ballot)).toHaveCount(0);
  await mine.answer(ballot, "同意");
  await mine.submit(ballot);
  await expect(mine.standing(ballot)).toHaveText("已记录，待工作人员核实本人后计入");
  await expect(ballot.getByRole("button", { name: "同意", exact: true })).toHaveCount(0);
  await expect(ballot.locator(".mine-waiting-hint")).toContainText("交给服务中心");
  const receipt = await mine.receipt(ballot);
  expect(receipt.event).toMatch(/^[0-9a-f]{8}.*:\d+$/);
  expect(receipt.hash).toMatch(/^[0-9a-f]{64}$/);
  // The receipt's 64-digit check code open, the page is still no wider than the phone.
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await phone.screenshot({ path: "screenshots/phone-zh-CN-resident-waiting.png", fullPage: true });
  await mine.expectNoStaffControls();

  // The vote's own page on the phone: the count, and no step of the service centre's.
  await phone.goto(votePath);
  await expect(phone.locator("#vote-on-mine")).toBeVisible();
  await mine.expectNoStaffControls();
  await phone.goto("/settings");
  await mine.expectNoStaffControls();
  // The notice it may respond to: the plan and the response form, none of the secretary's steps.
  await mine.open();
  await phone.getByRole("link", { name: "查看并提出意见" }).first().click();
  await expect(phone.locator("#response-legend")).toBeVisible();
  // It responds for its own household: the flat is already filled in.
  await expect(phone.locator("#response-flat")).toHaveValue("1-1-201");
  const notice = new ProjectPages(phone);
  await notice.respond("反对", "1-1-201", "后门晚上十点后应关闭。");
  await expect(phone.locator("#response-flat")).toHaveValue("1-1-201");
  await mine.expectNoStaffControls();
  // A plan whose notice has ended: the secretary's device offers the council's vote, the phone not.
  await phone.locator("header nav").getByRole("link", { name: "项目" }).click();
  await phone.getByRole("link", { name: "红运花园沿河步道护栏修缮" }).click();
  await expect(phone.locator("#proposal-stage")).toHaveText("公示期满，待议事会表决");
  await mine.expectNoStaffControls();
  const riverside = new URL(phone.url()).pathname;
  await page.goto(riverside);
  await expect(page.locator("#start-council-vote")).toBeVisible();
  await phone.locator("header nav").getByRole("link", { name: "诉求" }).click();
  await expect(phone.locator("li[data-request]").first()).toBeVisible();
  await mine.expectNoStaffControls();
  // A request from the phone is about its own compound and raised by its own flat, unless changed.
  await expect(phone.locator("#request-flat")).toHaveValue("1-1-201");
  await expect(phone.locator("#request-place option:checked")).toHaveText(/北苑小区/);
  await phone.locator("#request-title").fill("1 栋门口路面积水");
  await phone.locator("form[aria-labelledby='request-new-title'] button[type=submit]").click();
  await expect(phone.getByRole("status").filter({ hasText: "诉求已记录。" })).toBeVisible();
  await expect(phone.locator("li[data-request]").filter({ hasText: "1 栋门口路面积水" })).toContainText("1-1-201");
  await expect(phone.locator("#request-flat")).toHaveValue("1-1-201");

  // The phone's file to the service centre; a clerk checks the person and confirms.
  await phoneEx.open();
  const sent = await phoneEx.export("#export-mine");
  await ex.open();
  await ex.pick(sent.path);
  // The ballot and the notice response, both waiting for a clerk.
  await expect(ex.setAside).toContainText("2 张选票或公示意见来自未登记的手机，待工作人员核实本人后计入");
  await expect(ex.mergeBallots).toContainText(`${VOTE}：新增选票 1 张，其中 0 张计入`);
  await ex.confirmMerge();
  await page.goto(votePath);
  const votes = new VotePages(page);
  await expect(votes.meter("参与人数")).toContainText("0 / ");
  await expect(votes.unconfirmed).toContainText("1-1-201");
  await votes.confirmWaiting("1-1-201");
  await expect(votes.meter("参与人数")).toContainText("1 / ");
  await expect(votes.unconfirmed).toHaveCount(0);
  await ex.open();
  const back = (await ex.export()).path;

  // The service centre's file back: the phone says, in plain words, that its ballot counts.
  await phoneEx.open();
  await phoneEx.merge(back);
  await mine.open();
  await expect(mine.standing(ballot)).toHaveText("已计入");
  expect((await mine.receipt(ballot)).hash).toBe(receipt.hash);
  await mine.expectNoStaffControls();
});

test("a device that is the service centre's is one explicit step away, and back", async ({ page, browser, problems }) => {
  test.setTimeout(90_000);
  const { file } = await secretaryOpensVote(page);
  const laptop = await residentPhone(browser, problems);
  const { mine } = await takesIn(laptop, file);
  await laptop.locator("#mine-staff summary").click();
  await laptop.locator("#mine-staff-switch").click();
  // The whole app, with what the community lets this device do: nothing yet, so no staff step.
  await expect(laptop.locator("header nav").getByRole("link", { name: "住户", exact: true })).toBeVisible();
  await expect(mine.chooseTitle).toHaveCount(0);
  await expect(laptop.getByRole("button", { name: /^确认计入/ })).toHaveCount(0);
  await laptop.goto("/settings");
  await expect(laptop.locator("#trust-form")).toHaveCount(0);
  await laptop.locator("#service-centre").uncheck();
  await mine.open();
  await expect(mine.chooseTitle).toHaveText("这台手机是哪一户的？");
});

test("a device's id is copied with one tap beside its QR code, and the admin copies a listed device's id the same way", async ({ page, browser, problems }) => {
  const phone = await residentPhone(browser, problems);
  await phone.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  const phoneSettings = new SettingsPage(phone);
  await phoneSettings.open();
  await phoneSettings.expectId();
  await expect(phoneSettings.deviceQr).toBeVisible();
  const id = await phoneSettings.id();
  await phone.locator("section[aria-labelledby=device-title]").getByRole("button", { name: "复制编号" }).click();
  await expect(phone.getByRole("status").filter({ hasText: "已复制。" })).toBeVisible();
  expect(await phone.evaluate(() => navigator.clipboard.readText())).toBe(id);

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await new CommunityPage(page).loadDemo();
  await trust(page, id, "王芳的手机", "resident", "1-2-101");
  await page.evaluate(() => navigator.clipboard.writeText(""));
  await page.getByRole("button", { name: "复制编号 王芳的手机" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已复制。" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);
});
