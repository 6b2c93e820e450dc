import { describe, expect, inject, it } from "vitest";
import { openPage, useBrowser } from "../helpers/browser.ts";

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
  { lang: "en", q: "scalable oversight", path: "/reports/frontier-models-2023/safety/", hash: "alignment-scalable-oversight" },
  { lang: "en", q: "Metaculus", path: "/reports/frontier-models-2023/trends/" },
  { lang: "zh", q: "负责任扩展策略", path: "/reports/best-practices-2024/responsible-scaling-policy/" },
  { lang: "zh", q: "红队测试", path: "/reports/best-practices-2024/model-evaluations-red-teaming/" },
  { lang: "zh", q: "水印", path: "/reports/best-practices-2024/ai-generated-content-identifiers/" },
  { lang: "zh", q: "SafetyBench", path: "/reports/best-practices-2024/model-evaluations-red-teaming/", hash: "case-tsinghua" },
  { lang: "en", q: "responsible scaling policy", path: "/reports/best-practices-2024/responsible-scaling-policy/" },
  { lang: "en", q: "red teaming", path: "/reports/best-practices-2024/model-evaluations-red-teaming/" },
  { lang: "en", q: "watermark", path: "/reports/best-practices-2024/ai-generated-content-identifiers/" },
];

describe("search finds the right place in each document", () => {
  for (const c of CASES) {
    it(`${c.q} on /${c.lang}/ → ${c.path}${c.hash ? `#${c.hash}` : ""}`, async () => {
      const { page, close } = await openPage(browser(), origin, { locale: c.lang === "en" ? "en-GB" : "zh-CN" });
      await page.goto(`${origin}/${c.lang}/search/?q=${encodeURIComponent(c.q)}`);
      await page.locator("main .search-result").first().waitFor();
      const hrefs = await page
        .locator("main .search-result__title, main .search-result__sections a")
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const links = hrefs.map((h) => new URL(h));
      const hits = links.filter((u) => u.pathname === `/${c.lang}${c.path}`);
      expect(hits.length, `no result on ${c.path}`).toBeGreaterThan(0);
      if (c.hash) {
        // A passage link counts when the passage lies in the expected section.
        await page.goto(`${origin}/${c.lang}${c.path}`);
        const sections = await page.evaluate((ids) => {
          const headings = [...document.querySelectorAll("main :is(h2, h3)[id]")];
          return ids.map((id) => {
            const el = id ? document.getElementById(id) : null;
            if (!el) return "";
            const before = headings.filter((h) => h === el || h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
            return before.at(-1)?.id ?? "";
          });
        }, hits.map((u) => decodeURIComponent(u.hash.slice(1))));
        expect(sections, JSON.stringify(hits.map((u) => u.hash))).toContain(c.hash);
      }
      await close();
    });
  }
});
