import { describe, expect, it } from "vitest";
import { strategyFor } from "../../../src/client/offline/routes.ts";

describe("how the service worker treats a request", () => {
  it("keeps hashed files cache-first: scripts and styles, and Pagefind's hashed chunks", () => {
    expect(strategyFor("/_astro/ui.ZBHAGmzb.js", "/", null, false)).toBe("assets");
    expect(strategyFor("/pagefind/index/zh-cn_386115f.pf_index", "/", null, false)).toBe("search-hashed");
    expect(strategyFor("/pagefind/fragment/en_0558745.pf_fragment", "/", null, false)).toBe("search-hashed");
    expect(strategyFor("/pagefind/pagefind.en_fd9ca3c751.pf_meta", "/", null, false)).toBe("search-hashed");
  });

  it("asks the network first for Pagefind's unhashed files, which change with every build", () => {
    expect(strategyFor("/pagefind/pagefind-entry.json", "/", null, false)).toBe("search");
    expect(strategyFor("/pagefind/pagefind.js", "/", null, false)).toBe("search");
    expect(strategyFor("/pagefind/wasm.en.pagefind", "/", null, false)).toBe("search");
  });

  it("treats navigations and requests for HTML as pages", () => {
    expect(strategyFor("/zh/reports/x/", "/", "text/html,application/xhtml+xml", true)).toBe("page");
    expect(strategyFor("/zh/reports/x/", "/", "text/html", false)).toBe("page");
    expect(strategyFor("/zh/reports/x/", "/", "*/*", false)).toBe("network");
  });

  it("keeps images but not the link-preview cards, which a reader never sees on the page", () => {
    expect(strategyFor("/icons/icon-192.png", "/", "image/*", false)).toBe("image");
    expect(strategyFor("/zh/charts/x/x-zh.svg", "/", "image/*", false)).toBe("image");
    expect(strategyFor("/og/zh/reports/x.png", "/", "image/*", false)).toBe("network");
  });

  it("respects the sub-path base and leaves everything outside it alone", () => {
    expect(strategyFor("/kb/_astro/a.js", "/kb/", null, false)).toBe("assets");
    expect(strategyFor("/kb/pagefind/index/en_1.pf_index", "/kb/", null, false)).toBe("search-hashed");
    expect(strategyFor("/_astro/a.js", "/kb/", null, false)).toBe("network");
    expect(strategyFor("/zh/", "/kb/", "text/html", true)).toBe("network");
  });
});
