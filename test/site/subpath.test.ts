import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { serveBuiltSite } from "../helpers/server.ts";
import { SUBPATH_BUILD } from "../helpers/builds.ts";

// The /kb/ build from "npm run build:subpath", served as a host would serve it.
const browser = useBrowser();
let server: Awaited<ReturnType<typeof serveBuiltSite>>;
beforeAll(async () => {
  if (!existsSync(`${SUBPATH_BUILD.dir}/index.html`))
    throw new Error(`${SUBPATH_BUILD.dir}/ is missing: run "npm run build:subpath" (npm test does)`);
  server = await serveBuiltSite(SUBPATH_BUILD.dir, "/kb/");
});
afterAll(() => server?.stop());

describe("deployed under a sub-path (/kb/)", () => {
  it("the root forwards within /kb/, and search works with links that keep the base", async () => {
    const { page, log, close } = await openPage(browser(), server.origin, { locale: "en-GB" });
    await page.goto(`${server.origin}/kb/`);
    await page.waitForURL(`${server.origin}/kb/en/`);
    await page.goto(`${server.origin}/kb/en/search/?q=evidence%20dilemma`);
    await page.locator("main .search-result").first().waitFor();
    const hrefs = await page
      .locator("main .search-result__sections a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.every((h) => h.startsWith("/kb/en/reports/"))).toBe(true);
    // The best-matching passage comes first.
    expect(hrefs[0]).toMatch(/#evidence-dilemma$/);
    expect(log.failed).toEqual([]);
    expect(log.errors).toEqual([]);
    await close();
  });
});
