import { afterAll, describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";
import { searchOnPage } from "../../scripts/search/eval.ts";

const origin = inject("origin");
const browser = useBrowser();

/**
 * Terms a student or policymaker would type, and the page and passage that
 * should come up: the search page's links (result titles and passage links)
 * must include one to that place.
 */
const CASES: { lang: "zh" | "en"; q: string; path: string; hash?: string }[] = [
  { lang: "zh", q: "越狱", path: "/reports/frontier-models-2023/safety/", hash: "robustness-jailbreaks" },
  { lang: "zh", q: "可扩展监督", path: "/reports/frontier-models-2023/safety/", hash: "alignment-scalable-oversight" },
  { lang: "zh", q: "规范博弈", path: "/reports/frontier-models-2023/safety/", hash: "alignment-specification-gaming" },
  { lang: "en", q: "jailbreak", path: "/reports/frontier-models-2023/safety/", hash: "robustness-jailbreaks" },
  {
    lang: "en",
    q: "scalable oversight",
    path: "/reports/frontier-models-2023/safety/",
    hash: "alignment-scalable-oversight",
  },
  { lang: "en", q: "Metaculus", path: "/reports/frontier-models-2023/trends/" },
  { lang: "zh", q: "负责任扩展策略", path: "/reports/best-practices-2024/responsible-scaling-policy/" },
  { lang: "zh", q: "红队测试", path: "/reports/best-practices-2024/model-evaluations-red-teaming/" },
  { lang: "zh", q: "水印", path: "/reports/best-practices-2024/ai-generated-content-identifiers/" },
  {
    lang: "zh",
    q: "SafetyBench",
    path: "/reports/best-practices-2024/model-evaluations-red-teaming/",
    hash: "case-tsinghua",
  },
  { lang: "en", q: "responsible scaling policy", path: "/reports/best-practices-2024/responsible-scaling-policy/" },
  { lang: "en", q: "red teaming", path: "/reports/best-practices-2024/model-evaluations-red-teaming/" },
  { lang: "en", q: "watermark", path: "/reports/best-practices-2024/ai-generated-content-identifiers/" },
  // The bibliography is indexed (type "source"): a cited author finds it.
  { lang: "en", q: "Carlsmith", path: "/sources/" },
  { lang: "zh", q: "Carlsmith", path: "/sources/" },
];

describe("search finds the right place in each document", () => {
  // One search page per language, reused: each case types its query into the box, as a reader would.
  const pages = new Map<"zh" | "en", Awaited<ReturnType<typeof openPage>>>();
  afterAll(async () => {
    for (const p of pages.values()) await p.close();
  });
  async function searchPage(lang: "zh" | "en") {
    let opened = pages.get(lang);
    if (!opened) {
      opened = await openPage(browser(), origin, { locale: lang === "en" ? "en-GB" : "zh-CN" });
      pages.set(lang, opened);
    }
    // Typed into the box already open when the last case left it there, as a reader searching again would.
    if (new URL(opened.page.url(), origin).pathname !== `/${lang}/search/`)
      await opened.page.goto(`${origin}/${lang}/search/`);
    return opened.page;
  }

  for (const c of CASES) {
    it(`${c.q} on /${c.lang}/ → ${c.path}${c.hash ? `#${c.hash}` : ""}`, async () => {
      const page = await searchPage(c.lang);
      const { top } = await searchOnPage(page, c.q);
      const hits = top.filter((t) => t.page === `/${c.lang}${c.path}`);
      expect(hits.length, `no result on ${c.path}; top 5: ${top.map((t) => t.page).join(" ")}`).toBeGreaterThan(0);
      if (c.hash) {
        // A passage link counts when the passage lies in the expected section.
        const hashes = hits.flatMap((h) => h.sections);
        await page.goto(`${origin}/${c.lang}${c.path}`);
        const sections = await page.evaluate((ids) => {
          const headings = [...document.querySelectorAll("main :is(h2, h3)[id]")];
          return ids.map((id) => {
            const el = id ? document.getElementById(id) : null;
            if (!el) return "";
            const before = headings.filter(
              (h) => h === el || h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
            );
            return before.at(-1)?.id ?? "";
          });
        }, hashes);
        expect(sections, JSON.stringify(hashes)).toContain(c.hash);
      }
    });
  }
});
