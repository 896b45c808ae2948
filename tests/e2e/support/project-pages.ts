import { expect, type Page } from "@playwright/test";

/** Requests, the draft form and a project's page, as a resident-group secretary uses them (zh-CN). */
export class ProjectPages {
  constructor(readonly page: Page) {}

  async raiseRequest(title: string, detail: string, place: string) {
    await this.page.getByRole("navigation").getByRole("link", { name: "诉求", exact: true }).click();
    await expect(this.page.locator("main h1")).toHaveText("居民诉求");
    await this.page.locator("#request-title").fill(title);
    await this.page.locator("#request-detail").fill(detail);
    await this.page.locator("#request-place").selectOption({ label: place });
    await this.page.getByRole("button", { name: "记录诉求" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "诉求已记录。" })).toBeVisible();
  }

  /** Drafts a plan from the request titled `request` with budget lines [item, yuan]. */
  async draftFrom(request: string, lines: [string, string][], funding: string) {
    const row = this.page.locator("ul.requests li").filter({ hasText: request });
    await row.getByRole("link", { name: "起草项目方案" }).click();
    await expect(this.page.locator("main h1")).toHaveText("起草项目方案");
    for (const [n, [item, amount]] of lines.entries()) {
      if (n > 0) await this.page.locator("#add-budget-line").click();
      const line = this.page.locator("fieldset").first().locator(".line").nth(n);
      await line.getByLabel("内容").fill(item);
      await line.getByLabel("金额（元）").fill(amount);
    }
    await this.page.locator("fieldset").nth(1).locator(".line").first().getByLabel("金额（元）").fill(funding);
  }

  async saveDraft() {
    await this.page.getByRole("button", { name: "保存草案" }).click();
    await expect(this.page.locator("#proposal-stage")).toHaveText("草案");
  }

  async postNotice(days: number) {
    await this.page.locator("#notice-days").fill(String(days));
    await this.page.locator("#post-notice").click();
    await expect(this.page.locator("#proposal-stage")).toHaveText("公示中");
  }

  async respond(stance: "支持" | "反对", flat: string, text: string) {
    await this.page.getByLabel(stance, { exact: true }).check();
    await this.page.locator("#response-flat").fill(flat);
    await this.page.locator("#response-text").fill(text);
    await this.page.getByRole("button", { name: "提交意见" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "意见已记录。" })).toBeVisible();
  }

  async putToCouncil() {
    await this.page.locator("#start-council-vote").click();
    await expect(this.page.locator("li.member").first()).toBeVisible();
  }
}
