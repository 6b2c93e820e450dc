import { describe, expect, it } from "vitest";
import type { Root } from "mdast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import type { Correction } from "../../src/schemas/corrections.ts";
import { correctionsFor, markCorrections } from "../../src/forum/corrections.ts";
import { talkFileOf } from "../../src/forum/paths.ts";
import { findAll, hasClass, isEditorNote, renderTalk, textOf, toHtml } from "./render-talk.ts";

const FIXTURE = "test/fixtures/forum/content/forum/demo-forum";

const fix = (wrong: string, right: string, en: string, talks = ["t"]): Correction => ({
  wrong,
  right,
  en,
  evidence: "test",
  note: { zh: "测试", en: "test" },
  talks,
});

/** Markdown → mdast → marked → the text a reader sees, with each mark written as [shown|original]. */
function marked(markdown: string, corrections: Correction[], lang: "zh" | "en"): string {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  markCorrections(tree, corrections, lang);
  const show = (node: unknown): string => {
    const n = node as {
      type: string;
      value?: string;
      children?: unknown[];
      data?: {
        hChildren?: {
          type: string;
          value?: string;
          children?: { value?: string; children?: { value?: string }[] }[];
        }[];
      };
    };
    if (n.data?.hChildren) {
      const [shown, original] = n.data.hChildren;
      const origText = (original?.children ?? [])
        .map((c) => c.value ?? (c.children ?? []).map((g) => g.value).join(""))
        .join("");
      return `[${shown?.value}|${origText}]`;
    }
    if (n.type === "text") return n.value ?? "";
    return (n.children ?? []).map(show).join("");
  };
  return show(tree);
}

describe("speech-recognition corrections (pure)", () => {
  it("Chinese: shows the corrected form, with the original in brackets for screen readers", () => {
    expect(marked("我们很高兴请出张雅琴教授。", [fix("张雅琴", "张亚勤", "Ya-Qin Zhang")], "zh")).toBe(
      "我们很高兴请出[张亚勤|（识别原文：张雅琴）]教授。",
    );
  });

  it("the longest wording wins where one contains another", () => {
    const out = marked(
      "谢谢吴君怡。君怡说。",
      [fix("君怡", "君仪", "Kwan Yee"), fix("吴君怡", "吴君仪", "Kwan Yee Ng")],
      "zh",
    );
    expect(out).toBe("谢谢[吴君仪|（识别原文：吴君怡）]。[君仪|（识别原文：君怡）]说。");
  });

  it("a Latin-script wording in Chinese text matches whole words only (LHF, not the LHF inside a correct RLHF)", () => {
    expect(marked("用LHF方法，而不是RLHF。", [fix("LHF", "RLHF", "RLHF")], "zh")).toBe(
      "用[RLHF|（识别原文：LHF）]方法，而不是RLHF。",
    );
  });

  it("English: marks the corrected form as a whole word and shows the transcript's wording", () => {
    const out = marked("Dawn Song spoke. Songs were sung.", [fix("Don Song", "Dawn Song", "Dawn Song")], "en");
    expect(out).toBe("[Dawn Song| (Transcript: Don Song)] spoke. Songs were sung.");
  });

  it("English: a form inside a longer one is marked once, listing every original", () => {
    const out = marked(
      "Professor Zhuosheng Zhang said so.",
      [fix("张卓生", "张倬胜", "Zhuosheng Zhang"), fix("卓昇", "倬胜", "Zhuosheng")],
      "en",
    );
    expect(out).toBe("Professor [Zhuosheng Zhang| (Transcript: 张卓生 / 卓昇)] said so.");
  });

  it("counts where each correction applies, so a correction that applies nowhere can be reported", () => {
    const tree = unified().use(remarkParse).parse("张雅琴和张雅琴。") as Root;
    const a = fix("张雅琴", "张亚勤", "Ya-Qin Zhang");
    const b = fix("高温院士", "高文院士", "Gao Wen");
    const counts = markCorrections(tree, [a, b], "zh");
    expect([counts.get(a), counts.get(b)]).toEqual([2, 0]);
  });

  it("applies only the corrections listed for a talk", () => {
    const all = [fix("张雅琴", "张亚勤", "Ya-Qin Zhang", ["a"]), fix("高温院士", "高文院士", "Gao Wen", ["b"])];
    expect(correctionsFor("a", all).map((c) => c.wrong)).toEqual(["张雅琴"]);
  });

  it("knows a talk file from its path, and leaves every other file alone", () => {
    expect(talkFileOf("/repo/content/forum/waic-2024/zh/bengio-advanced-ai-safety.mdx")).toEqual({
      eventDir: "/repo/content/forum/waic-2024",
      event: "waic-2024",
      lang: "zh",
      talk: "bengio-advanced-ai-safety",
    });
    expect(talkFileOf("/repo/content/reports/x/zh/part-1.mdx")).toBeUndefined();
  });
});

describe("the remark plugin on a talk file", () => {
  const zh = renderTalk(`${FIXTURE}/zh/zhang-yaqin-keynote.mdx`);
  const en = renderTalk(`${FIXTURE}/en/zhang-yaqin-keynote.mdx`);

  it("zh: the corrected form is in the text; the original is kept out of the search index and revealed on focus", () => {
    const fixes = findAll(zh, (el) => hasClass(el, "asr-fix"));
    expect(fixes.map((f) => toHtml(f))).toContain(
      '<span class="asr-fix" tabindex="0">张亚勤<span class="asr-fix__orig" data-pagefind-ignore=""><span class="sr-only">（</span>识别原文：张雅琴<span class="sr-only">）</span></span></span>',
    );
    const visible = textOf(zh, (n) => hasClass(n as never, "asr-fix__orig") || isEditorNote(n));
    expect(visible).toContain("我们很高兴请出张亚勤教授");
    expect(visible).toContain("和高文院士对AI");
    expect(visible).not.toMatch(/张雅琴|高温院士/);
  });

  it("zh: an editor's note quoting the transcript's wording is left as written", () => {
    const notes: string[] = [];
    const walk = (n: { children?: unknown[] }) =>
      isEditorNote(n as never) ? notes.push(textOf(n as never)) : (n.children ?? []).forEach((c) => walk(c as never));
    walk(zh);
    expect(notes).toEqual(["转录文本把张亚勤写作“张雅琴”。"]);
  });

  it("en: the corrected names are marked with the transcript's Chinese wording, in Chinese", () => {
    const html = findAll(en, (el) => hasClass(el, "asr-fix")).map((f) => toHtml(f));
    expect(html).toContain(
      '<span class="asr-fix" tabindex="0">Ya-Qin Zhang<span class="asr-fix__orig" data-pagefind-ignore=""><span class="sr-only"> (</span>Transcript: <span lang="zh-CN">张雅琴</span><span class="sr-only">)</span></span></span>',
    );
    expect(html.some((h) => h.startsWith('<span class="asr-fix" tabindex="0">Gao Wen<'))).toBe(true);
  });

  it("numbered paragraphs end with a permalink to themselves", () => {
    const links = findAll(zh, (el) => hasClass(el, "para-link"));
    expect(links.map((a) => a.properties.href)).toEqual(["#p-1", "#p-2"]);
    expect(toHtml(links[0]!)).toBe(
      '<a class="para-link" href="#p-1" data-permalink="" data-copied="链接已复制" data-pagefind-ignore=""><span aria-hidden="true">¶</span><span class="sr-only">第 1 段的链接</span></a>',
    );
  });
});
