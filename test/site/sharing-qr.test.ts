/**
 * Every talk page, the forum's event page and their share views show a QR
 * code of the page's canonical URL. Each code is rasterised and read back with
 * a QR reader, in the default build and the /kb/ sub-path build.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { siteIndex } from "../helpers/site-index.ts";
import { BUILDS } from "../helpers/builds.ts";
import { decodeQrSvg } from "../helpers/qr.ts";

const QR = /<svg[^>]*\bdata-qr="[^"]*"[\s\S]*?<\/svg>/g;

describe.each(BUILDS)("QR codes in $dir (served at $base)", (build) => {
  it("every talk and event page, and each one's share view, has one QR code that decodes to the page's canonical URL", () => {
    const pages = siteIndex(build);
    // Talk and event pages; the one-page edition (…/all/) is for print and has no code of its own.
    const forum = pages.filter((p) => /^(zh|en)\/forum\/[^/]+\/(?:(?!all\/)[^/]+\/)?index\.html$/.test(p.file));
    const shareViews = pages.filter((p) => /^(zh|en)\/share\//.test(p.file));
    expect(forum.length).toBeGreaterThan(2);
    expect(shareViews.length).toBe(forum.length);
    const results = [...forum, ...shareViews].map((p) => {
      const codes = readFileSync(join(build.dir, p.file), "utf8").match(QR) ?? [];
      return {
        page: p.file,
        codes: codes.length,
        decoded: codes[0] && decodeQrSvg(codes[0], 240),
        canonical: p.canonical,
      };
    });
    for (const r of results) {
      expect(r.codes, r.page).toBe(1);
      expect(r.decoded, r.page).toBe(r.canonical);
    }
    // A share view's canonical address is the page it is for, so its code sends people there.
    const view = results.find((r) => r.page === "en/share/forum/waic-2024/dawn-song-ai-safety-challenges/index.html")!;
    expect(view.decoded).toBe(`${build.site}${build.base}en/forum/waic-2024/dawn-song-ai-safety-challenges/`);
  });
});
