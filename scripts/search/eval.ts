/**
 * Run labelled search queries through the real search UI of a built site in
 * Chromium, and score them. Shared by the site test
 * (test/site/search-queries.test.ts) and `npm run bench:search`.
 */
import { readFileSync } from "node:fs";
import { gzipSync, brotliCompressSync } from "node:zlib";
import type { Browser, ConsoleMessage, Page, Request } from "playwright-core";

export type Lang = "zh" | "en";

export interface LabelledQuery {
  /** What the reader types. */
  q: string;
  /** Which kind of query this is (for the report). */
  kind:
    | "zh"
    | "en"
    | "mixed"
    | "traditional"
    | "abbreviation"
    | "typo"
    | "cross-language"
    | "question"
    | "phrase"
    | "name"
    | "synonym"
    | "regional"
    | "other-language";
  /** The languages to run it in (each on that language's pages). */
  langs: Lang[];
  /**
   * Pages or sections that must be in the top 5, without the language prefix:
   * "glossary/rsp", "reports/frontier-models-2023/governance",
   * "reports/frontier-models-2023/governance#rsp-definition" (the page in the top 5 and
   * that section among its shown sub-results), "forum/waic-2024/zeng-yi-red-lines".
   */
  expect: string[];
  /** Why a reader expects these (optional). */
  note?: string;
  /**
   * Which half the query belongs to: "tune" may be looked at while improving
   * search; "heldout" is only scored. Fixed by the query's text (splitOf), so a
   * query cannot be moved between halves after its results are seen.
   */
  split: Split;
}

export type Split = "tune" | "heldout";

/** The half a query belongs to: FNV-1a (32-bit) of its UTF-8 text, odd → held out. */
export function splitOf(q: string): Split {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(q)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 ? "heldout" : "tune";
}

export function loadQueries(path = "test/search/queries.json"): LabelledQuery[] {
  return JSON.parse(readFileSync(path, "utf8")) as LabelledQuery[];
}

export interface ShownResult {
  /** Site path of the page, without base, query string or hash, e.g. /en/glossary/rsp/. */
  page: string;
  /** Section ids of the sub-results shown under it. */
  sections: string[];
}

export interface QueryRun {
  query: LabelledQuery;
  lang: Lang;
  top: ShownResult[];
  /** Expected targets found in the top 5. */
  found: string[];
  missing: string[];
  /** 1-based rank of the first expected target, 0 if none. */
  firstRank: number;
  ms: number;
}

function pathOf(href: string, base: string): { page: string; hash: string } {
  const u = new URL(href);
  const page = u.pathname.startsWith(base) ? `/${u.pathname.slice(base.length)}` : u.pathname;
  return { page: page.endsWith("/") ? page : `${page}/`, hash: u.hash.slice(1) };
}

/** Score the shown results against a query's labels. */
export function score(
  query: LabelledQuery,
  lang: Lang,
  top: ShownResult[],
): Pick<QueryRun, "found" | "missing" | "firstRank"> {
  const found: string[] = [];
  const missing: string[] = [];
  let firstRank = 0;
  for (const target of query.expect) {
    const [path, section] = target.split("#");
    const page = `/${lang}/${path!.replace(/\/$/, "")}/`;
    const rank = top.findIndex((r) => r.page === page && (!section || r.sections.includes(section)));
    if (rank >= 0) {
      found.push(target);
      if (firstRank === 0 || rank + 1 < firstRank) firstRank = rank + 1;
    } else missing.push(target);
  }
  return { found, missing, firstRank };
}

/**
 * Type a query into the page's search box, submit, and read the top five
 * results. A search that ends in an error, or does not finish, throws with what
 * the page said went wrong (console errors, failed requests).
 */
export async function searchOnPage(page: Page, q: string, base = "/"): Promise<{ top: ShownResult[]; ms: number }> {
  const root = page.locator(".search-page [data-search]");
  const box = root.getByRole("searchbox");
  const trouble: string[] = [];
  const onConsole = (m: ConsoleMessage) => void (m.type() === "error" && trouble.push(m.text()));
  const onFailed = (r: Request) => void trouble.push(`${r.url()}: ${r.failure()?.errorText}`);
  page.on("console", onConsole);
  page.on("requestfailed", onFailed);
  try {
    // The page loads its search module after the page itself; typing before it is mounted would submit the form.
    await page.locator(".search-page [data-search][data-state]").waitFor();
    await box.fill(q);
    await box.press("Enter");
    const state = await page
      .waitForFunction(
        (query) => {
          const r = document.querySelector<HTMLElement>(".search-page [data-search]");
          // "error" ends the wait at once; "done" counts only for this query.
          return r?.dataset.state === "error"
            ? "error"
            : r?.dataset.state === "done" && r.dataset.query === query.trim()
              ? "done"
              : false;
        },
        q,
        { timeout: 45_000 },
      )
      .then((h) => h.jsonValue())
      .catch(() => "unfinished");
    if (state !== "done") {
      const shown = await root.evaluate(
        (r) => `${r.dataset.state} (query ${r.dataset.query}): ${r.querySelector(".search-status")?.textContent}`,
      );
      throw new Error(`search for “${q}” did not finish: ${shown}${trouble.length ? `\n${trouble.join("\n")}` : ""}`);
    }
  } finally {
    page.off("console", onConsole);
    page.off("requestfailed", onFailed);
  }
  const raw = await root.locator(".search-result").evaluateAll((items) =>
    items.slice(0, 5).map((li) => ({
      href: li.querySelector<HTMLAnchorElement>(".search-result__title")!.href,
      sections: Array.from(li.querySelectorAll<HTMLAnchorElement>(".search-result__sections a"), (a) => a.href),
    })),
  );
  const ms = Number(await root.getAttribute("data-ms"));
  const top = raw.map((r) => ({
    page: pathOf(r.href, base).page,
    sections: r.sections.map((s) => pathOf(s, base).hash).filter(Boolean),
  }));
  return { top, ms };
}

/** Run every labelled query in the given language on /{lang}/search/. */
export async function runQueries(
  browser: Browser,
  origin: string,
  lang: Lang,
  queries: LabelledQuery[],
): Promise<QueryRun[]> {
  const context = await browser.newContext({ locale: lang === "zh" ? "zh-CN" : "en-GB" });
  const page = await context.newPage();
  await page.goto(`${origin}/${lang}/search/`);
  const runs: QueryRun[] = [];
  for (const query of queries.filter((x) => x.langs.includes(lang))) {
    const { top, ms } = await searchOnPage(page, query.q);
    runs.push({ query, lang, top, ms, ...score(query, lang, top) });
  }
  await context.close();
  return runs;
}

export interface Transfer {
  requests: number;
  raw: number;
  gzip: number;
  brotli: number;
  files: { url: string; raw: number; gzip: number }[];
}

/**
 * Bytes a reader downloads for the first query: open a chapter page, open search,
 * type the query, wait for the results; everything fetched from the key press on.
 * The preview server does not compress, so compressed sizes are each body
 * gzipped (-9) and brotli-compressed here, as a static host would serve them.
 */
export async function firstQueryTransfer(
  browser: Browser,
  origin: string,
  lang: Lang,
  startPath: string,
  q: string,
): Promise<Transfer> {
  const context = await browser.newContext({ locale: lang === "zh" ? "zh-CN" : "en-GB" });
  const page = await context.newPage();
  await page.goto(`${origin}${startPath}`, { waitUntil: "networkidle" });
  const bodies: Promise<{ url: string; body: Buffer } | undefined>[] = [];
  page.on("response", (r) => {
    bodies.push(
      r
        .body()
        .then((body) => ({ url: r.url(), body }))
        .catch(() => undefined),
    );
  });
  await page.locator("[data-search-open]").click();
  const dialog = page.locator("dialog [data-search]");
  await dialog.getByRole("searchbox").fill(q);
  await page.waitForFunction(
    (query) => document.querySelector<HTMLElement>("dialog [data-search]")?.dataset.query === query,
    q,
    { timeout: 60_000 },
  );
  await page.waitForLoadState("networkidle");
  const files = (await Promise.all(bodies)).filter((x): x is { url: string; body: Buffer } => !!x);
  await context.close();
  const sized = files.map((f) => ({
    url: f.url.replace(origin, ""),
    raw: f.body.length,
    gzip: gzipSync(f.body, { level: 9 }).length,
    brotli: brotliCompressSync(f.body).length,
  }));
  return {
    requests: sized.length,
    raw: sized.reduce((s, f) => s + f.raw, 0),
    gzip: sized.reduce((s, f) => s + f.gzip, 0),
    brotli: sized.reduce((s, f) => s + f.brotli, 0),
    files: sized.map(({ url, raw, gzip }) => ({ url, raw, gzip })),
  };
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

export interface Summary {
  lang: Lang;
  queries: number;
  recallAt5: number;
  mrr: number;
  /** Queries with every label in the top 5. */
  complete: number;
  p50: number;
  p95: number;
}

export function summarize(lang: Lang, runs: QueryRun[]): Summary {
  const recall = runs.reduce((s, r) => s + r.found.length / r.query.expect.length, 0) / runs.length;
  const mrr = runs.reduce((s, r) => s + (r.firstRank ? 1 / r.firstRank : 0), 0) / runs.length;
  // Latency after the first query: the first one loads the index and code.
  const ms = runs.slice(1).map((r) => r.ms);
  return {
    lang,
    queries: runs.length,
    recallAt5: recall,
    mrr,
    complete: runs.filter((r) => r.missing.length === 0).length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
  };
}
