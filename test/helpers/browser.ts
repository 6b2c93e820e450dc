import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's Chromium, headless, with background networking off (this machine's network is closed). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps"],
  });
}

export interface PageLog {
  /** Requests to any origin other than the site's. */
  thirdParty: string[];
  /** Requests that failed or answered 4xx/5xx. */
  failed: string[];
  /** Console errors, uncaught exceptions and CSP violations. */
  errors: string[];
}

/**
 * A page that records what a reader's browser would do: every request that
 * leaves the site, every failed request, every error. Third-party requests are
 * blocked (and recorded) so a test never depends on the outside network.
 */
export async function openPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<{ page: Page; log: PageLog; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale: "zh-CN", ...options });
  const page = await context.newPage();
  const log: PageLog = { thirdParty: [], failed: [], errors: [] };
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    log.thirdParty.push(url);
    return route.abort("blockedbyclient");
  });
  page.on("requestfailed", (r) => {
    const reason = r.failure()?.errorText ?? "failed";
    // ERR_ABORTED is the browser cancelling a request itself (e.g. on navigating away), not a failure of the site.
    if (!log.thirdParty.includes(r.url()) && reason !== "net::ERR_ABORTED") log.failed.push(`${r.url()} (${reason})`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) log.failed.push(`${r.url()} (HTTP ${r.status()})`);
  });
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => log.errors.push(`uncaught: ${e.message}`));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    });
  });
  return { page, log, close: () => context.close() };
}

/**
 * For a test file: one Chromium for all its tests, closed at the end.
 * Returns a getter, since the browser exists only once beforeAll has run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is not running yet (use it inside a test)");
    return browser;
  };
}
