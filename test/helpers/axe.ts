import { createRequire } from "node:module";
import { afterAll, beforeAll } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { useBrowser } from "./browser.ts";

const require = createRequire(import.meta.url);
const axeSource: string = (require("axe-core") as { source: string }).source;

/** The WCAG 2.2 AA rule set (axe tags for A and AA at every WCAG 2.x level). */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Run axe-core in the page. It is evaluated through the debugging protocol, so
 * the page's own Content-Security-Policy stays on while we test. A page opened
 * by `useAxePage` has axe already.
 */
export async function axeViolations(page: Page, include?: string, rules?: readonly string[]): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, include, rules }) => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{
              violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
            }>;
          };
        }
      ).axe;
      const runOnly = rules ? { type: "rule", values: rules } : { type: "tag", values: tags };
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly,
        resultTypes: ["violations"],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")),
      }));
    },
    { tags: WCAG_22_AA, include, rules: rules ? [...rules] : undefined },
  );
}

/**
 * The WCAG 2.2 AA rules whose outcome can change with the colour scheme or the
 * viewport width: contrast, links told apart by colour, touch target size and
 * spacing, scrollable regions. The second pass runs only these; the rest look at
 * the markup, which is the same in both.
 */
export const COLOUR_AND_LAYOUT_RULES = [
  "color-contrast",
  "link-in-text-block",
  "target-size",
  "scrollable-region-focusable",
] as const;

/** The two ways every sampled page is checked: light on a phone (every rule), dark on a desktop screen (the rules that colour and width can change). */
export const AXE_MODES = [
  { scheme: "light", viewport: { width: 360, height: 740 }, rules: undefined },
  { scheme: "dark", viewport: { width: 1280, height: 900 }, rules: COLOUR_AND_LAYOUT_RULES },
] as const;

export type AxeResult = Record<(typeof AXE_MODES)[number]["scheme"], AxeViolation[]>;

/**
 * For a test file: one browser page, reused for every page it checks, with axe
 * injected before any page script runs (compiled once, not once a page).
 * `check(url)` loads the page once and runs axe in each mode (AXE_MODES): the
 * colour scheme and the viewport are switched in place.
 * `prepare` brings the page into the state to check (a control focused, …).
 */
export function useAxePage(
  origin: string,
): () => { check: (url: string, prepare?: (page: Page) => Promise<void>) => Promise<AxeResult> } {
  const browser = useBrowser();
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    // A context of its own (not openPage's shared ones): it carries axe into every page.
    context = await browser().newContext({ locale: "zh-CN", viewport: AXE_MODES[0].viewport });
    await context.addInitScript(axeSource);
    await context.route("**/*", (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort("blockedbyclient"),
    );
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });
  return () => {
    const open = page;
    if (!open) throw new Error("the axe page is not open yet (use it inside a test)");
    return {
      async check(url: string, prepare?: (page: Page) => Promise<void>) {
        const result = {} as AxeResult;
        for (const [i, mode] of AXE_MODES.entries()) {
          await open.emulateMedia({ colorScheme: mode.scheme });
          await open.setViewportSize(mode.viewport);
          if (i === 0) {
            await open.goto(url, { waitUntil: "load" });
            await prepare?.(open);
          }
          result[mode.scheme] = await axeViolations(open, undefined, mode.rules);
        }
        return result;
      },
    };
  };
}
