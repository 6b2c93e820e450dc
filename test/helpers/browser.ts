import { afterAll, beforeAll, inject } from "vitest";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type BrowserServer,
  type Page,
} from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Debian's Chromium, headless, with background networking off (this machine's
 * network is closed). Page loads are CPU-bound on this machine (about 0.3 s of
 * CPU each, more for a page in a new renderer): the flags below keep pages in
 * fewer processes and skip work a test never needs (back/forward cache, paint
 * holding, a separate GPU process), about 15% less CPU per page.
 */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--in-process-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-dev-shm-usage",
  "--disable-site-isolation-trials",
  "--disable-features=BackForwardCache,PaintHolding",
  "--renderer-process-limit=4",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** One Chromium for the whole test run (global setup); test files connect to it. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, args: ARGS });
}

export interface PageLog {
  /** Requests to any origin other than the site's. */
  thirdParty: string[];
  /** Requests that failed or answered 4xx/5xx. */
  failed: string[];
  /** Console errors, uncaught exceptions and CSP violations. */
  errors: string[];
}

interface PooledContext {
  context: BrowserContext;
  /** The log of the test that has the context now. */
  log: PageLog;
  busy: boolean;
}

/**
 * Contexts are kept per browser, per site origin and per set of options, and
 * handed to the next test that asks for the same once the last one has closed its page:
 * a new context costs a new renderer process. A context comes back clean: its
 * pages closed, cookies and site storage cleared.
 */
const pools = new WeakMap<Browser, Map<string, PooledContext[]>>();

/** The pool of contexts for an origin and options (each context's route blocks every other origin). */
function poolFor(browser: Browser, origin: string, options: BrowserContextOptions): PooledContext[] {
  const key = JSON.stringify([origin, options]);
  let byKey = pools.get(browser);
  if (!byKey) pools.set(browser, (byKey = new Map()));
  let list = byKey.get(key);
  if (!list) byKey.set(key, (list = []));
  return list;
}

async function pooledContext(
  list: PooledContext[],
  browser: Browser,
  origin: string,
  options: BrowserContextOptions,
): Promise<PooledContext> {
  const idle = list.find((c) => !c.busy);
  if (idle) {
    idle.busy = true;
    return idle;
  }
  // Service workers only where a test asks for them (test/site/offline.test.ts): elsewhere the
  // worker's install would add work to every context without changing what the test checks.
  const context = await browser.newContext({ locale: "zh-CN", serviceWorkers: "block", ...options });
  const pooled: PooledContext = { context, log: { thirdParty: [], failed: [], errors: [] }, busy: true };
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    pooled.log.thirdParty.push(url);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    });
  });
  list.push(pooled);
  return pooled;
}

/**
 * A page that records what a reader's browser would do: every request that
 * leaves the site, every failed request, every error. Third-party requests are
 * blocked (and recorded) so a test never depends on the outside network. Each
 * call gets a new page in a clean context (see pooledContext).
 */
export async function openPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; log: PageLog; close: () => Promise<void> }> {
  const pool = poolFor(browser, origin, options);
  const pooled = await pooledContext(pool, browser, origin, options);
  const log: PageLog = { thirdParty: [], failed: [], errors: [] };
  pooled.log = log;
  const page = await pooled.context.newPage();
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
  const close = async () => {
    try {
      const cdp = await pooled.context.newCDPSession(page);
      await cdp.send("Storage.clearDataForOrigin", { origin, storageTypes: "all" });
      await cdp.detach();
      for (const p of pooled.context.pages()) await p.close();
      await pooled.context.clearCookies();
      pooled.busy = false;
    } catch {
      // A context that cannot be cleaned is not reused.
      await pooled.context.close().catch(() => undefined);
      pool.splice(pool.indexOf(pooled), 1);
    }
  };
  return { page, log, close };
}

/**
 * For a test file: the run's Chromium (started by the global setup; a browser of
 * its own when run outside vitest's site project), disconnected at the end.
 * Returns a getter, since the browser exists only once beforeAll has run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    const ws = inject("browserWs");
    browser = ws ? await chromium.connect(ws) : await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is not running yet (use it inside a test)");
    return browser;
  };
}
