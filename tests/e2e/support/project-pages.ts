import { expect, type Locator, type Page } from "@playwright/test";

type Who = { category?: string; spot?: string; who?: [string, string] };

/** Requests, the draft form and a project's page, as a resident-group secretary uses them (zh-CN). */
export class ProjectPages {
  // Requests.
  readonly requestTitle: Locator;
  readonly requests: Locator;
  readonly requestRows: Locator;
  readonly requestFlat: Locator;
  readonly requestFlatError: Locator;
  readonly requestSpot: Locator;
  readonly requestFailure: Locator;
  // The draft form.
  readonly title: Locator;
  readonly budgetLines: Locator;
  readonly fundingLines: Locator;
  readonly budgetTotal: Locator;
  readonly fundingTotal: Locator;
  // A project's page.
  readonly stage: Locator;
  readonly budget: Locator;
  readonly fundingGap: Locator;
  readonly gapReasonError: Locator;
  readonly gapReasonShown: Locator;
  readonly editDraftButton: Locator;
  readonly postNoticeButton: Locator;
  readonly resubmitButton: Locator;
  readonly countdown: Locator;
  readonly responseName: Locator;
  readonly responseCounts: Locator;
  readonly responses: Locator;
  readonly responsesClosed: Locator;
  readonly roadshowPresenter: Locator;
  readonly roadshowSummary: Locator;
  readonly recordRoadshowButton: Locator;
  readonly roadshows: Locator;
  readonly startCouncilVote: Locator;
  readonly councilBlocked: Locator;
  readonly timeline: Locator;
  readonly timelineTitle: Locator;
  readonly qrText: Locator;
  readonly digest: Locator;
  // After the vote: choosing a contractor, spending, acceptance, closing.
  readonly quoteError: Locator;
  readonly tooFewQuotes: Locator;
  readonly quotes: Locator;
  readonly chooseError: Locator;
  readonly chosen: Locator;
  readonly ledgerSummary: Locator;
  readonly ledgerLines: Locator;
  readonly expenseTable: Locator;
  readonly expenses: Locator;
  readonly acceptanceForm: Locator;
  readonly acceptanceDate: Locator;
  readonly acceptanceError: Locator;
  readonly photoHash: Locator;
  readonly closingSteps: Locator;

  constructor(readonly page: Page) {
    this.requestTitle = page.locator("#request-title");
    this.requests = page.locator("ul.requests");
    this.requestRows = this.requests.locator("li");
    this.requestFlat = page.locator("#request-flat");
    this.requestFlatError = page.locator("#request-flat-error");
    this.requestSpot = page.locator("#request-spot");
    this.requestFailure = page.locator("form[aria-labelledby=request-new-title] .submit-failure");
    this.title = page.locator("#proposal-title");
    this.budgetLines = page.locator("#budget-lines").locator(".line");
    this.fundingLines = page.locator("#funding-lines").locator(".line");
    this.budgetTotal = page.locator("#budget-total");
    this.fundingTotal = page.locator("#funding-total");
    this.stage = page.locator("#proposal-stage");
    this.budget = page.locator("#proposal-budget");
    this.fundingGap = page.locator("#funding-gap");
    this.gapReasonError = page.locator("#gap-reason-error");
    this.gapReasonShown = page.locator("#gap-reason-shown");
    this.editDraftButton = page.locator("#edit-draft");
    this.postNoticeButton = page.locator("#post-notice");
    this.resubmitButton = page.locator("#resubmit");
    this.countdown = page.locator("#notice-countdown");
    this.responseName = page.locator("#response-name");
    this.responseCounts = page.locator("#response-counts");
    this.responses = page.locator("ul.responses li");
    this.responsesClosed = page.locator("#responses-closed");
    this.roadshowPresenter = page.locator("#roadshow-presenter");
    this.roadshowSummary = page.locator("#roadshow-summary");
    this.recordRoadshowButton = page.locator("#record-roadshow");
    this.roadshows = page.locator("ul.roadshows li");
    this.startCouncilVote = page.locator("#start-council-vote");
    this.councilBlocked = page.locator("#council-blocked");
    this.timeline = page.locator("ol.timeline li .what");
    this.timelineTitle = page.locator("#timeline-title");
    this.qrText = page.locator("#project-qr-text");
    this.digest = page.locator("#project-digest");
    this.quoteError = page.locator("#quote-error");
    this.tooFewQuotes = page.locator("#too-few-quotes");
    this.quotes = page.locator("#quotes tbody tr");
    this.chooseError = page.locator("#choose-error");
    this.chosen = page.locator("#selection-chosen");
    this.ledgerSummary = page.locator("#ledger-summary");
    this.ledgerLines = page.locator("table.ledger tbody tr");
    this.expenseTable = page.locator("#project-expenses");
    this.expenses = this.expenseTable.locator("tbody tr");
    this.acceptanceForm = page.locator("#acceptance-form");
    this.acceptanceDate = page.locator("#acceptance-date");
    this.acceptanceError = page.locator("#acceptance-form .status.error");
    this.photoHash = page.locator("#acceptance-photo-hash");
    this.closingSteps = page.locator("#closing-steps li");
  }

  async openRequests() {
    await this.page.getByRole("navigation").getByRole("link", { name: "诉求", exact: true }).click();
    await expect(this.page.locator("main h1")).toHaveText("居民诉求");
  }

  /** Records a request; `who` is [name, flat or household code], either may be "". */
  async raiseRequest(title: string, detail: string, place: string, more: Who = {}) {
    await this.openRequests();
    await this.fillRequest(title, detail, place, more);
    await this.submitRequest();
    await expect(this.page.getByRole("status").filter({ hasText: "诉求已记录。" })).toBeVisible();
  }

  /** Sends the request form as it stands. */
  async submitRequest() {
    await this.page.getByRole("button", { name: "记录诉求" }).click();
  }

  /** Sends the request form as it stands, in either language. */
  async sendRequest() {
    await this.page.locator("form[aria-labelledby='request-new-title'] button[type=submit]").click();
  }

  /** Lists only the requests of a status and of a category ("全部" for all). */
  async filterRequests(by: { status?: string; category?: string }) {
    if (by.status) await this.page.locator("#request-status-filter").selectOption({ label: by.status });
    if (by.category) await this.page.locator("#request-category-filter").selectOption({ label: by.category });
  }

  /** Writes a reply to close a request without a project; the app reads it back and asks
   * first. With no text, just tries. */
  async answer(row: Locator, text?: string) {
    if (text !== undefined) await row.getByLabel("答复内容").fill(text);
    await row.getByRole("button", { name: "保存答复" }).click();
  }

  /** The question that reads a request's reply back before closing it. */
  answerQuestion(row: Locator) {
    return row.getByRole("alertdialog");
  }

  async confirmAnswer(row: Locator) {
    await row.getByRole("button", { name: "确认答复并关闭" }).click();
  }

  async cancelAnswer(row: Locator) {
    await this.answerQuestion(row).getByRole("button", { name: "取消" }).click();
  }

  async chooseToAnswer(row: Locator) {
    await row.getByText("不立项，答复并关闭").click();
  }

  async fillRequest(title: string, detail: string, place: string, more: Who = {}) {
    await this.requestTitle.fill(title);
    if (more.category) await this.page.locator("#request-category").selectOption({ label: more.category });
    await this.page.locator("#request-detail").fill(detail);
    await this.page.locator("#request-place").selectOption({ label: place });
    if (more.spot) await this.requestSpot.fill(more.spot);
    if (more.who) {
      await this.page.locator("#request-name").fill(more.who[0]);
      await this.requestFlat.fill(more.who[1]);
    }
  }

  request(title: string) {
    return this.page.locator("ul.requests li").filter({ has: this.page.locator(".row-title", { hasText: title }) });
  }

  /** In either language: records a request with only a title, then opens the draft form of
   * the first request that offers one. */
  async draftFromTitleOnly(title: string) {
    await this.requestTitle.fill(title);
    await this.sendRequest();
    await this.page.locator("ul.requests a[href$='/draft']").first().click();
    await expect(this.title).toBeVisible();
  }

  /** Drafts a plan from the request titled `request` with budget lines [item, yuan]. */
  async draftFrom(request: string, lines: [string, string][], funding: string) {
    const row = this.request(request);
    await row.getByRole("link", { name: "起草项目方案" }).click();
    await expect(this.page.locator("main h1")).toHaveText("起草项目方案");
    for (const [n, [item, amount]] of lines.entries()) {
      if (n > 0) await this.page.locator("#add-budget-line").click();
      const line = this.budgetLines.nth(n);
      await line.getByLabel("内容").fill(item);
      await line.getByLabel("金额（元）").fill(amount);
    }
    await this.fundingLines.first().getByLabel("金额（元）").fill(funding);
  }

  async saveDraft() {
    await this.page.getByRole("button", { name: "保存草案" }).click();
    await expect(this.stage).toHaveText("草案");
  }

  /** Opens a draft again in the form, as it stands. */
  async editDraft() {
    await this.editDraftButton.click();
  }

  /** A new title for the plan, in the form. */
  async rename(title: string) {
    await this.title.fill(title);
  }

  /** Adds a funding line with its amount. */
  async addFunding(amount: string) {
    await this.page.locator("#add-funding-line").click();
    await this.fundingLines.last().getByLabel("金额（元）").fill(amount);
  }

  async savePlan() {
    await this.page.locator("#save-plan").click();
  }

  /** Asks to post the plan for public notice for so many days, whatever comes of it. */
  /** Posting asks first (it cannot be withdrawn): the days, then the confirmation. */
  async askToPost(days: number) {
    if (await this.postNoticeButton.isVisible()) await this.postNoticeButton.click();
    await expect(this.page.locator("#notice-form")).toContainText("公示一经发布不能撤回");
    await this.page.locator("#notice-days").fill(String(days));
    await this.page.locator("#confirm-post-notice").click();
  }

  async postNotice(days: number) {
    await this.askToPost(days);
    await expect(this.stage).toHaveText("公示中");
  }

  /** Why the funding does not cover the budget, asked for before posting. */
  async explainGap(reason: string) {
    await this.page.locator("#gap-reason").fill(reason);
  }

  async respond(stance: "支持" | "反对", flat: string, text: string, name = "") {
    await this.page.getByLabel(stance, { exact: true }).check();
    await this.responseName.fill(name);
    await this.page.locator("#response-flat").fill(flat);
    await this.page.locator("#response-text").fill(text);
    await this.page.getByRole("button", { name: "提交意见" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "意见已记录。" })).toBeVisible();
  }

  /** 路演: the group presents the project to the council once the notice has run. */
  async roadshow(presenter: string, group: string) {
    await expect(this.page.locator("#roadshow-none")).toHaveText("尚未记录路演。");
    await this.roadshowPresenter.fill(presenter);
    await this.page.locator("#roadshow-group").selectOption({ label: group });
    await this.recordRoadshowButton.click();
    await expect(this.roadshows.first()).toContainText(presenter);
  }

  async putToCouncil() {
    await this.startCouncilVote.click();
    await expect(this.page.locator("li.member").first()).toBeVisible();
  }

  /** Rejected: the plan goes back to a draft. */
  async resubmit() {
    await this.resubmitButton.click();
  }

  // After the vote.
  async startSelection() {
    await this.page.locator("#start-selection").click();
  }

  /** Types a quote's company (and price) into the form, without adding it. */
  async fillQuote(company: string, price?: string) {
    await this.page.locator("#quote-company").fill(company);
    if (price !== undefined) await this.page.locator("#quote-amount").fill(price);
  }

  async submitQuote() {
    await this.page.locator("#add-quote").click();
  }

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
    await this.submitQuote();
    await expect(this.quotes.filter({ hasText: company })).toBeVisible();
  }

  /** Chooses a quote (by its place in the table) and says why, where and when it was decided. */
  async chooseContractor(quote: number, reason = "", meeting = "", date = "") {
    // Choosing asks first (it cannot be changed); the form stays open after a refusal.
    const open = this.page.locator("#choose-open");
    if (await open.isVisible()) await open.click();
    await this.page.locator("#choose-bid").selectOption({ index: quote });
    if (reason) await this.page.locator("#choose-reason").fill(reason);
    if (meeting) await this.page.locator("#choose-meeting").fill(meeting);
    if (date) await this.page.locator("#choose-date").fill(date);
    await this.page.locator("#choose-contractor").click();
  }

  async spend(line: string, description: string, amount: string, payee = "") {
    await this.page.locator("#expense-line").selectOption({ label: line });
    await this.page.locator("#expense-payee").fill(payee);
    await this.page.locator("#expense-description").fill(description);
    await this.page.locator("#expense-amount").fill(amount);
    await this.page.locator("#record-expense").click();
    await expect(this.page.getByRole("status").filter({ hasText: "支出已记录。" })).toBeVisible();
  }

  /** 验收: asks to record the acceptance; the form comes up with today's date. */
  async askToAccept() {
    await this.page.locator("#accept-work").click();
  }

  /** Fills what is given of the acceptance form. */
  async fillAcceptance(a: { date?: string; inspectors?: string; findings?: string; photo?: { name: string; mimeType: string; buffer: Buffer } }) {
    if (a.date !== undefined) await this.acceptanceDate.fill(a.date);
    if (a.inspectors !== undefined) await this.page.locator("#acceptance-inspectors").fill(a.inspectors);
    if (a.findings !== undefined) await this.page.locator("#acceptance-findings").fill(a.findings);
    if (a.photo) await this.page.locator("#acceptance-photo").setInputFiles(a.photo);
  }

  async confirmAcceptance() {
    await this.page.locator("#confirm-accept-work").click();
  }

  /** 结项, with a note. */
  async closeProject(note: string) {
    await this.page.locator("#close-project").click();
    await this.page.locator("#close-project-note").fill(note);
    await this.page.locator("#confirm-close-project").click();
  }

  async qr() {
    return this.qrText.textContent();
  }
}
