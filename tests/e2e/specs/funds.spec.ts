import { test, expect } from "../support/fixtures";
import { seriousViolations } from "../support/axe";
import { CommunityPage } from "../support/community-page";
import { FundsPage } from "../support/funds-page";
import { printBothLanguages } from "../support/print";

const ROOMS = ["101", "102", "201", "202", "301", "302"];
/** The 24 flats of 红运花园 and four of 北苑 1-2: 28 households. */
const FLATS = [
  ...["4-1", "4-2", "5-1", "5-2"].flatMap((unit) => ROOMS.map((room) => `${unit}-${room}`)),
  "1-2-101", "1-2-102", "1-2-201", "1-2-202",
];

test("28 households raise 2,000 yuan for 50 cherry trees; the list is posted and the surplus refunded to the fen", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const funds = new FundsPage(page);
  await funds.openList();
  await expect(funds.heading).toHaveText("居民自筹");
  await funds.openFund("沿河种植樱花树", "2,000");
  await expect(funds.progress).toHaveText(/^已筹 0\.00 元 \/ 目标 2,000\.00 元（0(\.0)?%），0 户$/);

  // The treasurer types the paper list; two slips are named by line and nothing is saved.
  const lines = FLATS.map((flat, i) => `${flat} ${i < 20 ? "70" : "75元"}`);
  const before = await community.storedEvents();
  await funds.pastePayments([...lines, "9-9-909 70", "4-1-101 5"]);
  await expect(funds.pastedProblems).toHaveText([
    "第 29 行：找不到房号或住户码“9-9-909”。",
    "第 30 行：“4-1-101”在名单里出现了两次。",
  ]);
  await expect(funds.pastedConfirm).toHaveCount(0);
  expect(await community.storedEvents()).toBe(before);
  await funds.pastePayments(lines);
  await expect(funds.pastedSummary).toHaveText("核对无误：28 户，共 2,000.00 元。");
  await funds.confirmPasted();
  await expect(funds.pastedOutcome).toHaveText("已登记 28 户实缴，共 2,000.00 元。");
  await expect(funds.progress).toHaveText(/^已筹 2,000\.00 元 \/ 目标 2,000\.00 元（100(\.0)?%），28 户$/);
  await expect(funds.contributions).toHaveCount(28);
  // Paid from a list without pledging first: the posted list says so, not "认捐 0.00 元".
  await expect(funds.contribution("4-1-101").locator("td").first()).toHaveText("未单独认捐");

  // One pledge entered by hand.
  await funds.recordPayment("4-1-101", "80", true);
  await expect(funds.paymentRecorded).toHaveText("已记录： 4-1-101 80.00 元");
  await expect(funds.contribution("4-1-101")).toContainText("80.00 元");

  // The planting, paid from the fund.
  await funds.activities.record("植树节种下 50 棵樱花树", "2027-03-12", "41");
  await expect(funds.activities.list).toContainText("2027年3月12日 · 41 人参加");

  // Paid at the nursery before it is entered: dated the day it was paid, never a day to come.
  await funds.spend("樱花树苗 50 棵", "1800", "锦江区花木场", "2099-01-01");
  await expect(funds.failure.filter({ hasText: "付款日期" })).toContainText("付款日期 2099年1月1日 还没有到");
  await funds.spend("樱花树苗 50 棵", "1800", "锦江区花木场", "2026-11-20");
  await expect(funds.balance).toHaveText("已支出 1,800.00 元 · 余额 200.00 元");
  await expect(funds.expenses.first()).toHaveText("2026年11月20日");
  await funds.spend("工具", "250");
  await expect(funds.failure.filter({ hasText: "余额" })).toContainText("“沿河种植樱花树”现有余额 200.00 元，支出不能超过余额。");

  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "screenshots/phone-zh-CN-fund.png", fullPage: true });

  // Settled: 200 yuan back by what each paid (7.00 for 70, 7.50 for 75), to the fen.
  // Settling is final, so it asks first; cancelling writes nothing.
  await funds.askToSettle();
  await expect(funds.settlePlan).toHaveText("现有余额 200.00 元；如退还，将按实缴比例退给 28 户，精确到分。");
  await funds.settleQuestion.screenshot({ path: "screenshots/phone-zh-CN-settle.png" });
  await funds.cancelSettle();
  await expect(funds.settled).toBeEmpty();
  await funds.askToSettle();
  await funds.confirmSettle();
  await expect(funds.settled).toContainText("结余 200.00 元 按各户实缴比例退还");
  await expect(funds.settleButton).toHaveCount(0);
  await expect(funds.recordPaymentButton).toHaveCount(0);
  // The refund has left the fund: the balance is true after settlement.
  await expect(funds.balance).toHaveText("已支出 1,800.00 元 · 余额 0.00 元");
  // Its QR code: the documented machine lines, settled with the refund, then the fund for a resident.
  // The card says what the fund's code shows, not a vote's.
  await expect(funds.qrHint).toHaveText(/^用手机扫描二维码，可以看到本项资金的目标/);
  const qr = await funds.qr();
  expect(qr).toMatch(/^GONGZHI FUND v1\nfund: [0-9a-f]{64}:\d+\ntitle: 沿河种植樱花树\nstatus: settled \d{2}:\d{2} on \d{1,2} [A-Z][a-z]{2} \d{4}, refunded 20000 \(fen\)\nmoney: target 200000, pledged \d+, received 200000, spent 180000, balance 0 \(fen\)\nhouseholds: 28 paid\ndigest: [0-9a-f]{64}\n\n沿河种植樱花树\n已筹 2,000\.00 元 \/ 目标 2,000\.00 元（100(\.0)?%），28 户\n已支出 1,800\.00 元，余额 0\.00 元\n\d{4}年\d{1,2}月\d{1,2}日 结算：结余 200\.00 元 按各户实缴比例退还。$/);
  await expect(funds.digest).toHaveText(/^[0-9a-f]{64}$/);
  // The spending stays listed once settled, and the posted list is one sheet with it.
  await expect(funds.expenses).toHaveText([/^\d{4}年/, "锦江区花木场", "樱花树苗 50 棵", "1,800.00 元"]);
  // 28 households in two columns, the spending and the QR code: one sheet.
  await printBothLanguages(page, app, "fund-list", { zh: "自筹资金公示", en: "Notice of a self-raised fund" });
  await app.languageToggle.click();
  await expect(funds.contribution("4-1-101").locator("td")).toHaveText(["80.00 元", "70.00 元", "7.00 元"]);
  await expect(funds.contribution("1-2-202").locator("td")).toHaveText(["未单独认捐", "75.00 元", "7.50 元"]);

  await page.goto("/funds");
  await expect(funds.funds).toContainText("已结算");
});
