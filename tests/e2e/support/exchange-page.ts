import { createHash } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import { download } from "./download";

/** The exchange page: exporting snapshot files and importing them (zh-CN texts). */
export class ExchangePage {
  readonly preview: Locator;
  readonly nothingNew: Locator;
  readonly mergeBallots: Locator;
  readonly setAside: Locator;
  readonly mergeConfirm: Locator;
  readonly merged: Locator;
  readonly readOnly: Locator;
  readonly report: Locator;
  readonly fileTitle: Locator;
  readonly mergeSummary: Locator;
  readonly mergeKinds: Locator;
  readonly mergeConflicts: Locator;
  readonly deviceConflicts: Locator;

  constructor(readonly page: Page) {
    this.preview = page.locator("#file-preview");
    this.nothingNew = page.locator("#merge-nothing-new");
    this.mergeBallots = page.locator("#merge-ballots");
    this.setAside = page.locator("#merge-set-aside");
    this.mergeConfirm = page.locator("#merge-confirm");
    this.merged = page.getByRole("status").filter({ hasText: "已合并" });
    this.readOnly = page.locator("#read-only");
    this.report = page.locator("#file-report");
    this.fileTitle = page.locator("#file-title");
    this.mergeSummary = page.locator("#merge-summary");
    this.mergeKinds = page.locator("#merge-kinds");
    this.mergeConflicts = page.locator("#merge-conflicts");
    this.deviceConflicts = page.locator("#device-conflicts li");
  }

  /** Goes to the page through the header link, so it works offline without a navigation. */
  async open() {
    await this.page.locator("header nav").getByRole("link", { name: "交换记录" }).click();
    await expect(this.page.locator("main h1")).toHaveText("交换记录");
  }

  /** Exports and returns the downloaded file's path and name. */
  async export(button: "#export-all" | "#export-mine" | "#export-vote" = "#export-all") {
    const { path, name } = await download(this.page, () => this.page.locator(button).click());
    return { path, name };
  }

  async pick(file: string | { name: string; mimeType: string; buffer: Buffer }) {
    await this.page.locator("#snapshot-file").setInputFiles(file);
  }

  /** Drops a file on the page instead of picking it. */
  async drop(name: string, text: string) {
    const dropped = await this.page.evaluateHandle(
      ([name, text]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: "application/json" }));
        return transfer;
      },
      [name, text] as const,
    );
    await this.page.locator("#drop-zone").dispatchEvent("drop", { dataTransfer: dropped });
  }

  /** Puts the picked file aside, merging nothing. */
  async cancel() {
    await this.page.getByRole("button", { name: "取消" }).click();
  }

  get error() {
    return this.page.locator("#import-error");
  }

  get signers() {
    return this.page.locator("#file-signers");
  }

  /** Picks a file, expects it to pass the checks, and merges it. */
  async merge(file: string) {
    await this.pick(file);
    await expect(this.preview).toBeVisible();
    await this.confirmMerge();
  }

  /** Merges the file picked, as previewed. */
  async confirmMerge() {
    await this.mergeConfirm.click();
    await expect(this.merged).toBeVisible();
  }

  /** Each vote's check code in the read-only view, as its posted result sheet prints it. */
  get checkCodes() {
    return this.readOnly.locator(".check-code code");
  }

  /** The check code of the file's n-th fund, in the read-only view. */
  fileFundDigest(n: number) {
    return this.page.locator(`#file-fund-${n}-digest`);
  }

  /** Opens the picked file to read, without merging it. */
  async openReadOnly() {
    await this.page.locator("#open-read-only").click();
  }

  async closeReadOnly() {
    await this.page.locator("#close-read-only").click();
  }
}

/** Gongzhi's canonical JSON (docs/snapshot-format.md): sorted keys, no whitespace. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}

export const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

/**
 * A forger's best effort without the device's private key: change one ballot of `device`,
 * then recompute its hash, every later link of the chain, the head's hash and the file digest.
 * Only the head's Ed25519 signature cannot be redone.
 */
export function forgeBallot(json: string, device: string): string {
  const doc = JSON.parse(json);
  const chain = doc.events
    .filter((e: { id: string }) => e.id.startsWith(`${device}:`))
    .sort((x: { id: string }, y: { id: string }) => Number(x.id.split(":")[1]) - Number(y.id.split(":")[1]));
  const target = chain.findIndex((e: { payload: { type: string } }) => e.payload.type === "ballot_cast");
  if (target < 0) throw new Error("no ballot of that device to forge");
  chain[target].payload.choice = chain[target].payload.choice === "yes" ? "no" : "yes";
  for (let i = target; i < chain.length; i++) {
    if (i > target) chain[i].prev = chain[i - 1].hash;
    const { hash: _old, ...body } = chain[i];
    chain[i].hash = sha256(canonical(body));
  }
  const head = doc.heads.find((h: { device: string }) => h.device === device);
  head.hash = chain[chain.length - 1].hash;
  const { digest: _d, ...rest } = doc;
  doc.digest = sha256(canonical({ ...rest, events: doc.events.map((e: { hash: string }) => e.hash) }));
  return JSON.stringify(doc);
}
