import { defineConfig } from "@playwright/test";

// The release build in dist/ (make test builds it first), served on loopback with an SPA fallback.
const port = Number(process.env.E2E_PORT ?? 8765);

export default defineConfig({
  testDir: "./specs",
  outputDir: "./test-results/artifacts",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "zh-CN",
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    serviceWorkers: "allow",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot reach its host here.
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `python3 ../../tools/serve.py --port ${port} --dir ${process.env.E2E_DIST ?? "../../dist"}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
