import { describe, expect, it } from "vitest";
import { formatMegabytes, isOfflinePack, makePack } from "../../../src/offline/pack.ts";
import { packPath, parseSavedCacheName, savedCacheName } from "../../../src/offline/paths.ts";
import { webManifest } from "../../../src/offline/manifest.ts";
import { filesNamedIn } from "../../../scripts/postbuild/offline/packs.ts";
import { faviconBackground, maskableSvg } from "../../../scripts/postbuild/offline/icons.ts";

const head = { lang: "zh" as const, doc: "forum/waic-2024" as const, title: "论坛", home: "/zh/forum/waic-2024/" };

describe("offline packs", () => {
  it("list each file once, sorted, with their total sizes", () => {
    const pack = makePack(head, [
      { url: "/zh/b/", bytes: 10, gzipBytes: 4 },
      { url: "/zh/a/", bytes: 5, gzipBytes: 2 },
      { url: "/zh/b/", bytes: 10, gzipBytes: 4 },
    ]);
    expect(pack.files.map((f) => f.url)).toEqual(["/zh/a/", "/zh/b/"]);
    expect([pack.bytes, pack.gzipBytes]).toEqual([15, 6]);
    expect(isOfflinePack(pack)).toBe(true);
    expect(isOfflinePack({ ...pack, files: [{ url: 1 }] })).toBe(false);
    expect(isOfflinePack({ ...pack, lang: "fr" })).toBe(false);
  });

  it("show sizes in megabytes, never as 0.0", () => {
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe("1.5");
    expect(formatMegabytes(10)).toBe("0.1");
  });

  it("name a saved document's cache so it can be read back, and nothing else as saved", () => {
    expect(parseSavedCacheName(savedCacheName("en", "reports/frontier-models-2023"))).toEqual({
      lang: "en",
      doc: "reports/frontier-models-2023",
    });
    expect(parseSavedCacheName("kb-pages")).toBeUndefined();
    expect(parseSavedCacheName("kb-saved:fr:forum/x")).toBeUndefined();
    expect(packPath("zh", "forum/waic-2024")).toBe("/offline/packs/zh/forum/waic-2024.json");
  });

  it("take the files a page shows from its HTML, within the base, without preview cards", () => {
    const html = `<link rel="stylesheet" href="/kb/_astro/all.css"><img src="/kb/zh/charts/x/x-zh.svg" srcset="/kb/a.png 1x, /kb/b.png 2x">
      <meta property="og:image" content="/kb/og/zh.png"><a href="/kb/og/zh.png">card</a><a href="/kb/zh/reports/x/">page</a>
      <script src="/kb/_astro/a.js?v=1"></script><img src="https://example.org/x.png"><img src="/elsewhere.png">`;
    expect(filesNamedIn(html, "/kb/").sort()).toEqual([
      "_astro/a.js",
      "_astro/all.css",
      "a.png",
      "b.png",
      "zh/charts/x/x-zh.svg",
    ]);
  });
});

describe("install", () => {
  it("each language's manifest starts at its home, within the base, with plain and maskable icons", () => {
    const m = webManifest("en", "/kb/", { name: "Library", shortName: "Lib", description: "d" });
    expect(m.start_url).toBe("/kb/en/");
    expect(m.scope).toBe("/kb/");
    expect(m.lang).toBe("en");
    expect(m.icons.map((i) => `${i.src} ${i.purpose}`)).toContain("/kb/icons/maskable-512.png maskable");
    expect(m.icons.map((i) => i.sizes)).toContain("192x192");
  });

  it("draws the maskable icon as the favicon inside the safe zone on its own background", () => {
    const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5394"/><path d="M9 8h14"/></svg>`;
    expect(faviconBackground(favicon)).toBe("#0b5394");
    const svg = maskableSvg(favicon);
    expect(svg).toContain(`<rect width="32" height="32" fill="#0b5394"/>`);
    expect(svg).toContain(`translate(4.8 4.8) scale(0.7)`);
    expect(() => faviconBackground("<svg></svg>")).toThrow(/favicon\.svg/);
  });
});
