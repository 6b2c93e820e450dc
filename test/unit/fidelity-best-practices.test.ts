import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { formatDate } from "../../src/lib/dates.ts";
import { applyCorrections, plainFolder, sentenceUnits, urlsIn } from "./source-text.ts";
import { SEED_001, seedLines } from "./seed-lines.ts";
import { readStructure } from "../../scripts/validate/mdx-structure.ts";

/** Text without URLs and the separators that glue a URL into a note (", <https://…>." → "."). */
function withoutUrls(text: string): string {
  return text.replace(/[,，]?\s*<?https?:\/\/[^\s<>）)\]]+?>?(?=[.。]?(?:\s|$))/gu, "");
}

/** Every link target of every chapter of one language. */
function linkedUrls(dir: string): Set<string> {
  const urls = new Set<string>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".mdx"))) {
    for (const m of readFileSync(`${dir}/${f}`, "utf8").matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) urls.add(m[1]!);
  }
  return urls;
}

describe("Best Practices for Frontier AI Safety 2024 (seed 001)", () => {
  const DIR = "content/reports/best-practices-2024";
  const seed = seedLines(SEED_001, 1, 1672);
  // Units are compared without the separators around a note's date and URL.
  const trimEnd = (u: string) => u.replace(/[,，.。]+$/u, "");
  // Evident errors corrected in the Chinese text, each marked with an editor's note.
  const CORRECTIONS: Record<string, string> = {
    "——面向中国机构": "面向中国机构", // the subtitle's dash is typography, not text
    任務: "任务",
    時候: "时候",
    控制and集成: "控制和集成",
    伦理性and潜在: "伦理性和潜在",
    部署于软件: "部署与软件",
    关键信息技术设施: "关键信息基础设施",
    信息信息安全通报中心: "信息安全信息通报中心",
    如何如何: "如何",
    人员的的信息: "人员的信息",
    "2023-1-024": "2023-10-24",
  };
  // URL typos fixed in the notes (each marked with an editor's note), from → to.
  const URL_FIXES: Record<string, string> = {
    "ai-safety-summit-introduction-htm1": "ai-safety-summit-introduction-html",
    "about-this-image-google-search/? ga=": "about-this-image-google-search/?_ga=",
  };
  const fixUrls = (line: string) => Object.entries(URL_FIXES).reduce((l, [from, to]) => l.split(from).join(to), line);

  it("every sentence of the report appears in the Chinese edition, apart from marked corrections", () => {
    const text = seed
      .map((l) =>
        withoutUrls(fixUrls(l))
          .replace(/<\/?(?:p|ul)\b[^>]*>/g, "\n")
          .replace(/\s(?=重点案例|延伸阅读)/g, "\n")
          .replace(/[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+/g, "")
          .replace(/\*\*/g, "")
          .replace(/\[([^\]]*)\]\(#\)/g, "$1")
          .replace(/10\^\{(\d+)\}/g, (_m, n: string) => "10" + [...n].map((d) => "⁰¹²³⁴⁵⁶⁷⁸⁹"[Number(d)]).join(""))
          .replace(/^\s*(?:#+|-|\d+\))\s+/, "")
          .split(/\t|•/)
          .join("\n"),
      )
      .flatMap((l) => l.split("\n"));
    const report = readFileSync(`${DIR}/report.yaml`, "utf8");
    const site =
      withoutUrls(plainFolder(`${DIR}/zh`)) +
      report.replace(/\s+/g, "") +
      formatDate(/^date: "?([\d-]+)/m.exec(report)![1]!, "zh");
    const missing = applyCorrections(sentenceUnits(text), CORRECTIONS)
      .map(trimEnd)
      .filter((u) => !site.includes(u));
    expect(missing).toEqual([]);
  });

  it("every distinct URL of the report is a link, in both languages (typos fixed and marked)", () => {
    const seedUrls = urlsIn(fixUrls(seed.join("\n")));
    expect(seedUrls.length).toBeGreaterThan(130);
    for (const lang of ["zh", "en"]) {
      const linked = linkedUrls(`${DIR}/${lang}`);
      expect(
        seedUrls.filter((u) => !linked.has(u)),
        lang,
      ).toEqual([]);
    }
  });
});

describe("Best Practices 2024: the 136 notes", () => {
  const DIR = "content/reports/best-practices-2024";
  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: notes 1–136 are each defined once, on a page that cites them; 27, 113, 115 and 117 are cited twice`, () => {
      const defined: number[] = [];
      const citations = new Map<number, number>();
      for (const f of readdirSync(`${DIR}/${lang}`).filter((f) => f.endsWith(".mdx"))) {
        const s = readStructure(readFileSync(`${DIR}/${lang}/${f}`, "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""), f);
        const refs = new Set(s.footnoteRefs);
        for (const d of s.footnoteDefs) {
          expect(refs.has(d), `${f}: note ${d} is defined but never cited on this page`).toBe(true);
          defined.push(Number(d));
        }
        for (const r of s.footnoteRefs) {
          expect(s.footnoteDefs, `${f}: note ${r} is cited but not defined on this page`).toContain(r);
          citations.set(Number(r), (citations.get(Number(r)) ?? 0) + 1);
        }
      }
      expect(defined.sort((a, b) => a - b)).toEqual(Array.from({ length: 136 }, (_, i) => i + 1));
      const twice = [...citations]
        .filter(([, n]) => n > 1)
        .map(([k]) => k)
        .sort((a, b) => a - b);
      expect(twice).toEqual([27, 113, 115, 117]);
    });
  }
});
