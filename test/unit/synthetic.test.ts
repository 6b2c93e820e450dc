import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  copyId,
  mulberry32,
  shuffleParagraph,
  splitSentences,
  synthesizeChapterPair,
  synthesizeReportYaml,
} from "../../scripts/bench/synthetic.ts";
import { readStructure } from "../../scripts/validate/mdx-structure.ts";
import { splitFrontmatter } from "../../scripts/validate/frontmatter.ts";

const CHAPTER = "content/reports/best-practices-2024/{lang}/responsible-scaling-policy.mdx";
const zh = readFileSync(CHAPTER.replace("{lang}", "zh"), "utf8");
const en = readFileSync(CHAPTER.replace("{lang}", "en"), "utf8");
const sorted = (xs: string[]) => [...xs].sort();

/** Lines that are not plain paragraphs: frontmatter, headings, lists, tables, components, footnote definitions. */
const fixedLine = (line: string) => /^(---|#|\s|[-*+] |\d+\. |\||<|\[\^|[a-zA-Z]+:)/.test(line) || line === "";

function structure(text: string, path: string) {
  const fm = splitFrontmatter(text);
  const s = readStructure("\n".repeat(fm.bodyLine - 1) + fm.body, path);
  return {
    ids: s.ids.map((i) => i.id),
    footnoteRefs: s.footnoteRefs.length,
    footnoteDefs: s.footnoteDefs,
    paragraphs: s.paragraphs,
    listItems: s.listItems,
    tables: s.tables,
    components: s.components.map((c) => c.name),
    links: s.links.map((l) => l.url).filter((u) => !/^[a-z]+:/i.test(u)),
  };
}

describe("sentences", () => {
  it("splits Chinese on 。！？ and English on sentence ends, keeping references and closing quotes", () => {
    expect(splitSentences("第一句。第二句“引语。”[^3]第三句！", "zh")).toEqual([
      "第一句。",
      "第二句“引语。”[^3]",
      "第三句！",
    ]);
    expect(splitSentences("Models grow (e.g. GPT-4). They “act.”[^2] See Y. Bengio et al. on this.", "en")).toEqual([
      "Models grow (e.g. GPT-4).",
      "They “act.”[^2]",
      "See Y. Bengio et al. on this.",
    ]);
  });

  it("reshuffles a multi-sentence paragraph into the same sentences, keeping its id at the end", () => {
    const line = "Alpha one. Beta two. Gamma three. Delta four. Epsilon five. \\{#greek\\}";
    const out = shuffleParagraph(line, "en", mulberry32(7));
    expect(out).not.toBe(line);
    expect(out.endsWith(" \\{#greek\\}")).toBe(true);
    const body = (s: string) => s.replace(/ \\\{#greek\\\}$/, "");
    expect(sorted(splitSentences(body(out), "en"))).toEqual(sorted(splitSentences(body(line), "en")));
  });

  it("keeps a sentence with a link to another page in its place", () => {
    const line = "一。二。见[第二章](../risks/)。四。五。六。";
    for (let seed = 0; seed < 20; seed++)
      expect(splitSentences(shuffleParagraph(line, "zh", mulberry32(seed)), "zh")[2]).toBe("见[第二章](../risks/)。");
  });
});

describe("synthetic chapters", () => {
  const k = 3;
  const out = synthesizeChapterPair(zh, en, k, "best-practices-2024/responsible-scaling-policy.mdx");

  it("changes the text but no line that is not a plain paragraph", () => {
    for (const [before, after] of [
      [zh, out.zh],
      [en, out.en],
    ] as const) {
      expect(after).not.toBe(before);
      const a = before.split("\n");
      const b = after.split("\n");
      expect(b).toHaveLength(a.length);
      a.forEach((line, i) => {
        if (fixedLine(line)) expect(b[i]).toBe(line);
      });
      // Every sentence is still there: the same multiset in the whole chapter.
      const sentences = (t: string, lang: "zh" | "en") =>
        sorted(t.split("\n").flatMap((l) => (fixedLine(l) ? [] : splitSentences(l, lang))));
      const lang = before === zh ? "zh" : "en";
      expect(sentences(after, lang)).toEqual(sentences(before, lang));
    }
    expect(out.changed).toBeGreaterThan(0);
  });

  it("keeps the structure the content check compares, in each language and between them", () => {
    const zhBefore = structure(zh, "zh.mdx");
    const enBefore = structure(en, "en.mdx");
    const zhAfter = structure(out.zh, "zh.mdx");
    const enAfter = structure(out.en, "en.mdx");
    expect(sorted(zhAfter.ids)).toEqual(sorted(zhBefore.ids));
    expect(zhAfter.footnoteDefs).toEqual(zhBefore.footnoteDefs);
    expect({ ...zhAfter, ids: null }).toEqual({ ...zhBefore, ids: null });
    expect({ ...enAfter, ids: null }).toEqual({ ...enBefore, ids: null });
    // Rotated paragraphs move their ids in both languages alike.
    expect(enAfter.ids).toEqual(zhAfter.ids);
  });

  it("is deterministic for the same copy number and differs between copies", () => {
    const again = synthesizeChapterPair(zh, en, k, "best-practices-2024/responsible-scaling-policy.mdx");
    expect(again).toEqual(out);
    expect(synthesizeChapterPair(zh, en, k + 1, "best-practices-2024/responsible-scaling-policy.mdx").zh).not.toBe(
      out.zh,
    );
  });
});

describe("synthetic report.yaml", () => {
  it("suffixes the titles and makes the citation key unique", () => {
    const yaml = readFileSync("content/reports/best-practices-2024/report.yaml", "utf8");
    const out = synthesizeReportYaml(yaml, 2);
    expect(out).toContain("zh: 前沿人工智能安全的最佳实践 · 合成副本 2\n");
    expect(out).toContain("en: Best Practices for Frontier AI Safety · synthetic copy 2\n");
    expect(out).toContain("key: concordia2024bestpracticesx2\n");
    expect(out).toContain("seed: 001_ea5fadb9585deee6.txt\n");
    expect(copyId("best-practices-2024", 2)).toBe("best-practices-2024-x2");
  });
});
