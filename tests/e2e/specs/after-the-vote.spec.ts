import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { seriousViolations } from "../support/axe";
import { throughNotice } from "../support/back-gate";
import { VotePages } from "../support/vote-pages";
import { printBothLanguages } from "../support/print";

/** These stages are reached only through the whole story, so they are checked here. */
async function accessible(page: Page, name: string) {
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `screenshots/phone-zh-CN-${name}.png`, fullPage: true });
}

test("after the vote: three quotes compared, one chosen with its reason and meeting, 34,500 spent of 36,000, 1,500 saved", async ({ page, app }) => {
  test.setTimeout(60_000);
  const { projects } = await throughNotice(page);
  const votes = new VotePages(page);
  await projects.putToCouncil();
  await votes.recordHands("25", "10", "2");
  await votes.close();
  await expect(votes.verdict).toHaveText("通过");
  await page.getByRole("link", { name: "北苑后门门禁失灵" }).click();
  await expect(projects.stage).toHaveText("已通过");

  // 比选: the council asks for quotes and compares them side by side.
  await projects.startSelection();
  await expect(projects.stage).toHaveText("比选施工单位");
  await projects.submitQuote();
  await expect(projects.quoteError).toHaveText("请填写施工单位名称。");
  await projects.fillQuote("锦程建设", "三万");
  await projects.submitQuote();
  await expect(projects.quoteError).toHaveText("金额只能包含数字、逗号和小数点。");
  await projects.fillQuote("");

  await projects.addQuote("锦程建设", "35,800", "25", "12");
  await projects.addQuote("蓉安门业", "34,500", "30", "24");
  await expect(projects.tooFewQuotes).toHaveText("目前只有 2 家报价，少于 3 家，比选可能不够充分。");
  await projects.addQuote("华西装饰", "36,900", "20", "12", "项目经理住在北苑 2 栋");
  await expect(projects.tooFewQuotes).toHaveCount(0);
  const quotes = projects.quotes;
  await expect(quotes.locator("th")).toContainText(["蓉安门业", "锦程建设", "华西装饰"]);
  await expect(quotes.nth(0)).toContainText("最低价");
  await expect(quotes.nth(0)).toContainText("比预算低 1,500.00 元");
  await expect(quotes.nth(2)).toContainText("超出预算 900.00 元");
  await expect(quotes.nth(2).locator(".interest")).toHaveText("声明：项目经理住在北苑 2 栋");
  await accessible(page, "proposal-selection");

  await projects.chooseContractor(0);
  await expect(projects.chooseError).toHaveText("请填写选定理由。");
  await projects.chooseContractor(0, "报价最低且保修两年，无利益关联", "北苑小区居民小组议事会第三次比选会", "2027-03-12");
  await expect(projects.stage).toHaveText("施工中");
  await expect(projects.chosen).toHaveText(
    "选定 蓉安门业（34,500.00 元）。理由：报价最低且保修两年，无利益关联。由 2027年3月12日 的北苑小区居民小组议事会第三次比选会决定。",
  );
  await expect(quotes.nth(0)).toContainText("已选定");

  // Spending against the budget lines.
  await projects.spend("后门门体及门禁更换", "门体及门禁", "23,000", "蓉安门业");
  await projects.spend("门前地面硬化与排水", "地面硬化", "8,000");
  await projects.spend("安装、运输与清理", "安装与清运", "3,500");
  await expect(projects.ledgerSummary).toHaveText("预算 36,000.00 元，实际支出 34,500.00 元，节余 1,500.00 元");
  await expect(projects.ledgerLines.first()).toContainText("节余 1,000.00 元");
  // Every expense with its date, payee, description and budget line.
  await expect(projects.expenses.first().locator("td, th")).toHaveText([/^\d{4}年/, "蓉安门业", "门体及门禁", "后门门体及门禁更换", "23,000.00 元"]);
  await expect(projects.expenses).toHaveCount(3);
  await accessible(page, "proposal-spending");
  // 验收 records the day, who inspected and what they found, after asking.
  await projects.askToAccept();
  await expect(projects.acceptanceForm).toBeVisible();
  const today = await projects.acceptanceDate.inputValue();
  await projects.confirmAcceptance();
  await expect(projects.acceptanceError).toHaveText("不符合议事规则： 验收人姓名不能为空。");
  await projects.fillAcceptance({
    date: "2099-01-01",
    inspectors: "刘德明、监理 陈工",
    findings: "门体安装牢固，门禁刷卡正常，地面无积水",
    photo: { name: "gate.jpg", mimeType: "image/jpeg", buffer: Buffer.from("abc") },
  });
  await expect(projects.photoHash).toHaveText(
    "gate.jpg · SHA-256 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  );
  await projects.confirmAcceptance();
  await expect(projects.acceptanceError).toHaveText("不符合议事规则： 验收日期 2099年1月1日 还没有到。");
  await projects.fillAcceptance({ date: today });
  await projects.confirmAcceptance();
  await expect(projects.stage).toHaveText("已验收");
  await projects.closeProject("节余 1,500.00 元退回公共服务资金");
  await expect(projects.stage).toHaveText("已结项");
  await expect(projects.ledgerSummary).toHaveText("预算 36,000.00 元，实际支出 34,500.00 元，节余 1,500.00 元");

  // The final accounts, posted: budget against actual per line, the contractor and why.
  await page.emulateMedia({ media: "print" });
  await expect(app.printHeading).toHaveText("晋阳社区 项目决算公示");
  await expect(projects.chosen).toBeVisible();
  await expect(projects.expenseTable).toBeVisible();
  await expect(projects.closingSteps).toContainText([/工程验收，验收人：刘德明、监理 陈工/, /项目结项：节余 1,500.00 元退回/]);
  await expect(projects.timelineTitle).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await printBothLanguages(page, app, "final-accounts", { zh: "项目决算公示", en: "Final accounts of a project" });
  await app.languageToggle.click();

  await page.reload();
  await expect(projects.stage).toHaveText("已结项");
  await expect(projects.timeline).toContainText([
    "开始比选施工单位",
    "蓉安门业 报价 34,500.00 元",
    "选定施工单位",
    "支出 23,000.00 元，付给 蓉安门业：门体及门禁（预算项目：后门门体及门禁更换）",
    /^\d{4}年\d{1,2}月\d{1,2}日 工程验收，验收人：刘德明、监理 陈工；验收意见：门体安装牢固，门禁刷卡正常，地面无积水；照片 SHA-256 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad$/,
    "项目结项：节余 1,500.00 元退回公共服务资金",
  ]);
});
