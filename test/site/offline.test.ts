import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM, openPage, useBrowser, type PageLog } from "../helpers/browser.ts";
import { deployProxy } from "../helpers/deploy-proxy.ts";
import { serveBuiltSite } from "../helpers/server.ts";
import { SUBPATH_BUILD } from "../helpers/builds.ts";
import { CACHES } from "../../src/offline/paths.ts";

// Offline reading (issue 23) in one Chromium context with the service worker on,
// the network cut with context.setOffline(true). The steps build on each other.
// The site is reached through a proxy that can publish "a new deployment".
const browser = useBrowser();

const CHAPTER = "/zh/reports/international-ai-safety-report-2025/part-2-risks/";
const UNVISITED = "/en/glossary/";
const FORUM = "/zh/forum/waic-2024/";
const TALK = "/zh/forum/waic-2024/gao-wen-strong-ai-risk-strategies/";
const CHART = "/zh/charts/risk-scope-severity/";

let proxy: Awaited<ReturnType<typeof deployProxy>>;
let origin: string;
let page: Page;
let context: BrowserContext;
let log: PageLog;
let close: () => Promise<void>;

beforeAll(async () => {
  proxy = await deployProxy(inject("origin"));
  origin = proxy.origin;
  ({ page, log, close } = await openPage(browser(), origin, { serviceWorkers: "allow" }));
  context = page.context();
});
afterAll(async () => {
  await context?.setOffline(false);
  await close?.();
  await proxy?.stop();
});

/**
 * Wait until the service worker controls the page and has kept it in the pages
 * cache, where it looks first (it registers at idle time). Polled from here:
 * waitForFunction would take an async predicate's promise itself as "truthy"
 * and return before the page is kept.
 */
async function untilKept(url: string): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  await expect
    .poll(
      () =>
        page.evaluate(({ u, name }) => caches.open(name).then(async (c) => !!(await c.match(u))), {
          u: url,
          name: CACHES.pages,
        }),
      { timeout: 20_000 },
    )
    .toBe(true);
}

async function offline<T>(run: () => Promise<T>): Promise<T> {
  await context.setOffline(true);
  try {
    return await run();
  } finally {
    await context.setOffline(false);
  }
}

describe("offline reading", () => {
  it("each language's manifest starts at its home and its icons load", async () => {
    for (const lang of ["zh", "en"]) {
      const html = await (await fetch(`${origin}/${lang}/`)).text();
      const link = /<link rel="manifest" href="([^"]+)"/.exec(html)?.[1];
      expect(link).toBe(`/${lang}/manifest.webmanifest`);
      const manifest = (await (await fetch(origin + link)).json()) as {
        start_url: string;
        name: string;
        display: string;
        icons: { src: string; sizes: string; purpose: string }[];
      };
      expect(manifest.start_url).toBe(`/${lang}/`);
      expect(manifest.display).toBe("standalone");
      expect(manifest.name).toBe(lang === "zh" ? "前沿人工智能安全文献库" : "Frontier AI Safety Library");
      expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(
        expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
      );
      for (const icon of manifest.icons) {
        const response = await fetch(origin + icon.src);
        expect(response.headers.get("content-type")).toBe("image/png");
      }
    }
  });

  it("Chromium finds nothing that stops it offering to install the site", async () => {
    // What the browser itself checks before offering "Install" (Lighthouse 12 no longer audits it).
    // A persistent profile: the test contexts are off the record, where Chromium never offers it.
    const profile = mkdtempSync(join(tmpdir(), "kb-install-"));
    const installing = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
    });
    try {
      const tab = installing.pages()[0] ?? (await installing.newPage());
      await tab.goto(`${origin}/en/`);
      await tab.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
      const cdp = await installing.newCDPSession(tab);
      const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as {
        installabilityErrors: { errorId: string; errorArguments: { name: string; value: string }[] }[];
      };
      expect(installabilityErrors).toEqual([]);
    } finally {
      await installing.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it("a chapter read before opens offline; an unvisited page shows the offline page", async () => {
    await page.goto(origin + CHAPTER);
    const heading = await page.getByRole("heading", { level: 1 }).textContent();
    await untilKept(origin + CHAPTER);
    await offline(async () => {
      await page.goto(origin + CHAPTER);
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
      await page.goto(origin + UNVISITED);
      await expect.poll(() => page.getByRole("heading", { name: "离线", exact: true }).isVisible()).toBe(true);
      await expect.poll(() => page.getByRole("heading", { name: "Offline", exact: true }).isVisible()).toBe(true);
      // It lists the page kept while reading.
      await expect.poll(() => page.locator("[data-saved-pages] a").first().getAttribute("href")).toBe(origin + CHAPTER);
    });
  });

  it("after Save for offline on the WAIC 2024 forum: a talk, search and a chart work offline", async () => {
    await page.goto(origin + FORUM);
    await page.getByRole("button", { name: "保存以离线阅读" }).click();
    await expect
      .poll(() => page.locator("[data-save-size]").textContent())
      .toMatch(/将下载约 \d+\.\d MB（\d+ 个文件）/);
    await page.getByRole("button", { name: "开始保存" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "已保存到本设备" }).isVisible(), { timeout: 30_000 })
      .toBe(true);

    await offline(async () => {
      await page.goto(`${origin}${TALK}#p-8`);
      const passage = page.locator("#p-8");
      await expect.poll(() => passage.isVisible()).toBe(true);
      expect(await passage.textContent()).toContain("当前人工智能在智能水平、技术、应用及社会属性方面都有较大进展");

      await page.locator("[data-search-open]").click();
      await page.getByRole("dialog").getByRole("searchbox").fill("高文");
      await expect
        .poll(() => page.getByRole("dialog").locator(`.search-result a[href^="${TALK}"]`).count(), { timeout: 20_000 })
        .toBeGreaterThan(0);

      await page.goto(origin + CHART);
      await expect.poll(() => page.locator("main svg").first().isVisible()).toBe(true);
      await expect.poll(() => page.getByRole("heading", { name: "离线", exact: true }).count()).toBe(0);
    });

    // The saved list offers to remove it.
    await page.goto(origin + "/offline/");
    const savedDocs = page.locator("[data-saved-docs]");
    await expect.poll(() => savedDocs.getByRole("link").allTextContents()).toEqual(["前沿人工智能安全与治理论坛"]);
    await page.getByRole("button", { name: "从本设备移除《前沿人工智能安全与治理论坛》" }).click();
    await expect.poll(() => page.evaluate(() => caches.has("kb-saved:zh:forum/waic-2024"))).toBe(false);
  });

  it("a new deployment's worker announces itself and does not reload the page", async () => {
    // This test's errors only: the page's log also holds what the offline steps above met.
    const errorsBefore = log.errors.length;
    await page.goto(origin + CHAPTER);
    await untilKept(origin + CHAPTER);
    proxy.nextDeployment();
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
      void navigator.serviceWorker.getRegistration().then((r) => r?.update());
    });
    const notice = page.getByRole("status").filter({ hasText: "本站有新版本。" });
    await expect.poll(() => notice.isVisible(), { timeout: 20_000 }).toBe(true);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);
    // The reader's tap is what reloads, into the new version.
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "重新加载" }).click()]);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBeUndefined();
    expect(log.errors.slice(errorsBefore)).toEqual([]);
  });

  it("under a sub-path (/kb/) the worker's scope is the sub-path, and offline it shows the offline page", async () => {
    const sub = await serveBuiltSite(SUBPATH_BUILD.dir, SUBPATH_BUILD.base);
    const opened = await openPage(browser(), sub.origin, { serviceWorkers: "allow", locale: "en-GB" });
    try {
      const kbPage = opened.page;
      await kbPage.goto(`${sub.origin}/kb/en/`);
      await kbPage.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
      expect(await kbPage.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope))).toBe(
        `${sub.origin}/kb/`,
      );
      await kbPage.context().setOffline(true);
      await kbPage.goto(`${sub.origin}/kb/en/glossary/`);
      await expect.poll(() => kbPage.getByRole("heading", { name: "Offline", exact: true }).isVisible()).toBe(true);
      expect(await kbPage.locator('link[rel="manifest"]').getAttribute("href")).toBe("/kb/zh/manifest.webmanifest");
    } finally {
      await opened.page.context().setOffline(false);
      await opened.close();
      await sub.stop();
    }
  });
});
