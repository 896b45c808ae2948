import { test, expect } from "../support/fixtures";

test("the CSP allows only the app's own origin and its hashed loader", async ({ app, page, problems }) => {
  await app.open("/");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toMatch(/'unsafe-eval'/);

  // An injected inline script must be refused by the policy.
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.appendChild(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => problems.filter((p) => p.includes("CSP violation")).length).toBe(1);
  problems.length = 0; // that violation was the point of this test
});
