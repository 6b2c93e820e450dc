/**
 * Link-preview cards on disk, in both builds: every page's tags, its image
 * (there, 1200×630, drawn with fonts that have every character), and its JSON-LD.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PageInfo } from "../../scripts/checks/html-index.ts";
import { siteIndex } from "../helpers/site-index.ts";
import { checkSiteLinks, fileFor } from "../../scripts/checks/links.ts";
import { cardProblems, pngSize } from "../../scripts/checks/cards.ts";
import { cardManifestPath } from "../../scripts/postbuild/og-images/index.ts";
import { fontsForCard } from "../../scripts/postbuild/og-images/render.ts";
import { cardText, type PreviewCard } from "../../src/sharing/preview-card.ts";
import { BUILDS } from "../helpers/builds.ts";
import { uncoveredCharacters } from "../helpers/glyphs.ts";

const first = (p: PageInfo, key: string) => p.card[key]?.[0] ?? "";

describe.each(BUILDS)("link-preview cards in $dir (served at $base)", (build) => {
  let pages: PageInfo[];
  beforeAll(() => {
    pages = siteIndex(build);
  });

  it("every HTML page has the complete set of card tags", () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.flatMap(cardProblems)).toEqual([]);
  });

  it("og:url is the page's canonical address, and og:locale matches its language", () => {
    for (const p of pages.filter((p) => !p.noindex)) {
      expect(first(p, "og:url"), p.file).toBe(p.canonical);
      expect(first(p, "og:locale"), p.file).toBe(p.lang === "en" ? "en_GB" : "zh_CN");
      expect(first(p, "og:locale:alternate"), p.file).toBe(p.lang === "en" ? "zh_CN" : "en_GB");
    }
  });

  it("every og:image and og:url resolves within this build", () => {
    const problems = checkSiteLinks(pages, build.dir, build.base, build.site).filter((x) =>
      x.problem.startsWith("<meta"),
    );
    expect(problems).toEqual([]);
  });

  it("every og:image is a 1200×630 PNG", () => {
    const images = new Set(pages.map((p) => first(p, "og:image")));
    for (const url of images) {
      expect(url.startsWith(`${build.site}${build.base}og/`), url).toBe(true);
      const file = fileFor(build.dir, build.base, new URL(url).pathname);
      expect(file, url).toBeDefined();
      expect(pngSize(readFileSync(join(build.dir, file!))), url).toEqual({ width: 1200, height: 630 });
    }
  });

  it("every character of every preview is covered by a font handed to the renderer", () => {
    const cards = JSON.parse(readFileSync(cardManifestPath(build.dir), "utf8")) as PreviewCard[];
    // The manifest is this build's: every image a page points at was drawn from one of its cards.
    const drawn = new Set(cards.map((c) => `${build.site}${build.base}${c.file}`));
    expect(pages.map((p) => first(p, "og:image")).filter((u) => !drawn.has(u))).toEqual([]);
    const uncovered = cards.flatMap((card) =>
      uncoveredCharacters(cardText(card), fontsForCard(card).fonts!).map((ch) => `${card.file}: "${ch}"`),
    );
    expect(uncovered).toEqual([]);
  });

  it("pages describe themselves in JSON-LD with a type that fits", () => {
    const types = (file: string) =>
      [
        ...readFileSync(join(build.dir, file), "utf8").matchAll(
          /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
        ),
      ].map((m) => (JSON.parse(m[1]!) as { "@type": string })["@type"]);
    expect(types("en/index.html")).toEqual(["WebSite"]);
    expect(types("en/reports/international-ai-safety-report-2025/index.html")).toEqual(["Report"]);
    expect(types("zh/reports/international-ai-safety-report-2025/part-2-risks/index.html")).toEqual(["Chapter"]);
    expect(types("zh/forum/waic-2024/index.html")).toEqual(["Event"]);
    expect(types("en/forum/waic-2024/dawn-song-ai-safety-challenges/index.html")).toEqual(["Event"]);
    expect(types("zh/glossary/agi/index.html")).toEqual(["DefinedTerm"]);
  });

  it("titles work out of context", () => {
    const title = (file: string) => pages.find((p) => p.file === file)!;
    expect(first(title("en/forum/waic-2024/dawn-song-ai-safety-challenges/index.html"), "og:title")).toMatch(
      /^Dawn Song: .+ \| WAIC 2024 Frontier AI Safety Forum$/,
    );
    expect(first(title("zh/reports/international-ai-safety-report-2025/part-2-risks/index.html"), "og:title")).toMatch(
      / \| 国际人工智能安全报告 2025$/,
    );
    // The image names the event, the talk with its speaker, and the site; its alt text says exactly that.
    expect(first(title("en/forum/waic-2024/dawn-song-ai-safety-challenges/index.html"), "og:image:alt")).toMatch(
      /^WAIC 2024 Frontier AI Safety Forum \| Dawn Song: .+ \| Frontier AI Safety Library$/,
    );
    expect(
      first(title("zh/reports/international-ai-safety-report-2025/part-2-risks/index.html"), "og:image:alt"),
    ).toMatch(/^国际人工智能安全报告 2025 \| 第 2 部分 — 风险.+ \| 前沿人工智能安全文献库$/);
  });
});
