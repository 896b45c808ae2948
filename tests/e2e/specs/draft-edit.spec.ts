import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { ProjectPages } from "../support/project-pages";
import { printBothLanguages } from "../support/print";

test("a draft is edited until it is posted, and a budget its funding does not cover is posted only with the reason", async ({ page, app }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const projects = new ProjectPages(page);
  await projects.raiseRequest("北苑 3 栋楼道灯不亮", "晚上楼道一片黑。", "北苑小区");
  await projects.draftFrom("北苑 3 栋楼道灯不亮", [["感应灯具", "4,200.50"], ["安装", "1500"]], "5000");
  await projects.saveDraft();
  await expect(projects.fundingGap).toHaveText("预算合计 5,700.50 元，资金来源合计 5,000.00 元，资金缺口 700.50 元。");

  // A project has one name, in its address too; a link saved to its former address still
  // arrives, and Back does not return to the old one.
  const projectPath = new URL(page.url()).pathname;
  expect(projectPath).toMatch(/^\/projects\/[^/]+$/);
  const former = projectPath.replace("/projects/", "/proposals/");
  await page.goto(former + "/edit");
  await expect(page).toHaveURL(new RegExp(`${projectPath}/edit$`));
  await expect(app.heading).toHaveText("修改项目草案");
  await page.goto(former);
  await expect(page).toHaveURL(new RegExp(`${projectPath}$`));
  await expect(app.heading).toHaveText("北苑 3 栋楼道灯不亮");

  // Edited: a new title and a self-raised line; the form starts from the plan as it stands.
  await projects.editDraft();
  await expect(app.heading).toHaveText("修改项目草案");
  await expect(projects.title).toHaveValue("北苑 3 栋楼道灯不亮");
  await expect(projects.budgetLines.nth(0).getByLabel("金额（元）")).toHaveValue("4200.50");
  await projects.rename("北苑 3 栋楼道感应灯更换");
  await projects.addFunding("500");
  await projects.savePlan();
  await expect(app.heading).toHaveText("北苑 3 栋楼道感应灯更换");
  await expect(projects.fundingGap).toHaveText("预算合计 5,700.50 元，资金来源合计 5,500.00 元，资金缺口 200.50 元。");
  await expect(projects.timeline.last()).toHaveText("修改方案，更名为“北苑 3 栋楼道感应灯更换”");

  // Posting asks why the money falls short, and the project shows the answer.
  await projects.askToPost(7);
  await expect(projects.gapReasonError).toHaveText("预算与资金来源不一致，请先说明原因。");
  await expect(projects.stage).toHaveText("草案");
  await projects.explainGap("差额 200.50 元由 3 栋住户自筹，另行公示名单");
  await projects.postNotice(7);
  await expect(projects.gapReasonShown).toHaveText("差额原因： 差额 200.50 元由 3 栋住户自筹，另行公示名单");
  await expect(projects.editDraftButton).toHaveCount(0);
  await page.screenshot({ path: "screenshots/phone-zh-CN-proposal-gap.png", fullPage: true });

  // Its QR code: the documented machine lines, then the plan for a resident.
  const qr = await projects.qr();
  expect(qr).toMatch(/^GONGZHI PROJECT v1\nproject: .*\ntitle: 北苑 3 栋楼道感应灯更换\nstage: public_notice\nmoney: budget 570050, funding 550000, spent 0 \(fen\)\ndigest: [0-9a-f]{64}\n\n北苑 3 栋楼道感应灯更换\n公示中\n预算 5,700.50 元，资金来源 5,500.00 元，已支出 0.00 元$/);
  await expect(projects.digest).toHaveText(/^[0-9a-f]{64}$/);

  // Posted for notice, the plan prints as one sheet: budget, funding, the gap and its reason,
  // the response window.
  await page.emulateMedia({ media: "print" });
  await expect(app.printHeading).toHaveText("晋阳社区 项目公示");
  await expect(projects.gapReasonShown).toBeVisible();
  await expect(projects.countdown).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  await printBothLanguages(page, app, "plan-notice", { zh: "项目公示", en: "Public notice of a project" });
  await expect(projects.gapReasonShown).toHaveText("Why they differ: 差额 200.50 元由 3 栋住户自筹，另行公示名单");
});
