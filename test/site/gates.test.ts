/**
 * Each quality gate must be able to fail. These tests run the same checks the
 * site is held to against test/fixtures/broken-site/, where every fault is
 * deliberate, and assert that each fault is reported.
 */
import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { indexPage, indexSite } from "../../scripts/checks/html-index.ts";
import { cardProblems } from "../../scripts/checks/cards.ts";
import { checkSiteLinks } from "../../scripts/checks/links.ts";
import { validateMarkupString } from "../../scripts/checks/html.ts";
import { cspProblems } from "../../scripts/checks/csp.ts";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { axeViolations } from "../helpers/axe.ts";
import { PAYLOADS, payloadRan } from "../helpers/xss.ts";

const FIXTURE = "test/fixtures/broken-site";
const ORIGIN = "http://fixture.test";
const browser = useBrowser();

/** Serve the fixture directory at ORIGIN inside the browser (404 for anything missing). */
async function serveFixture(page: Page): Promise<void> {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = join(FIXTURE, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
    if (!existsSync(file)) return route.fulfill({ status: 404, body: "not found" });
    return route.fulfill({
      body: await readFile(file),
      contentType: file.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream",
    });
  });
}

describe("the link checker", () => {
  it("reports missing pages and sections, vague or empty link text, and external links without noopener", async () => {
    const problems = checkSiteLinks(await indexSite(FIXTURE, "/"), FIXTURE, "/", ORIGIN).map((p) => p.problem);
    expect(problems).toEqual(
      expect.arrayContaining([
        '<a href="/zh/missing-page/"> leads to /zh/missing-page/, which does not exist',
        '<a href="/zh/#no-such-section">: /zh/ has no element with id "no-such-section"',
        '<a href="https://example.org/"> is an external link without rel="noopener"',
        '<a href="/zh/"> text "click here" does not say where it goes',
        '<a href="/zh/"> has no text a screen reader could announce',
        '<img src="/missing.png"> leads to /missing.png, which does not exist',
        '<script src="https://cdn.example.com/analytics.js"> loads a resource from another site (https://cdn.example.com)',
        '<meta property="og:url" content="http://fixture.test/zh/gone/"> leads to /zh/gone/, which does not exist',
        '<meta property="og:image" content="/og/missing.png"> is not an absolute URL',
      ]),
    );
  });
});

describe("the markup validator", () => {
  it("reports invalid HTML", async () => {
    const rules = (
      await validateMarkupString(await readFile(join(FIXTURE, "index.html"), "utf8"), join(FIXTURE, "index.html"))
    ).map((e) => e.rule);
    expect(rules).toEqual(expect.arrayContaining(["no-dup-id", "wcag/h37"]));
  });

  it("reports an ARIA reference to an id that is not on the page (and only that one)", async () => {
    const errors = await validateMarkupString(await readFile(join(FIXTURE, "index.html"), "utf8"), "index.html");
    expect(errors.filter((e) => e.rule === "kb/no-missing-references").map((e) => e.message)).toEqual([
      'Element references missing id "no-such-note"',
    ]);
  });
});

describe("the image check", () => {
  it("reports an image without a text alternative", async () => {
    const page = indexPage(await readFile(join(FIXTURE, "index.html"), "utf8"), "index.html");
    expect(page.unnamedImages).toEqual(['<img src="/missing.png">']);
  });
});

describe("the card check", () => {
  it("reports a page without its link-preview card tags", async () => {
    const card = cardProblems(indexPage(await readFile(join(FIXTURE, "index.html"), "utf8"), "index.html"));
    expect(card).toEqual(
      expect.arrayContaining([
        "index.html: no og:title card tag",
        "index.html: no og:image:width card tag",
        "index.html: no twitter:card card tag",
      ]),
    );
    expect(card).not.toContain("index.html: no og:image card tag"); // it has one, pointing nowhere: the link checker reports that
  });
});

describe("the CSP check", () => {
  it("reports a page without a policy", async () => {
    const [page] = (await indexSite(FIXTURE, "/")).filter((p) => p.file === "index.html");
    expect(cspProblems(page!)).toEqual(["index.html: no Content-Security-Policy meta tag"]);
  });

  it("reports a policy that allows inline scripts, and an inline script without a hash", () => {
    expect(
      cspProblems({
        file: "x.html",
        csp: ["default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'"],
        inlineScripts: ["evil()"],
      }),
    ).toEqual([
      "x.html: script-src allows 'unsafe-inline'",
      "x.html: an inline script is not covered by a hash: evil()",
    ]);
  });
});

describe("the browser checks", () => {
  it("record third-party requests and failed requests", async () => {
    const { page, log, close } = await openPage(browser(), ORIGIN);
    await serveFixture(page);
    await page.goto(`${ORIGIN}/`, { waitUntil: "networkidle" });
    expect(log.thirdParty).toEqual(
      expect.arrayContaining(["https://cdn.example.com/analytics.js", "https://fonts.example.com/noto-sans-sc.css"]),
    );
    expect(log.failed).toContain(`${ORIGIN}/missing.png (HTTP 404)`);
    await close();
  });

  it("axe reports missing alt text, low contrast and an empty link", async () => {
    const { page, close } = await openPage(browser(), ORIGIN);
    await serveFixture(page);
    await page.goto(`${ORIGIN}/`, { waitUntil: "load" });
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(["image-alt", "color-contrast", "link-name"]));
    await close();
  });

  it.each(PAYLOADS.slice(0, 2))(
    "the injection probe catches a page that inserts ?q= as markup: %s",
    async (payload) => {
      const { page, close } = await openPage(browser(), ORIGIN);
      await serveFixture(page);
      expect(await payloadRan(page, `${ORIGIN}/vulnerable-search.html?q=${encodeURIComponent(payload)}`)).toBeDefined();
      await close();
    },
  );
});
