import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const require = createRequire(import.meta.url);

/** HTML_CodeSniffer's built script (the one pa11y injects), read once. */
export const HTMLCS_SOURCE = readFileSync(require.resolve("html_codesniffer/build/HTMLCS.js"), "utf8");

/**
 * Sniffs left out: colour contrast (WCAG 1.4.3). It takes three quarters of
 * HTML_CodeSniffer's time on a long page (670 of 970 ms on /en/sources/), and
 * axe checks contrast on more pages, in both colour schemes
 * (accessibility-pages-*.test.ts). On the full standard these found no errors.
 */
export const SKIPPED_SNIFFS = [
  "Principle1.Guideline1_4.1_4_3",
  "Principle1.Guideline1_4.1_4_3_F24",
  "Principle1.Guideline1_4.1_4_3_Contrast",
];

/** One HTML_CodeSniffer error: its rule code, message and the element it names. */
export interface HtmlcsError {
  code: string;
  message: string;
  element: string;
}

/**
 * Run HTML_CodeSniffer's WCAG 2 AA standard (less `skip`) on the page as loaded and return
 * its errors (type 1; warnings and notices ask a human to look and are left
 * out, as `pa11y --level error` does). The script is evaluated through the
 * debugging protocol, so the page's Content-Security-Policy stays on.
 */
export async function htmlcsErrors(page: Page, skip: readonly string[] = SKIPPED_SNIFFS): Promise<HtmlcsError[]> {
  if (!(await page.evaluate(() => "HTMLCS" in window))) await page.evaluate(HTMLCS_SOURCE);
  return page.evaluate(
    (skip) =>
      new Promise<HtmlcsError[]>((resolve, reject) => {
        interface Message {
          type: number;
          code: string;
          msg: string;
          element: Element | Document;
        }
        const { HTMLCS: htmlcs, HTMLCS_WCAG2AA: standard } = window as unknown as {
          HTMLCS: {
            process: (standard: string, root: Document, done: () => void, failed: () => void, lang: string) => void;
            getMessages: () => Message[];
          };
          HTMLCS_WCAG2AA: { sniffs: { include?: string[] }[] };
        };
        for (const part of standard.sniffs)
          if (part.include) part.include = part.include.filter((s) => !skip.includes(s));
        htmlcs.process(
          "WCAG2AA",
          document,
          () =>
            resolve(
              htmlcs
                .getMessages()
                .filter((m) => m.type === 1)
                .map((m) => {
                  // Inline (no named helper): tsx would wrap a named function in a __name() the page lacks.
                  const el = m.element;
                  if (!("tagName" in el)) return { code: m.code, message: m.msg, element: "document" };
                  const id = el.id ? `#${el.id}` : "";
                  const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
                  return { code: m.code, message: m.msg, element: `${el.tagName.toLowerCase()}${id} "${text}"` };
                }),
            ),
          () => reject(new Error("HTML_CodeSniffer failed to run")),
          "en",
        );
      }),
    [...skip],
  );
}
