import { expect, type Page } from "@playwright/test";
import { CommunityPage } from "./community-page";
import { ProjectPages } from "./project-pages";

const DAY = 24 * 60 * 60 * 1000;
export const COUNCIL = [
  "王建华", "李秀英", "张伟", "刘芳", "陈敏", "杨静", "黄强", "赵丽", "吴磊", "周军", "徐洋",
  "孙勇", "马艳", "朱杰", "胡娟", "郭涛", "何明", "高超", "林秀兰", "罗霞", "郑平", "梁刚",
  "谢桂英", "宋辉", "唐玲", "许鹏", "韩燕", "冯亮", "邓华", "曹红", "彭飞", "曾琳", "肖波",
  "田雪", "董斌", "袁梅", "潘宁",
];

/** Request → plan of 36,000 yuan → public notice with a response → the notice runs out. */
export async function throughNotice(page: Page) {
  await page.clock.install();
  const community = new CommunityPage(page);
  await community.loadDemo();
  const projects = new ProjectPages(page);
  await projects.raiseRequest("北苑后门门禁失灵", "刷卡开不了门，老人进出要绕行。", "北苑小区", {
    category: "设施维修",
    spot: "北苑小区北侧后门",
    who: ["周桂芳", "2-1-301"],
  });
  await expect(projects.request("北苑后门门禁失灵")).toContainText("设施维修");
  await expect(projects.request("北苑后门门禁失灵")).toContainText("提出人：周桂芳（2-1-301）");
  await expect(projects.request("北苑后门门禁失灵")).toContainText("北苑小区 · 北苑小区北侧后门");
  await projects.draftFrom(
    "北苑后门门禁失灵",
    [["后门门体及门禁更换", "24,000"], ["门前地面硬化与排水", "8500"], ["安装、运输与清理", "3500.00"]],
    "36000",
  );
  await expect(projects.budgetTotal).toHaveText("36,000.00 元");
  await expect(projects.fundingTotal).toHaveText("36,000.00 元");
  await projects.saveDraft();
  await expect(projects.budget).toHaveText("36,000.00 元");
  await projects.postNotice(7);
  await expect(projects.countdown).toHaveText(/^还有 (6 天 23|7 天 0) 小时$/);
  await projects.respond("支持", "2-1-301", "早该修了", "周桂芳");
  await expect(projects.responseCounts).toHaveText("支持 1 条，反对 0 条");
  await expect(projects.responses.first()).toContainText("周桂芳（2-1-301）");
  // The roadshow comes after the notice, not during it.
  await expect(projects.roadshowPresenter).toHaveCount(0);
  // The council may not vote while residents can still object.
  await expect(projects.startCouncilVote).toBeDisabled();
  await expect(projects.councilBlocked).toContainText("的公示到");
  await expect(projects.stage).toHaveText("公示中");
  await page.clock.fastForward(7 * DAY + 60_000);
  await expect(projects.countdown).toHaveText("公示已结束。");
  // The badge agrees with the countdown.
  await expect(projects.stage).toHaveText("公示期满，待议事会表决");
  await expect(projects.startCouncilVote).toBeEnabled();
  await expect(projects.roadshowSummary).toHaveValue(
    "资金来源：公共服务资金 36,000.00 元。公示期居民意见：支持 1 条，反对 0 条。",
  );
  await projects.roadshow("刘德明", "北苑小区居民小组议事会");
  await expect(projects.roadshows.first()).toContainText("刘德明 · 北苑小区居民小组议事会");
  return { community, projects };
}
