import { expect, type Locator, type Page } from "@playwright/test";
import { ActivityForm } from "./activity-form";
import { download } from "./download";

type Series = {
  kind?: string;
  week?: string;
  weekday?: string;
  day?: string;
  time?: string;
  duration?: string;
  place?: string;
};

type Meeting = {
  kind?: string;
  name: string;
  org?: string;
  date: string;
  time: string;
  place: string;
  agenda: string[];
  links?: string[];
};

/** The meetings calendar: monthly series, single meetings with agenda, attendance and minutes,
 * activities, and the calendar file (zh-CN texts). */
export class MeetingsPage {
  readonly heading: Locator;
  readonly upcomingNone: Locator;
  readonly upcoming: Locator;
  readonly seriesName: Locator;
  readonly series: Locator;
  readonly seriesFailure: Locator;
  readonly meetings: Locator;
  readonly activities: ActivityForm;

  constructor(readonly page: Page) {
    this.heading = page.locator("main h1");
    this.upcomingNone = page.locator("#upcoming-title + p");
    this.upcoming = page.locator("#upcoming li");
    this.seriesName = page.locator("#series-name");
    this.series = page.locator("#series li");
    this.seriesFailure = page.locator("#series-title ~ form .submit-failure");
    this.meetings = page.locator("#meetings");
    this.activities = new ActivityForm(page);
  }

  /** From the overview. */
  async open() {
    await this.page.locator("#meetings-link").click();
  }

  /** Fills the monthly series form with what is given, leaving the rest as it stands. */
  async fillSeries(s: Series) {
    if (s.kind) await this.page.locator("#series-kind").selectOption({ label: s.kind });
    if (s.week) await this.page.locator("#series-week").selectOption({ label: s.week });
    if (s.weekday) await this.page.locator("#series-weekday").selectOption({ label: s.weekday });
    if (s.day) await this.page.locator("#series-day").fill(s.day);
    if (s.time) await this.page.locator("#series-time").fill(s.time);
    if (s.duration) await this.page.locator("#series-duration").fill(s.duration);
    if (s.place) await this.page.locator("#series-place").fill(s.place);
  }

  /** Sets a monthly series: what is given, the rest as the form stands. */
  async setSeries(s: Series = {}) {
    await this.fillSeries(s);
    await this.page.locator("#set-series").click();
  }

  /** Schedules one meeting with its agenda (one item a line) and what it is about. */
  async schedule(m: Meeting) {
    if (m.kind) await this.page.locator("#meeting-kind").selectOption({ label: m.kind });
    await this.page.locator("#meeting-name").fill(m.name);
    if (m.org) await this.page.locator("#meeting-org").selectOption({ label: m.org });
    await this.page.locator("#meeting-date").fill(m.date);
    await this.page.locator("#meeting-time").fill(m.time);
    await this.page.locator("#meeting-place").fill(m.place);
    await this.page.locator("#meeting-agenda").fill(m.agenda.join("\n"));
    for (const link of m.links ?? []) await this.page.getByLabel(link, { exact: true }).check();
    await this.page.locator("#schedule-meeting").click();
  }

  meeting(name: string) {
    return this.page.locator("#meetings > li").filter({ hasText: name });
  }

  /** A member's row in a meeting's attendance, opened. */
  async attendance(meeting: Locator, name: string) {
    await meeting.getByText("出席", { exact: true }).first().click();
    return meeting.locator(".attendance li").filter({ hasText: name });
  }

  async writeMinutes(meeting: Locator, minutes: string) {
    await meeting.getByLabel("会议纪要").fill(minutes);
    await meeting.getByRole("button", { name: "保存纪要" }).click();
  }

  /** Downloads the calendar; returns its file name and its text. */
  async downloadCalendar() {
    const file = await download(this.page, () => this.page.locator("#download-ics").click());
    return { name: file.name, text: file.bytes.toString("utf8") };
  }

  /** From the overview, with a monthly series set as the form offers it (in either language). */
  async openWithSeries() {
    await this.open();
    await this.setSeries();
    await expect(this.series.first()).toBeVisible();
  }
}
