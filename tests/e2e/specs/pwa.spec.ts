import { test, expect } from "../support/fixtures";

test("the app loads, reloads and navigates with the network off", async ({ app, page, context }) => {
  await app.open("/");
  await app.waitForServiceWorker();
  await context.setOffline(true);
  await page.reload();
  await app.waitForApp();
  await expect(app.heading).toHaveText("欢迎使用共治");
  await app.navLink("设置").click();
  await expect(app.heading).toHaveText("设置");
  // A deep link typed while offline is answered with index.html by the worker.
  await app.open("/settings");
  await expect(app.heading).toHaveText("设置");
  await app.open("/somewhere/else");
  await expect(app.heading).toHaveText("找不到这个页面");
  await context.setOffline(false);
});

test("the worker precaches exactly the hashed build outputs", async ({ app, page, request }) => {
  await app.open("/");
  const sw = await (await request.get("/sw.js")).text();
  expect(sw).not.toContain("__PRECACHE");
  const list: string[] = JSON.parse(sw.match(/const PRECACHE = (\[.*?\]);/s)![1]);
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname),
  );
  const wasm = loaded.find((p) => p.endsWith(".wasm"));
  expect(wasm, "the page loaded a wasm module").toBeTruthy();
  // Trunk prints the 64-bit content hash without leading zeros: 15 digits one build in sixteen.
  expect(wasm).toMatch(/-[0-9a-f]{12,16}_bg\.wasm$/);
  for (const asset of loaded.filter((p) => /\.(wasm|js|css)$/.test(p))) {
    expect(list, `${asset} is precached`).toContain(asset);
  }
  expect(list).toContain("/index.html");
  expect(list).toContain("/manifest.webmanifest");
  for (const entry of list) {
    expect((await request.get(entry)).status(), `${entry} exists`).toBe(200);
  }
});

test("the web app manifest names the app and its icons exist", async ({ request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.name).toBe("共治 Gongzhi");
  expect(manifest.lang).toBe("zh-CN");
  expect(manifest.display).toBe("standalone");
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()["content-type"]).toContain(icon.type);
  }
});

test("the snapshot format's JSON Schema is published with the app", async ({ request }) => {
  const res = await request.get("/snapshot.schema.json");
  expect(res.status()).toBe(200);
  const schema = await res.json();
  expect(schema.$schema).toMatch(/json-schema\.org/);
  expect(JSON.stringify(schema)).toContain("gongzhi-snapshot");
});
