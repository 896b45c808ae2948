import { expect, type Page } from "@playwright/test";

/** Requests, the draft form and a project's page, as a resident-group secretary uses them (zh-CN). */
export class ProjectPages {
  constructor(readonly page: Page) {}

  async openRequests() {
    await this.page.getByRole("navigation").getByRole("link", { name: "诉求", exact: true }).click();
    await expect(this.page.locator("main h1")).toHaveText("居民诉求");
  }

  /** Records a request; `who` is [name, flat or household code], either may be "". */
  async raiseRequest(
    title: string,
    detail: string,
    place: string,
    more: { category?: string; spot?: string; who?: [string, string] } = {},
  ) {
    await this.openRequests();
    await this.fillRequest(title, detail, place, more);
    await this.page.getByRole("button", { name: "记录诉求" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "诉求已记录。" })).toBeVisible();
  }

  async fillRequest(
    title: string,
    detail: string,
    place: string,
    more: { category?: string; spot?: string; who?: [string, string] } = {},
  ) {
    await this.page.locator("#request-title").fill(title);
    if (more.category) await this.page.locator("#request-category").selectOption({ label: more.category });
    await this.page.locator("#request-detail").fill(detail);
    await this.page.locator("#request-place").selectOption({ label: place });
    if (more.spot) await this.page.locator("#request-spot").fill(more.spot);
    if (more.who) {
      await this.page.locator("#request-name").fill(more.who[0]);
      await this.page.locator("#request-flat").fill(more.who[1]);
    }
  }

  request(title: string) {
    return this.page.locator("ul.requests li").filter({ has: this.page.locator(".row-title", { hasText: title }) });
  }


  /** Drafts a plan from the request titled `request` with budget lines [item, yuan]. */
  async draftFrom(request: string, lines: [string, string][], funding: string) {
    const row = this.request(request);
    await row.getByRole("link", { name: "起草项目方案" }).click();
    await expect(this.page.locator("main h1")).toHaveText("起草项目方案");
    for (const [n, [item, amount]] of lines.entries()) {
      if (n > 0) await this.page.locator("#add-budget-line").click();
      const line = this.page.locator("#budget-lines").locator(".line").nth(n);
      await line.getByLabel("内容").fill(item);
      await line.getByLabel("金额（元）").fill(amount);
    }
    await this.page.locator("#funding-lines").locator(".line").first().getByLabel("金额（元）").fill(funding);
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

  async respond(stance: "支持" | "反对", flat: string, text: string, name = "") {
    await this.page.getByLabel(stance, { exact: true }).check();
    await this.page.locator("#response-name").fill(name);
    await this.page.locator("#response-flat").fill(flat);
    await this.page.locator("#response-text").fill(text);
    await this.page.getByRole("button", { name: "提交意见" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "意见已记录。" })).toBeVisible();
  }

  /** 路演: the group presents the project to the council once the notice has run. */
  async roadshow(presenter: string, group: string) {
    await expect(this.page.locator("#roadshow-none")).toHaveText("尚未记录路演。");
    await this.page.locator("#roadshow-presenter").fill(presenter);
    await this.page.locator("#roadshow-group").selectOption({ label: group });
    await this.page.locator("#record-roadshow").click();
    await expect(this.page.locator("ul.roadshows li").first()).toContainText(presenter);
  }

  async putToCouncil() {
    await this.page.locator("#start-council-vote").click();
    await expect(this.page.locator("li.member").first()).toBeVisible();
  }

  // After the vote.
  async addQuote(company: string, price: string, days: string, warranty: string, tie?: string) {
    await this.page.locator("#quote-company").fill(company);
    await this.page.locator("#quote-amount").fill(price);
    await this.page.locator("#quote-days").fill(days);
    await this.page.locator("#quote-warranty").fill(warranty);
    if (tie) {
      await this.page.locator("#interest-declared").check();
      await this.page.locator("#quote-tie").fill(tie);
    } else {
      await this.page.locator("#interest-none").check();
    }
    await this.page.locator("#add-quote").click();
    await expect(this.page.locator("#quotes tbody tr").filter({ hasText: company })).toBeVisible();
  }

  async spend(line: string, description: string, amount: string, payee = "") {
    await this.page.locator("#expense-line").selectOption({ label: line });
    await this.page.locator("#expense-payee").fill(payee);
    await this.page.locator("#expense-description").fill(description);
    await this.page.locator("#expense-amount").fill(amount);
    await this.page.locator("#record-expense").click();
    await expect(this.page.getByRole("status").filter({ hasText: "支出已记录。" })).toBeVisible();
  }
}
