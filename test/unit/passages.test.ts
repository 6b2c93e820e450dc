import { describe, expect, it } from "vitest";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import remarkCjkFriendly from "remark-cjk-friendly";
import type { Root } from "mdast";
import { remarkExplicitIds } from "../../src/markdown/plugins/explicit-ids.ts";
import { excerptAbout, passageTexts, truncate } from "../../src/passages/excerpt.ts";
import { formatPassageRef, parsePassageRef, passagePath, refForFile } from "../../src/passages/refs.ts";
import { formatFilterState, parseFilterState } from "../../src/risks/filter-state.ts";

function texts(md: string) {
  const p = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkCjkFriendly).use(remarkExplicitIds);
  return passageTexts(p.runSync(p.parse(md)) as Root);
}

describe("passage references", () => {
  it("read a chapter passage and a talk paragraph, and nothing else", () => {
    expect(parsePassageRef("international-ai-safety-report-2025/part-2-risks#loss-of-control")).toEqual({
      section: "reports",
      doc: "international-ai-safety-report-2025",
      page: "part-2-risks",
      id: "loss-of-control",
    });
    expect(parsePassageRef("forum/waic-2024/zeng-yi-red-lines#p-12")).toEqual({
      section: "forum",
      doc: "waic-2024",
      page: "zeng-yi-red-lines",
      id: "p-12",
    });
    expect(parsePassageRef("forum/zeng-yi-red-lines#p-12")).toBeUndefined();
    expect(parsePassageRef("part-2-risks#x")).toBeUndefined();
    expect(parsePassageRef("a/b#C")).toBeUndefined();
  });

  it("round-trip and point at the passage in each language", () => {
    const ref = parsePassageRef("forum/waic-2024/zeng-yi-red-lines#p-12")!;
    expect(formatPassageRef(ref)).toBe("forum/waic-2024/zeng-yi-red-lines#p-12");
    expect(passagePath(ref, "en")).toBe("/en/forum/waic-2024/zeng-yi-red-lines/#p-12");
    expect(passagePath(parsePassageRef("r/c#x")!, "zh")).toBe("/zh/reports/r/c/#x");
    expect(refForFile("/w/content/reports/r/zh/c.mdx", "x")).toEqual({ ref: "r/c#x", lang: "zh" });
    expect(refForFile("/w/src/pages/x.mdx", "x")).toBeUndefined();
  });
});

describe("excerpts from the chapter text", () => {
  it("take a passage's own text, without footnote markers or editor's notes, under its heading", () => {
    const t = texts(
      "## 失控 \\{#loss\\}\n\n导语。\n\n- **失控：**一种假想情景[^1]。<EditorNote>注</EditorNote> \\{#item\\}\n\n[^1]: 注释\n",
    );
    expect(t.get("item")).toEqual({ kind: "passage", heading: "失控", text: "失控：一种假想情景。" });
    expect(t.get("loss")).toEqual({ kind: "heading", heading: "失控", text: "导语。 失控：一种假想情景。" });
  });

  it("start at the sentence that mentions the subject", () => {
    const text =
      "Frontier AI may increase risks of many kinds, and a variety of methods are being developed to evaluate systems. Model evaluations give quantitative results. Red teaming offers another approach: observing a system from an adversary’s point of view.";
    expect(excerptAbout(text, ["red teaming"], "en")).toBe(
      "…Red teaming offers another approach: observing a system from an adversary’s point of view.",
    );
    expect(excerptAbout(text, ["nothing here"], "en")).toBe(truncate(text, "en"));
    expect(excerptAbout("红队测试很重要。其他内容。", ["红队测试"], "zh")).toBe("红队测试很重要。其他内容。");
  });

  it("shorten at a sentence or a word, marking the cut", () => {
    expect(truncate("短句。", "zh")).toBe("短句。");
    expect(
      truncate(
        "第一句话说得很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。第二句话说得也很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。",
        "zh",
      ),
    ).toMatch(/^第一句[^。]*。$/); // a whole sentence needs no ellipsis
    const en = "word ".repeat(60).trim();
    expect(truncate(en, "en")).toMatch(/^word( word)+…$/);
    expect([...truncate(en, "en")].length).toBeLessThanOrEqual(221);
  });
});

describe("the explorer's filter in the URL", () => {
  it("keeps only known values and reports the rest", () => {
    expect(parseFilterState("?scheme=iasr-risks&doc=forum/waic-2024", ["iasr-risks"], ["forum/waic-2024"])).toEqual({
      state: { scheme: "iasr-risks", doc: "forum/waic-2024" },
      invalid: [],
    });
    expect(parseFilterState("?scheme=<script>&doc=x", ["iasr-risks"], ["forum/waic-2024"])).toEqual({
      state: {},
      invalid: ["scheme=<script>", "doc=x"],
    });
  });

  it("writes only what differs from showing everything", () => {
    expect(formatFilterState({})).toBe("");
    expect(formatFilterState({ doc: "reports/frontier-models-2023" })).toBe("?doc=reports%2Ffrontier-models-2023");
  });
});
