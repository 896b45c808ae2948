import AxeBuilder from "@axe-core/playwright";
import { readFile } from "fs/promises";
import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";

test("a monthly reception day and joint meeting, a meeting with its agenda, attendance and minutes, and the calendar as .ics", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  await page.locator("#meetings-link").click();
  await expect(page.locator("main h1")).toHaveText("会议日历");
  await expect(page.locator("#upcoming-title + p")).toHaveText("没有安排的会议。");

  // 业主接待日: the first Saturday of every month.
  await expect(page.locator("#series-name")).toHaveValue("业主接待日");
  await page.locator("#series-weekday").selectOption({ label: "星期六" });
  await page.locator("#series-place").fill("社区服务中心");
  await page.locator("#set-series").click();
  await expect(page.locator("#series li").first()).toContainText("每月第一个星期六 09:00 · 社区服务中心");

  // 联席会议: the last Friday, in the evening.
  await page.locator("#series-kind").selectOption({ label: "联席会议" });
  await expect(page.locator("#series-name")).toHaveValue("联席会议");
  await page.locator("#series-week").selectOption({ label: "最后一个" });
  await page.locator("#series-weekday").selectOption({ label: "星期五" });
  await page.locator("#series-time").fill("19:30");
  await page.locator("#series-duration").fill("90");
  await page.locator("#set-series").click();
  await expect(page.locator("#series li").nth(1)).toContainText("每月最后一个星期五 19:30");

  // A day no month always has is refused by the rules, and nothing else changes.
  await page.locator("#series-week").selectOption({ label: "固定日期" });
  await page.locator("#series-day").fill("31");
  await page.locator("#set-series").click();
  await expect(page.locator("#series-title ~ form .submit-failure")).toContainText("1 至 28 日中的一天");
  await expect(page.locator("#series li")).toHaveCount(2);
  await expect(page.locator("#upcoming li")).toHaveCount(6);

  // One meeting with its agenda, linked to the back-gate project and the lamp request.
  await page.locator("#meeting-kind").selectOption({ label: "议事会会议" });
  await page.locator("#meeting-name").fill("北苑后门项目推进会");
  await page.locator("#meeting-org").selectOption({ label: "北苑小区居民小组议事会" });
  await page.locator("#meeting-date").fill("2027-01-15");
  await page.locator("#meeting-time").fill("19:30");
  await page.locator("#meeting-place").fill("北苑活动室");
  await page.locator("#meeting-agenda").fill("通报公示情况\n准备路演材料");
  await page.getByLabel("北苑小区后门改造", { exact: true }).check();
  await page.getByLabel("河边步道路灯不亮", { exact: true }).check();
  await page.locator("#schedule-meeting").click();
  const meeting = page.locator("#meetings > li").filter({ hasText: "北苑后门项目推进会" });
  await expect(meeting.locator(".agenda li")).toHaveText(["通报公示情况", "准备路演材料"]);
  await expect(meeting.locator(".links a")).toHaveText(["北苑小区后门改造", "河边步道路灯不亮"]);
  await expect(meeting).toContainText("北苑活动室");

  await meeting.getByText("出席", { exact: true }).first().click();
  const liu = meeting.locator(".attendance li").filter({ hasText: "刘德明" });
  await liu.getByRole("button", { name: "出席" }).click();
  await expect(liu.getByRole("button", { name: "出席" })).toHaveAttribute("aria-pressed", "true");
  await meeting.getByLabel("会议纪要").fill("议定公示期满后路演，随后比选。");
  await meeting.getByRole("button", { name: "保存纪要" }).click();
  await expect(meeting.locator(".minutes")).toHaveText("会议纪要: 议定公示期满后路演，随后比选。");

  // An activity paid by nobody's fund: a paper-cutting workshop.
  await page.locator("#activity-title").fill("非遗剪纸工作坊");
  await page.locator("#activity-date").fill("2027-02-20");
  await page.locator("#activity-people").fill("18");
  await page.locator("#record-activity").click();
  await expect(page.locator("#activities li")).toContainText("非遗剪纸工作坊2027年2月20日 · 18 人参加");

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: "screenshots/phone-zh-CN-meetings.png", fullPage: true });

  const downloading = page.waitForEvent("download");
  await page.locator("#download-ics").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("gongzhi-meetings.ics");
  const ics = (await readFile((await download.path())!, "utf8")).replaceAll("\r\n ", "");
  expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(ics).toContain("RRULE:FREQ=MONTHLY;BYDAY=1SA\r\n");
  expect(ics).toContain("RRULE:FREQ=MONTHLY;BYDAY=-1FR\r\n");
  expect(ics).toContain("SUMMARY:北苑后门项目推进会\r\n");
  expect(ics).toContain("DTSTART;TZID=Asia/Shanghai:20270115T193000\r\n");
  expect(ics).toContain("DESCRIPTION:通报公示情况\\n准备路演材料\r\n");
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
});
