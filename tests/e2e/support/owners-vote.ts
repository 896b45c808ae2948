import type { Page } from "@playwright/test";
import { CommunityPage } from "./community-page";
import { VotePages } from "./vote-pages";
import { ExchangePage } from "./exchange-page";

export const VOTE = "北苑小区更换物业服务企业";
export const MATTER = "4. 选聘和解聘物业服务企业或者其他管理人";

/** The secretary founds the community (the demo), opens the owners' vote and exports the
 * community's file for the other devices. */
export async function secretaryOpensVote(page: Page) {
  await new CommunityPage(page).loadDemo();
  await new VotePages(page).openOwnersVote(VOTE, MATTER, "北苑小区");
  const votePath = new URL(page.url()).pathname;
  const ex = new ExchangePage(page);
  await ex.open();
  return { votePath, ex, file: (await ex.export()).path };
}
