import { test, expect } from "../support/fixtures";
import { KioskPage } from "../support/kiosk-page";
import { RegistryPage } from "../support/registry-page";
import { VotePages } from "../support/vote-pages";

const HEADER = "楼栋,单元,房号,业主姓名,证件号码,建筑面积(㎡),面积依据,居住人数,联系电话";

test("two compounds numbered alike: each vote finds its own 1-1-101, a community-wide one asks which compound's", async ({ page }) => {
  test.setTimeout(120_000);
  const votes = new VotePages(page);
  const kiosk = new KioskPage(page);
  const registry = new RegistryPage(page);
  await registry.found("东苑", "青羊社区");
  await registry.importRows("东苑", "东苑", HEADER, [
    "1栋,1单元,101,张三,510104********1111,100.00,不动产登记,2,",
    "1栋,1单元,102,李四,510104********2222,80.00,不动产登记,2,",
  ]);
  await registry.importRows(null, "西苑", HEADER, ["1栋,1单元,101,王五,510104********3333,60.00,不动产登记,3,"]);

  // 西苑's own vote: its 1-1-101 without asking; 东苑's 1-1-102 is named as 东苑's.
  await page.goto("/");
  await votes.openOwnersVote("西苑门禁改造", "4. 选聘和解聘物业服务企业或者其他管理人", "西苑");
  await kiosk.start("2580");
  await kiosk.enterFlat("1", "1", "102");
  await expect(kiosk.problem).toHaveText("1-1-102 在东苑，不在西苑的范围内。");
  await expect(kiosk.compound(0)).toHaveCount(0);
  await kiosk.enterFlat("1", "1", "101");
  await expect(kiosk.compound(0)).toHaveCount(0);
  await kiosk.choose("同意");
  await expect(kiosk.confirmFlat).toHaveText("西苑 1-1-101");
  await kiosk.confirm();
  await expect(kiosk.done).toBeVisible();
  await kiosk.leave("2580");
  await expect(votes.meters).toBeVisible();
  // The ballot is 西苑's 60 m² flat, not 东苑's 100 m² one.
  await expect(votes.meter("参与面积")).toContainText("60.00 / 60.00 平方米");
  await expect(votes.meter("参与人数")).toContainText("1 / 1 人");

  // A community-wide vote: 1-1-101 is in both, the kiosk asks, and records the one tapped.
  await page.goto("/");
  await votes.openOwnersVote("社区议事规则", "1. 制定和修改业主大会议事规则", "全社区");
  await kiosk.enter();
  await expect(kiosk.question).toHaveText("社区议事规则");
  await kiosk.enterFlat("1", "1", "101");
  await expect(page.getByRole("group", { name: "这个房号在几个小区都有。请点您住的小区：" })).toBeVisible();
  await expect(kiosk.compounds).toHaveText(["东苑 1-1-101", "西苑 1-1-101"]);
  const tapped = kiosk.compound(0);
  expect((await tapped.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await tapped.click();
  await kiosk.choose("反对");
  await expect(kiosk.confirmFlat).toHaveText("东苑 1-1-101");
  await kiosk.confirm();
  await expect(kiosk.done).toBeVisible();
  await kiosk.leave("2580");
  await expect(votes.meters).toBeVisible();
  await expect(votes.meter("参与面积")).toContainText("100.00 / 240.00 平方米");

  // The clerk's form asks too, and records nothing until a compound is chosen.
  await votes.keyBallot("1-1-101", "同意");
  await expect(votes.ballotFlatError).toHaveText("这个房号在几个小区都有：请选择是哪个小区的，再提交。");
  await expect(votes.ballotStatus).toHaveText("");
  await expect(votes.meter("参与面积")).toContainText("100.00 / 240.00 平方米");
  await votes.whichCompound("西苑 1-1-101");
  await votes.submitBallot("同意");
  await expect(votes.ballotStatus).toHaveText("已记录： 西苑 1-1-101 同意");
  await expect(votes.meter("参与面积")).toContainText("160.00 / 240.00 平方米");
  await expect(votes.ballotWhich).toHaveCount(0);

  // The same compound's 1-1-101 again: the core says the owner already voted.
  await votes.keyBallot("1-1-101", "同意");
  await votes.whichCompound("东苑 1-1-101");
  await votes.submitBallot("同意");
  await expect(votes.meter("参与面积")).toContainText("160.00 / 240.00 平方米");
});
