import { test, expect } from "../support/fixtures";
import { CommunityPage } from "../support/community-page";
import { SettingsPage } from "../support/settings-page";
import { WelcomePage } from "../support/welcome-page";

test.describe("app shell", () => {
  test("a first visit welcomes in Chinese and says what the app does", async ({ app, page }) => {
    await app.open("/");
    await expect(app.heading).toHaveText("欢迎使用共治");
    const welcome = new WelcomePage(page);
    await expect(welcome.emptyState).toContainText("这台设备上还没有社区");
    await expect(page.getByRole("heading", { name: "一件事怎样办成" })).toBeVisible();
    await expect(welcome.steps).toHaveCount(5);
    expect(await app.htmlLang()).toBe("zh-CN");
    await expect(page).toHaveTitle("首页 · 共治");
  });

  test("navigation moves between pages, marks the current one, and back works", async ({ app, page }) => {
    await app.open("/");
    await app.navLink("设置").click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(app.heading).toHaveText("设置");
    await expect(app.navLink("设置")).toHaveAttribute("aria-current", "page");
    await page.goBack();
    await expect(app.heading).toHaveText("欢迎使用共治");
    await expect(page).toHaveURL(/\/$/);
  });

  test("a deep link opens its page directly", async ({ app, page }) => {
    await app.open("/settings");
    await expect(app.heading).toHaveText("设置");
    await expect(page).toHaveTitle("设置 · 共治");
  });

  test("an unknown address shows a 404 page with a way home", async ({ app, page }) => {
    await app.open("/no/such/page");
    await expect(app.heading).toHaveText("找不到这个页面");
    await expect(app.main.locator("code")).toHaveText("/no/such/page");
    await app.main.getByRole("link", { name: "回到首页" }).click();
    await expect(app.heading).toHaveText("欢迎使用共治");
  });

  test("the language switch translates everything and persists across reloads", async ({ app, page }) => {
    await app.open("/settings");
    await app.languageToggle.click();
    await expect(app.heading).toHaveText("Settings");
    await expect(app.navLink("Home")).toBeVisible();
    expect(await app.htmlLang()).toBe("en");
    await page.reload();
    await app.waitForApp();
    await expect(app.heading).toHaveText("Settings");
    await expect(page.getByLabel("English")).toBeChecked();
    await page.getByLabel("中文（简体）").check();
    await expect(app.heading).toHaveText("设置");
    await expect(new SettingsPage(page).saved).toHaveText("设置已保存在这台设备上。");
    expect(await app.htmlLang()).toBe("zh-CN");
  });

  test("large text enlarges the whole app and persists", async ({ app, page }) => {
    await app.open("/settings");
    expect(await app.rootFontSize()).toBe(16);
    await page.getByLabel("大字模式").check();
    await expect(app.root).toHaveClass(/large-text/);
    expect(await app.rootFontSize()).toBe(20);
    await page.reload();
    await app.waitForApp();
    await expect(page.getByLabel("大字模式")).toBeChecked();
    expect(await app.rootFontSize()).toBe(20);
  });

  test("text is at least 16 px and every control is a 44 px touch target", async ({ app, page }) => {
    for (const path of ["/", "/settings"]) {
      await app.open(path);
      const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(bodySize).toBeGreaterThanOrEqual(16);
      const targets = app.touchTargets;
      const count = await targets.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const box = await targets.nth(i).boundingBox();
        expect(box, `target ${i} on ${path} is visible`).not.toBeNull();
        expect(box!.height, `height of target ${i} on ${path}`).toBeGreaterThanOrEqual(44);
        expect(box!.width, `width of target ${i} on ${path}`).toBeGreaterThanOrEqual(44);
      }
    }
  });

  test("keyboard users get a visible focus and a skip link to the content", async ({ app, page }) => {
    await app.open("/");
    await page.keyboard.press("Tab");
    await expect(app.skipLink).toBeFocused();
    await expect(app.skipLink).toBeInViewport();
    const outline = await app.skipLink.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect(app.main).toBeFocused();
  });
});

test.describe("an English-speaking browser", () => {
  test.use({ locale: "en-US" });

  test("gets English until the user chooses otherwise", async ({ app }) => {
    await app.open("/");
    await expect(app.heading).toHaveText("Welcome to Gongzhi");
    expect(await app.htmlLang()).toBe("en");
    await app.languageToggle.click();
    await expect(app.heading).toHaveText("欢迎使用共治");
  });

  test("on a phone every navigation link is on screen, none scrolled out of sight", async ({ app, page }) => {
    await app.open("/");
    const width = page.viewportSize()!.width;
    const links = app.navLinks;
    await expect(links).toHaveCount(10);
    for (let i = 0; i < 10; i++) {
      const box = (await links.nth(i).boundingBox())!;
      expect(box.x, `link ${i} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `link ${i} ends on screen`).toBeLessThanOrEqual(width);
    }
    await expect(app.navLink("Settings")).toBeInViewport({ ratio: 1 });
  });
});

test.describe("the whole cycle on a phone", () => {
  const PAGES: [string, string, string][] = [
    ["首页", "/", "晋阳社区"],
    ["诉求", "/requests", "居民诉求"],
    ["项目", "/projects", "项目"],
    ["表决", "/votes", "表决"],
    ["自筹", "/funds", "居民自筹"],
    ["会议", "/meetings", "会议"],
    ["住户", "/registry", "住户登记"],
    ["组织", "/organisations", "组织"],
    ["交换记录", "/exchange", "交换记录"],
    ["设置", "/settings", "设置"],
  ];

  test("every step of the cycle is one tap away from every page, each link named for what it opens", async ({ app, page }) => {
    const community = new CommunityPage(page);
    await community.loadDemo();
    for (const [from] of PAGES) {
      await app.navLink(from).click();
      for (const [name, path] of PAGES) {
        const link = app.navLink(name);
        await expect(link, `${name} from ${from}`).toBeInViewport({ ratio: 1 });
        await expect(link).toHaveAttribute("href", path);
      }
    }
    for (const [name, path, heading] of PAGES) {
      await app.navLink(name).click();
      await expect(page).toHaveURL(new RegExp(`${path === "/" ? "/" : path}$`));
      await expect(app.heading).toContainText(heading);
      await expect(app.navLink(name)).toHaveAttribute("aria-current", "page");
    }

    // The votes page lists every vote, each named as a vote; the projects page every project.
    await app.navLink("表决").click();
    await expect(community.voteList.locator("li")).not.toHaveCount(0);
    await expect(page.getByRole("link", { name: "议事会表决：2027 年院落微更新计划", exact: true })).toBeVisible();
    await page.getByRole("link", { name: "议事会表决：2027 年院落微更新计划", exact: true }).click();
    await expect(app.heading).toHaveText("2027 年院落微更新计划");
    await app.navLink("项目").click();
    await community.projectList.getByRole("link", { name: "北苑小区后门改造", exact: true }).click();
    await expect(app.heading).toHaveText("北苑小区后门改造");
  });

  test("no page is wider than the phone in English with large text", async ({ app, page }) => {
    const community = new CommunityPage(page);
    await community.loadDemo();
    await app.navLink("设置").click();
    // Settings with a trusted device listed: its row carries a revoke button.
    const settings = new SettingsPage(page);
    await settings.trust("ab".repeat(32), "服务中心自助机 2", "clerk");
    await expect(settings.trustedDevices).toContainText("服务中心自助机 2");
    await page.getByLabel("大字模式").check();
    await app.languageToggle.click();
    await expect(app.heading).toHaveText("Settings");
    const width = page.viewportSize()!.width;
    // Large text enlarges what is read, not the menu: the header keeps to a quarter of the phone
    // (it took a third), its links still 44 px targets of at least 16 px text.
    const header = (await page.locator(".site-header").boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(page.viewportSize()!.height / 4);
    const link = (await app.navLink("Settings").boundingBox())!;
    expect(link.height).toBeGreaterThanOrEqual(44);
    expect(parseFloat(await app.navLink("Settings").evaluate((a) => getComputedStyle(a).fontSize))).toBeGreaterThanOrEqual(16);
    const paths = PAGES.map(([, path]) => path);
    // And the pages one level down: a vote and its paper ballots, a project, opening a vote,
    // the sign-in sheet.
    await app.navLink("Votes").click();
    const vote = new URL(await community.voteLinks.first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname;
    paths.push(vote, `${vote}/paper`);
    await app.navLink("Projects").click();
    paths.push(new URL(await community.projectLinks.first().evaluate((a) => (a as HTMLAnchorElement).href)).pathname);
    paths.push("/new-vote", "/registry/sign-in");
    for (const path of paths) {
      await app.open(path);
      await page.waitForTimeout(300);
      const wide = await page.evaluate((limit) => {
        const out: string[] = [];
        for (const el of Array.from(document.querySelectorAll("body *"))) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.right > limit + 0.5 && getComputedStyle(el).position !== "fixed") {
            out.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${(el.className || "").toString().replace(/ /g, ".")} right=${Math.round(r.right)}`);
          }
        }
        return { scroll: document.documentElement.scrollWidth, out: out.slice(0, 8) };
      }, width);
      expect.soft(wide.scroll, `${path} is ${wide.scroll} px wide: ${wide.out.join(", ")}`).toBeLessThanOrEqual(width);
    }
    // The trusted device's revoke button is on screen and takes the tap (a wide table once lay
    // over it).
    await app.open("/settings");
    const revoke = page.getByRole("button", { name: "Revoke 服务中心自助机 2" });
    await revoke.scrollIntoViewIfNeeded();
    await expect(revoke).toBeInViewport({ ratio: 1 });
    await revoke.click({ trial: true });
  });
});
