import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { ProjectPages } from "../support/project-pages";

test("a request says what, where and who; a wrong flat loses nothing; one is answered without a project", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const projects = new ProjectPages(page);
  await projects.openRequests();
  const rows = projects.requestRows;
  await expect(rows).toHaveCount(2);
  const lamp = projects.request("河边步道路灯不亮");
  await expect(lamp).toContainText("安全");
  await expect(lamp).toContainText("待处理");
  await expect(lamp).toContainText(/提出人：陈秀兰（4-1-101）/);
  await expect(projects.request("北苑小区后门损坏")).toContainText("已立项：公示中");

  // A flat that is not in the register: refused by name, and nothing typed is lost.
  const before = await community.storedEvents();
  await projects.fillRequest("3 栋楼道堆放杂物", "消防通道被占用。", "北苑小区", {
    category: "安全",
    spot: "3 栋 1 单元楼道",
    who: ["王大爷", "9-9-909"],
  });
  await projects.submitRequest();
  await expect(projects.requestFlatError).toHaveText("找不到这个房号或住户码。房号请按“楼栋-单元-房号”填写，如 1-2-301。");
  await expect(projects.requestFlat).toHaveAttribute("aria-invalid", "true");
  await expect(projects.requestTitle).toHaveValue("3 栋楼道堆放杂物");
  await expect(projects.requestSpot).toHaveValue("3 栋 1 单元楼道");
  expect(await community.storedEvents()).toBe(before);
  await projects.requestFlat.fill("3-1-201");
  await projects.submitRequest();
  await expect(page.getByRole("status").filter({ hasText: "诉求已记录。" })).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(projects.request("3 栋楼道堆放杂物")).toContainText("提出人：王大爷（3-1-201）");

  // Filters: by status and by category.
  await projects.filterRequests({ status: "待处理" });
  await expect(rows).toHaveCount(2);
  await projects.filterRequests({ status: "已立项" });
  await expect(rows).toHaveCount(1);
  await projects.filterRequests({ status: "全部", category: "设施维修" });
  await expect(rows).toHaveCount(1);
  await projects.filterRequests({ category: "全部" });

  // The property company fixed the lamps: answered and closed, with the reply on record.
  await projects.chooseToAnswer(lamp);
  await projects.answer(lamp);
  await expect(lamp.locator(".field-error")).toHaveText("请填写答复内容。");
  await projects.answer(lamp, "物业已于 11 月 28 日更换三盏路灯。");
  // Closing cannot be taken back: the reply is read back, and cancelling records nothing.
  const question = projects.answerQuestion(lamp);
  await expect(question).toContainText("物业已于 11 月 28 日更换三盏路灯。");
  await expect(question).toContainText("关闭后这条诉求不能再起草项目方案");
  const unanswered = await community.storedEvents();
  await projects.cancelAnswer(lamp);
  await expect(question).toHaveCount(0);
  await expect(lamp).toContainText("待处理");
  expect(await community.storedEvents()).toBe(unanswered);
  await projects.answer(lamp);
  await projects.confirmAnswer(lamp);
  await expect(lamp).toContainText("已答复");
  await expect(lamp).toContainText("答复：物业已于 11 月 28 日更换三盏路灯。");
  await expect(lamp.getByRole("link", { name: "起草项目方案" })).toHaveCount(0);

  await page.reload();
  await expect(projects.request("河边步道路灯不亮")).toContainText("已答复");
  await expect(rows).toHaveCount(3);
});
