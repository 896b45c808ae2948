import type { Locator, Page } from "@playwright/test";

/** Self-governing organisations (自治组织) and their members' terms (zh-CN texts). */
export class OrganisationsPage {
  readonly heading: Locator;
  readonly nameField: Locator;
  readonly placeField: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator("main h1");
    this.nameField = page.locator("#org-name");
    this.placeField = page.locator("#org-place");
  }

  /** A body's section, by its heading. */
  body(name: string) {
    return this.page.locator("section.organisation").filter({ has: this.page.getByRole("heading", { name }) });
  }

  /** A body's section, by any text in it. */
  bodyWith(text: string) {
    return this.page.locator("section.organisation").filter({ hasText: text });
  }

  /** How many of an organisation's members are in office. */
  inOffice(body: Locator) {
    return body.locator(".in-office");
  }

  /** Founds an organisation, for a place if given. */
  async found(name: string, place?: string) {
    await this.nameField.fill(name);
    if (place) await this.placeField.selectOption({ label: place });
    await this.page.locator("#org-add").click();
  }

  /** Opens an organisation's form for a new member. */
  async openAddMember(body: Locator) {
    await body.locator("summary", { hasText: "添加成员" }).click();
  }

  /** Fills what is given of the new member form and adds them. */
  async addMember(body: Locator, m: { name?: string; role?: string; start?: string; end?: string }) {
    if (m.name !== undefined) await body.getByLabel("姓名", { exact: true }).fill(m.name);
    if (m.role !== undefined) await body.getByLabel("职务").selectOption({ label: m.role });
    if (m.start !== undefined) await body.getByLabel("任期开始").fill(m.start);
    if (m.end !== undefined) await body.getByLabel("任期结束（可不填）").fill(m.end);
    await body.getByRole("button", { name: "添加成员" }).click();
  }

  async showMembers(body: Locator) {
    await body.locator("summary", { hasText: "成员" }).first().click();
  }

  member(body: Locator, name: string) {
    return body.locator("ul.members li").filter({ hasText: name });
  }

  /** Records a member's leaving: asked first, then confirmed. */
  async leaveOffice(body: Locator, name: string) {
    await this.askToLeave(body, name);
    await body.getByRole("button", { name: "确认离任" }).click();
  }

  async askToLeave(body: Locator, name: string) {
    await this.member(body, name).getByRole("button", { name: "离任" }).click();
  }

  leaveQuestion(body: Locator) {
    return body.getByRole("alertdialog");
  }
}
