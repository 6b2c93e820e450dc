import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export interface Weight {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  html: Weight;
  css: Weight;
  /** Scripts fetched before any interaction (page load and idle). */
  jsInitial: Weight;
  /** Scripts and WebAssembly fetched after the reader opens search and types a query. */
  jsSearch: Weight;
  /** Search index data fetched for that query. */
  searchData: Weight;
}

const zero = (): Weight => ({ raw: 0, gzip: 0 });
const add = (w: Weight, body: Buffer) => {
  w.raw += body.length;
  w.gzip += gzipSync(body, { level: 9 }).length;
};

/** Load a page in Chromium and add up what it fetched, by kind, before and after opening search. */
export async function measurePage(browser: Browser, url: string, openSearch: boolean): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "zh-CN" });
  const page = await context.newPage();
  const weight: PageWeight = { html: zero(), css: zero(), jsInitial: zero(), jsSearch: zero(), searchData: zero() };
  let phase: "initial" | "search" = "initial";
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const type = response.request().resourceType();
        const path = new URL(response.url()).pathname;
        if (type === "document") add(weight.html, body);
        else if (type === "stylesheet") add(weight.css, body);
        else if (type === "script" || path.endsWith(".js") || path.endsWith(".wasm") || path.includes("wasm."))
          add(phase === "initial" ? weight.jsInitial : weight.jsSearch, body);
        else if (path.includes("/pagefind/")) add(weight.searchData, body);
      })(),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  if (openSearch) {
    phase = "search";
    await page.locator("[data-search-open]").click();
    await page
      .getByRole("dialog")
      .getByRole("searchbox")
      .fill(new URL(url).pathname.startsWith("/en/") ? "risk" : "风险");
    await page.getByRole("dialog").locator(".search-result").first().waitFor();
    await page.waitForLoadState("networkidle");
    await Promise.all(pending);
  }
  await context.close();
  return weight;
}
