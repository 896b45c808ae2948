import { expect, type Locator, type Page } from "@playwright/test";
import { download } from "./download";
import { WelcomePage } from "./welcome-page";

type Csv = { name: string; mimeType: string; buffer: Buffer };

/** The register of households and the roster import on its page, as a secretary uses them
 * (zh-CN texts). */
export class RegistryPage {
  readonly heading: Locator;
  // The register.
  readonly registrySummary: Locator;
  readonly searchBox: Locator;
  readonly compound: Locator;
  /** Rows of every `table.registry`: the register's, and a roster preview's while one shows. */
  readonly rows: Locator;
  /** Rows of the register's own table. */
  readonly registerRows: Locator;
  readonly pageNumber: Locator;
  readonly nextPage: Locator;
  readonly previousPage: Locator;
  readonly ownerFilter: Locator;
  readonly exportCsvButton: Locator;
  readonly exportXlsxButton: Locator;
  // Importing a roster.
  readonly importInto: Locator;
  readonly importNewName: Locator;
  readonly file: Locator;
  readonly error: Locator;
  readonly tableBody: Locator;
  readonly sheets: Locator;
  readonly summary: Locator;
  readonly problems: Locator;
  readonly problemLines: Locator;
  readonly totals: Locator;
  readonly shown: Locator;
  readonly shownRows: Locator;
  readonly changes: Locator;
  readonly changeNew: Locator;
  readonly changeOwners: Locator;
  readonly changeAreas: Locator;
  readonly unchanged: Locator;
  readonly missing: Locator;
  readonly mapping: Locator;
  readonly mappingMissing: Locator;
  readonly mappingNote: Locator;
  readonly mappingConfirm: Locator;
  readonly confirm: Locator;
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator("main h1");
    this.registrySummary = page.locator("#registry-summary");
    this.searchBox = page.locator("#registry-search");
    this.compound = page.locator("#registry-compound");
    this.rows = page.locator("table.registry tbody tr");
    this.registerRows = page.locator("table.register-table tbody tr");
    this.pageNumber = page.locator("#registry-page");
    this.nextPage = page.locator("nav.pager").getByRole("button", { name: "下一页", exact: true });
    this.previousPage = page.locator("nav.pager").getByRole("button", { name: "上一页", exact: true });
    this.ownerFilter = page.locator("#registry-owner-filter");
    this.exportCsvButton = page.locator("#export-register-csv");
    this.exportXlsxButton = page.locator("#export-register-xlsx");
    this.importInto = page.locator("#import-into");
    this.importNewName = page.locator("#import-new-name");
    this.file = page.locator("#import-file");
    this.error = page.locator("#import-error");
    this.tableBody = page.locator("table.registry tbody");
    this.sheets = page.locator("#import-sheets button");
    this.summary = page.locator("#import-summary");
    this.problems = page.locator("#import-problems");
    this.problemLines = this.problems.locator("li");
    this.totals = page.locator("#import-totals");
    this.shown = page.locator("#import-shown");
    this.shownRows = page.locator("#import-shown + tbody tr");
    this.changes = page.locator("#import-changes li.change-group");
    this.changeNew = page.locator("#change-new");
    this.changeOwners = page.locator("#change-owners");
    this.changeAreas = page.locator("#change-areas");
    this.unchanged = page.locator("#import-unchanged");
    this.missing = page.locator("#import-missing summary");
    this.mapping = page.locator("#roster-mapping");
    this.mappingMissing = page.locator("#mapping-missing");
    this.mappingNote = page.locator("#import-mapping-note");
    this.mappingConfirm = page.locator("#mapping-confirm");
    this.confirm = page.locator("#import-confirm");
    this.outcome = page.locator("#import-outcome");
  }

  /** Founds a community with its first compound and lands on the register. */
  async found(compound = "和美花园", community = "和美社区") {
    await new WelcomePage(this.page).foundAndOpenRegister(community, compound);
  }

  /** Goes to the register by its address. */
  async open() {
    await this.page.goto("/registry");
    await expect(this.heading).toHaveText("住户登记");
  }

  async search(text: string) {
    await this.searchBox.fill(text);
  }

  /** The household code shown on a row. */
  async codeOf(row: Locator) {
    return (await row.locator(".household-code").textContent())!;
  }

  /** Shows only one compound's households. */
  async showCompound(compound: { label: string } | { index: number }) {
    await this.compound.selectOption(compound);
  }

  /** A row's button that lists all the flats of its owner. */
  ownerFlats(row: Locator, count: number) {
    return row.getByRole("button", { name: `共 ${count} 套` });
  }

  async showAllHouseholds() {
    await this.page.getByRole("button", { name: "显示全部住户" }).click();
  }

  /** Opens a row's history of registrations and changes, and returns its entries. */
  async openHistory(row: Locator) {
    await row.locator(".flat-history summary").click();
    return row.locator(".flat-history li");
  }

  /** Picks a roster for an existing compound. */
  async pick(file: string, compound = "和美花园") {
    await this.importInto.selectOption({ label: compound });
    await this.file.setInputFiles(file);
  }

  /** Picks a roster for a new compound of that name. */
  async pickNew(name: string, file: string | Csv) {
    await this.importNewName.fill(name);
    await this.file.setInputFiles(file);
  }

  /** Picks a roster into the compound already chosen (or named). */
  async pickFile(file: string | Csv) {
    await this.file.setInputFiles(file);
  }

  /** Imports CSV lines under a header, into a compound (`into`) or a new one named `name`. */
  async importRows(into: string | null, name: string, header: string, lines: string[]) {
    if (into) {
      await this.importInto.selectOption({ label: into });
    } else {
      await this.importInto.selectOption({ index: 0 }); // a new compound
      await this.importNewName.fill(name);
    }
    await this.file.setInputFiles({
      name: `${name}.csv`,
      mimeType: "text/csv",
      buffer: Buffer.from([header, ...lines].join("\n") + "\n", "utf8"),
    });
    await expect(this.summary).toContainText(`${lines.length} 户`);
    await this.confirm.click();
    await expect(this.outcome).toHaveText(`已导入 ${lines.length} 户。`);
  }

  /** In a workbook of several sheets, the one to read. */
  async chooseSheet(n: number) {
    await this.sheets.nth(n).click();
  }

  /** The mapping step: which of the file's columns holds a field (by the column's index). */
  mapSelect(field: string) {
    return this.page.locator(`#map-${field}`);
  }

  async mapColumn(field: string, column: string) {
    await this.mapSelect(field).selectOption(column);
  }

  async confirmMapping() {
    await this.mappingConfirm.click();
  }

  async confirmImport() {
    await this.confirm.click();
  }

  async discard() {
    await this.page.getByRole("button", { name: "放弃" }).click();
  }

  async exportCsv() {
    return download(this.page, () => this.exportCsvButton.click());
  }

  async exportXlsx() {
    return download(this.page, () => this.exportXlsxButton.click());
  }

  async openSignInSheet() {
    await this.page.locator("#sign-in-link").click();
  }

}
