/**
 * Two validators nobody here wrote, on one page of every template in both
 * languages (validatorSamplePaths): the W3C Nu Html Checker (vnu-jar, in Java)
 * on the built files, and HTML_CodeSniffer's WCAG 2 AA standard (what pa11y
 * runs; contrast is left to axe, see SKIPPED_SNIFFS) in Chromium on the served
 * pages. Errors only: their warnings and notices ask a person to judge. Each
 * also reads test/fixtures/validators/broken.html, whose faults it must report.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { ROOT_BUILD } from "../helpers/builds.ts";
import { htmlcsErrors } from "../helpers/htmlcs.ts";
import { pageFile } from "../helpers/pages.ts";
import { validatorSamplePaths } from "../helpers/validator-pages.ts";
import { vnuErrors } from "../helpers/vnu.ts";

const FIXTURE = "test/fixtures/validators/broken.html";
const origin = inject("origin");
const browser = useBrowser();
const paths = validatorSamplePaths();
// The root forwards a reader with scripts to their language at once, so HTML_CodeSniffer would check a page
// mid-navigation; the Nu checker reads its file, and axe checks it without scripts (accessibility.test.ts).
const browserPaths = paths.filter((p) => p !== "/");

// One JVM for the fixture and every page, running while the browser checks below run: started here, awaited in its tests.
let vnu: Promise<string[]> | undefined;
beforeAll(() => {
  vnu = vnuErrors([FIXTURE, ...paths.map((p) => pageFile(ROOT_BUILD.dir, p))]);
  vnu.catch(() => undefined); // reported by its tests
});

describe(`HTML_CodeSniffer, WCAG 2 AA errors (${browserPaths.length} pages, one browser page)`, () => {
  let page: Page | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ page, close } = await openPage(browser(), origin, { viewport: { width: 360, height: 740 } }));
  });
  afterAll(async () => {
    await close?.();
  });

  it("reports a heading row in mid-table (H43), as in the fixture", async () => {
    await page!.setContent(readFileSync(FIXTURE, "utf8"));
    expect((await htmlcsErrors(page!)).map((e) => e.code)).toEqual([
      "WCAG2AA.Principle1.Guideline1_3.1_3_1.H43.HeadersRequired",
    ]);
  });

  it.each(browserPaths)("%s", async (path) => {
    await page!.goto(origin + path, { waitUntil: "load" });
    expect(await htmlcsErrors(page!)).toEqual([]);
  });
});

describe(`W3C Nu Html Checker, errors (the same ${paths.length} pages, one run)`, () => {
  it("reports aria-labelledby on <pre>, as in the fixture", async () => {
    const errors = (await vnu!).filter((e) => e.startsWith(FIXTURE));
    expect(errors).toEqual([
      expect.stringMatching(/:12: The “aria-labelledby” attribute must not be specified on any “pre”/),
    ]);
  });

  it("finds none in the built pages", async () => {
    expect((await vnu!).filter((e) => !e.startsWith(FIXTURE))).toEqual([]);
  });
});
