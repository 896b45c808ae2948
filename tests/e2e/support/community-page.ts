import { expect, type Locator, type Page } from "@playwright/test";
import { AppPage } from "./app-page";

/** The demo community and its council vote, as a secretary uses them (zh-CN texts). */
export class CommunityPage {
  readonly app: AppPage;
  readonly loadDemoButton: Locator;
  readonly failure: Locator;
  readonly title: Locator;
  readonly projectList: Locator;
  readonly voteList: Locator;
  readonly members: Locator;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
    this.loadDemoButton = page.locator("#load-demo");
    this.failure = page.locator(".submit-failure");
    this.title = page.locator("#community-title");
    this.projectList = page.locator("ul.project-list");
    this.voteList = page.locator("ul.vote-list");
    this.members = page.locator("li.member");
  }

  // The overview's charts, open notices and next meetings.
  get dashboardTitle() {
    return this.page.locator("#dashboard-title");
  }

  /** A chart of the overview: "turnout", "money" or "stages". */
  chart(name: "turnout" | "money" | "stages") {
    const chart = this.page.locator(`#chart-${name}`);
    return {
      labels: chart.locator(".bar-label"),
      figures: chart.locator(".bar-figure"),
      fill: chart.locator(".bar-fill"),
      track: chart.locator(".bar-track"),
    };
  }

  get notices() {
    return this.page.locator("#dash-notices li");
  }

  get noticeCountdowns() {
    return this.page.locator("#dash-notices .countdown-small");
  }

  get nextMeetings() {
    return this.page.locator("#dash-meetings li");
  }

  /** The overview's figures (households, owners, ...), in order. */
  get stats() {
    return this.page.locator(".stats dd");
  }

  get voteLinks() {
    return this.voteList.locator("a");
  }

  get projectLinks() {
    return this.projectList.locator("a");
  }

  /** A project's row in the overview's list. */
  project(title: string) {
    return this.projectList.locator("li").filter({ hasText: title });
  }

  /** In either language: opens the overview's first project, or its first vote. */
  async openFirstProject() {
    await this.page.locator("#proposals-title + ul a").first().click();
  }

  async openFirstVote() {
    await this.page.locator("#votes-title + ul a").first().click();
  }

  /** Loads 晋阳社区 from the welcome page and waits until its overview shows. */
  async loadDemo() {
    await this.app.open("/");
    await expect(this.loadDemoButton).toBeEnabled();
    await this.loadDemoButton.click();
    await expect(this.app.heading).toHaveText("晋阳社区");
  }

  /** Loads the demo from the welcome page already open, in either language. */
  async loadDemoHere() {
    await this.loadDemoButton.click();
    await expect(this.title).toBeVisible();
  }

  /** Opens the demo's council vote from the overview. */
  async openCouncilVote() {
    await this.page.getByRole("link", { name: "2027 年院落微更新计划" }).click();
    await expect(this.app.heading).toHaveText("2027 年院落微更新计划");
  }

  member(name: string) {
    return this.members.filter({ has: this.page.locator(".member-name", { hasText: new RegExp(`^${name}$`) }) });
  }

  async cast(name: string, choice: "同意" | "反对" | "弃权") {
    await this.member(name).getByRole("button", { name: `${choice} ${name}` }).click();
  }

  /** What a member's row says of their vote. */
  status(name: string) {
    return this.member(name).locator(".member-status");
  }

  /** A member's corrections, each with its reason. */
  corrections(name: string) {
    return this.member(name).locator(".correction-trail li");
  }

  async expectRecorded(name: string, choice: "同意" | "反对" | "弃权", timeout?: number) {
    await expect(this.status(name)).toHaveText(`已记录： ${choice}`, { timeout });
  }

  /** A clerk corrects a recorded answer: the new choice and why; the row then shows both. */
  async correct(name: string, to: "同意" | "反对" | "弃权", reason: string) {
    const row = this.member(name);
    await row.getByRole("button", { name: `更正 ${name}` }).click();
    await row.locator(".correction").getByRole("button", { name: to, exact: true }).click();
    await row.locator(".correction-reason").fill(reason);
    await row.locator(".confirm-correction").click();
  }

  async expectNotVoted(name: string) {
    await expect(this.status(name)).toHaveText("未表决");
  }

  /** How many events the device's IndexedDB holds, read beside the app: single events, and
   * segments, whose keys are `[number, count]`. */
  storedEvents() {
    return this.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open("gongzhi");
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(["events", "segments"]);
            const singles = tx.objectStore("events").count();
            const segments = tx.objectStore("segments").getAllKeys();
            tx.oncomplete = () => {
              db.close();
              const inSegments = (segments.result as number[][]).reduce((sum, key) => sum + key[1], 0);
              resolve(singles.result + inSegments);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  }
}
