import { test, expect } from "../support/fixtures";
import { seriousViolations } from "../support/axe";
import { CommunityPage } from "../support/community-page";
import { MeetingsPage } from "../support/meetings-page";

test("a monthly reception day and joint meeting, a meeting with its agenda, attendance and minutes, and the calendar as .ics", async ({ page }) => {
  const community = new CommunityPage(page);
  await community.loadDemo();
  const meetings = new MeetingsPage(page);
  await meetings.open();
  await expect(meetings.heading).toHaveText("会议日历");
  await expect(meetings.upcomingNone).toHaveText("没有安排的会议。");

  // 业主接待日: the first Saturday of every month.
  await expect(meetings.seriesName).toHaveValue("业主接待日");
  await meetings.setSeries({ weekday: "星期六", place: "社区服务中心" });
  await expect(meetings.series.first()).toContainText("每月第一个星期六 09:00 · 社区服务中心");

  // 联席会议: the last Friday, in the evening.
  await meetings.fillSeries({ kind: "联席会议" });
  await expect(meetings.seriesName).toHaveValue("联席会议");
  await meetings.setSeries({ week: "最后一个", weekday: "星期五", time: "19:30", duration: "90" });
  await expect(meetings.series.nth(1)).toContainText("每月最后一个星期五 19:30");

  // A day no month always has is refused by the rules, and nothing else changes.
  await meetings.setSeries({ week: "固定日期", day: "31" });
  await expect(meetings.seriesFailure).toContainText("1 至 28 日中的一天");
  await expect(meetings.series).toHaveCount(2);
  await expect(meetings.upcoming).toHaveCount(6);

  // One meeting with its agenda, linked to the back-gate project and the lamp request.
  await meetings.schedule({
    kind: "议事会会议",
    name: "北苑后门项目推进会",
    org: "北苑小区居民小组议事会",
    date: "2027-01-15",
    time: "19:30",
    place: "北苑活动室",
    agenda: ["通报公示情况", "准备路演材料"],
    links: ["北苑小区后门改造", "河边步道路灯不亮"],
  });
  const meeting = meetings.meeting("北苑后门项目推进会");
  await expect(meeting.locator(".agenda li")).toHaveText(["通报公示情况", "准备路演材料"]);
  await expect(meeting.locator(".links a")).toHaveText(["北苑小区后门改造", "河边步道路灯不亮"]);
  await expect(meeting).toContainText("北苑活动室");

  const liu = await meetings.attendance(meeting, "刘德明");
  await liu.getByRole("button", { name: "出席" }).click();
  await expect(liu.getByRole("button", { name: "出席" })).toHaveAttribute("aria-pressed", "true");
  await meetings.writeMinutes(meeting, "议定公示期满后路演，随后比选。");
  await expect(meeting.locator(".minutes")).toHaveText("会议纪要: 议定公示期满后路演，随后比选。");

  // An activity paid by nobody's fund: a paper-cutting workshop.
  await meetings.activities.record("非遗剪纸工作坊", "2027-02-20", "18");
  await expect(meetings.activities.list).toContainText("非遗剪纸工作坊2027年2月20日 · 18 人参加");

  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "screenshots/phone-zh-CN-meetings.png", fullPage: true });

  const download = await meetings.downloadCalendar();
  expect(download.name).toBe("gongzhi-meetings.ics");
  const ics = download.text.replaceAll("\r\n ", "");
  expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(ics).toContain("RRULE:FREQ=MONTHLY;BYDAY=1SA\r\n");
  expect(ics).toContain("RRULE:FREQ=MONTHLY;BYDAY=-1FR\r\n");
  expect(ics).toContain("SUMMARY:北苑后门项目推进会\r\n");
  expect(ics).toContain("DTSTART;TZID=Asia/Shanghai:20270115T193000\r\n");
  expect(ics).toContain("DESCRIPTION:通报公示情况\\n准备路演材料\r\n");
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
});
