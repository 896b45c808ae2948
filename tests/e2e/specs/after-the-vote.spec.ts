import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "../support/fixtures";
import { throughNotice } from "../support/back-gate";
import { closeVote } from "../support/vote-pages";
import { printBothLanguages } from "../support/print";

/** These stages are reached only through the whole story, so they are checked here. */
async function accessible(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious).toEqual([]);
  await page.screenshot({ path: `screenshots/phone-zh-CN-${name}.png`, fullPage: true });
}

test("after the vote: three quotes compared, one chosen with its reason and meeting, 34,500 spent of 36,000, 1,500 saved", async ({ page, app }) => {
  test.setTimeout(60_000);
  const { projects } = await throughNotice(page);
  await projects.putToCouncil();
  await page.locator("#hands-yes").fill("25");
  await page.locator("#hands-no").fill("10");
  await page.locator("#hands-abstain").fill("2");
  await page.locator("#record-hands").click();
  await closeVote(page);
  await expect(page.locator("#verdict")).toHaveText("通过");
  await page.getByRole("link", { name: "北苑后门门禁失灵" }).click();
  await expect(page.locator("#proposal-stage")).toHaveText("已通过");

  // 比选: the council asks for quotes and compares them side by side.
  await page.locator("#start-selection").click();
  await expect(page.locator("#proposal-stage")).toHaveText("比选施工单位");
  await page.locator("#add-quote").click();
  await expect(page.locator("#quote-error")).toHaveText("请填写施工单位名称。");
  await page.locator("#quote-company").fill("锦程建设");
  await page.locator("#quote-amount").fill("三万");
  await page.locator("#add-quote").click();
  await expect(page.locator("#quote-error")).toHaveText("金额只能包含数字、逗号和小数点。");
  await page.locator("#quote-company").fill("");

  await projects.addQuote("锦程建设", "35,800", "25", "12");
  await projects.addQuote("蓉安门业", "34,500", "30", "24");
  await expect(page.locator("#too-few-quotes")).toHaveText("目前只有 2 家报价，少于 3 家，比选可能不够充分。");
  await projects.addQuote("华西装饰", "36,900", "20", "12", "项目经理住在北苑 2 栋");
  await expect(page.locator("#too-few-quotes")).toHaveCount(0);
  const quotes = page.locator("#quotes tbody tr");
  await expect(quotes.locator("th")).toContainText(["蓉安门业", "锦程建设", "华西装饰"]);
  await expect(quotes.nth(0)).toContainText("最低价");
  await expect(quotes.nth(0)).toContainText("比预算低 1,500.00 元");
  await expect(quotes.nth(2)).toContainText("超出预算 900.00 元");
  await expect(quotes.nth(2).locator(".interest")).toHaveText("声明：项目经理住在北苑 2 栋");
  await accessible(page, "proposal-selection");

  await page.locator("#choose-bid").selectOption({ index: 0 });
  await page.locator("#choose-contractor").click();
  await expect(page.locator("#choose-error")).toHaveText("请填写选定理由。");
  await page.locator("#choose-reason").fill("报价最低且保修两年，无利益关联");
  await page.locator("#choose-meeting").fill("北苑小区居民小组议事会第三次比选会");
  await page.locator("#choose-date").fill("2027-03-12");
  await page.locator("#choose-contractor").click();
  await expect(page.locator("#proposal-stage")).toHaveText("施工中");
  await expect(page.locator("#selection-chosen")).toHaveText(
    "选定 蓉安门业（34,500.00 元）。理由：报价最低且保修两年，无利益关联。由 2027年3月12日 的北苑小区居民小组议事会第三次比选会决定。",
  );
  await expect(quotes.nth(0)).toContainText("已选定");

  // Spending against the budget lines.
  await projects.spend("后门门体及门禁更换", "门体及门禁", "23,000", "蓉安门业");
  await projects.spend("门前地面硬化与排水", "地面硬化", "8,000");
  await projects.spend("安装、运输与清理", "安装与清运", "3,500");
  await expect(page.locator("#ledger-summary")).toHaveText("预算 36,000.00 元，实际支出 34,500.00 元，节余 1,500.00 元");
  await expect(page.locator("table.ledger tbody tr").first()).toContainText("节余 1,000.00 元");
  // Every expense with its date, payee, description and budget line.
  const expense = page.locator("#project-expenses tbody tr").first();
  await expect(expense.locator("td, th")).toHaveText([/^\d{4}年/, "蓉安门业", "门体及门禁", "后门门体及门禁更换", "23,000.00 元"]);
  await expect(page.locator("#project-expenses tbody tr")).toHaveCount(3);
  await accessible(page, "proposal-spending");
  // 验收 records the day, who inspected and what they found, after asking.
  await page.locator("#accept-work").click();
  await expect(page.locator("#acceptance-form")).toBeVisible();
  const today = await page.locator("#acceptance-date").inputValue();
  await page.locator("#confirm-accept-work").click();
  await expect(page.locator("#acceptance-form .status.error")).toHaveText("不符合议事规则： 验收人姓名不能为空。");
  await page.locator("#acceptance-date").fill("2099-01-01");
  await page.locator("#acceptance-inspectors").fill("刘德明、监理 陈工");
  await page.locator("#acceptance-findings").fill("门体安装牢固，门禁刷卡正常，地面无积水");
  await page.locator("#acceptance-photo").setInputFiles({ name: "gate.jpg", mimeType: "image/jpeg", buffer: Buffer.from("abc") });
  await expect(page.locator("#acceptance-photo-hash")).toHaveText(
    "gate.jpg · SHA-256 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  );
  await page.locator("#confirm-accept-work").click();
  await expect(page.locator("#acceptance-form .status.error")).toHaveText("不符合议事规则： 验收日期 2099年1月1日 还没有到。");
  await page.locator("#acceptance-date").fill(today);
  await page.locator("#confirm-accept-work").click();
  await expect(page.locator("#proposal-stage")).toHaveText("已验收");
  await page.locator("#close-project").click();
  await page.locator("#close-project-note").fill("节余 1,500.00 元退回公共服务资金");
  await page.locator("#confirm-close-project").click();
  await expect(page.locator("#proposal-stage")).toHaveText("已结项");
  await expect(page.locator("#ledger-summary")).toHaveText("预算 36,000.00 元，实际支出 34,500.00 元，节余 1,500.00 元");

  // The final accounts, posted: budget against actual per line, the contractor and why.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-heading")).toHaveText("晋阳社区 项目决算公示");
  await expect(page.locator("#selection-chosen")).toBeVisible();
  await expect(page.locator("#project-expenses")).toBeVisible();
  await expect(page.locator("#closing-steps li")).toContainText([/工程验收，验收人：刘德明、监理 陈工/, /项目结项：节余 1,500.00 元退回/]);
  await expect(page.locator("#timeline-title")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await printBothLanguages(page, app, "final-accounts", { zh: "项目决算公示", en: "Final accounts of a project" });
  await app.languageToggle.click();

  await page.reload();
  await expect(page.locator("#proposal-stage")).toHaveText("已结项");
  await expect(page.locator("ol.timeline li .what")).toContainText([
    "开始比选施工单位",
    "蓉安门业 报价 34,500.00 元",
    "选定施工单位",
    "支出 23,000.00 元，付给 蓉安门业：门体及门禁（预算项目：后门门体及门禁更换）",
    /^\d{4}年\d{1,2}月\d{1,2}日 工程验收，验收人：刘德明、监理 陈工；验收意见：门体安装牢固，门禁刷卡正常，地面无积水；照片 SHA-256 ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad$/,
    "项目结项：节余 1,500.00 元退回公共服务资金",
  ]);
});
