import { describe, expect, it } from "vitest";
import { stripQuestion, stripTitles, hasContent } from "../../src/search/question.ts";
import { correctTypos, expandQuery, stripOutsideNames } from "../../src/search/expand.ts";
import {
  buildLexicon,
  lexKey,
  nameKeys,
  packLexicon,
  unpackLexicon,
  type PackedEntry,
} from "../../src/search/lexicon.ts";
import { demoteOverviews, isOverviewPath, rankByWords } from "../../src/search/rank.ts";
import { checkSynonymSets, readSynonyms, synonymsSchema } from "../../src/search/synonyms-file.ts";
import { siteGlossaryFiles } from "../../src/glossary/files.ts";
import { buildRiskModel } from "../../src/risks/model.ts";
import { cfiNames } from "../../src/risks/cfi-names.ts";
import type { FileProblem } from "../../src/lib/yaml-file.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { loadSimplifier } from "../../src/search/simplify.ts";
import { normalizeQuery } from "../../src/search/normalize-query.ts";
import { glossaryPath, nodePath } from "../../src/glossary/links.ts";
import { speakerPath } from "../../src/forum/urls.ts";

const files = siteGlossaryFiles();
const risks = buildRiskModel(files.schemes, files.crosswalk, cfiNames(files.cfi));
const paths = (lang: Locale) => ({
  term: (id: string) => glossaryPath(lang, id),
  node: (ref: string) => nodePath(lang, ref),
  speaker: (id: string) => speakerPath(lang, id),
});
const speakers = [
  { id: "gao-wen", name: { zh: "高文", en: "Gao Wen" } },
  { id: "zhang-yaqin", name: { zh: "张亚勤", en: "Zhang Yaqin" }, aliases: ["Ya-Qin Zhang"] },
  { id: "yoshua-bengio", name: { zh: "约书亚·本吉奥", en: "Yoshua Bengio" } },
];
const synonyms = [
  { id: "fake-content", zh: ["虚假内容", "假新闻"], en: ["fake content", "fake news"] },
  { id: "malware", zh: ["恶意软件", "电脑病毒"], en: ["malware", "computer viruses"] },
];
const zh = buildLexicon("zh", files.terms, risks, paths("zh"), { speakers, synonyms });
const en = buildLexicon("en", files.terms, risks, paths("en"), { speakers, synonyms });

describe("question words and particles", () => {
  it.each([
    ["什么是负责任扩展策略", "负责任扩展策略"],
    ["为什么需要红队测试", "红队测试"],
    ["大模型会欺骗人类吗？", "大模型会欺骗人类"],
    ["训练数据应该如何审核", "训练数据 审核"],
    ["目标错误泛化是什么意思", "目标错误泛化"],
    ["深度伪造可能被用来诈骗吗", "深度伪造 诈骗"],
    ["开源还是闭源", "开源 闭源"],
  ])("Chinese: %s → %s", (q, want) => {
    expect(stripQuestion(q)).toBe(want);
  });

  it.each([
    ["what is a responsible scaling policy", "responsible scaling policy"],
    ["How should model weights be protected?", "model weights protected"],
    ["does AI threaten privacy", "AI threaten privacy"],
    ["how does the US regulate AI", "US regulate AI"],
    ["is AI really dangerous", "AI dangerous"],
  ])("English: %s → %s", (q, want) => {
    expect(stripQuestion(q)).toBe(want);
  });

  it("keeps a query that is nothing but question words", () => {
    expect(hasContent(stripQuestion("what is"))).toBe(false);
    expect(stripOutsideNames(lexKey("what is"), zh)).toBe("what is");
  });
});

describe("titles", () => {
  it.each([
    ["高文院士", "高文"],
    ["曾毅教授", "曾毅"],
    ["邵婧研究员", "邵婧"],
    ["杨耀东老师", "杨耀东"],
    ["Song老师", "Song"],
    ["Prof. Dawn Song", "Dawn Song"],
    ["Dr He Ruimin", "He Ruimin"],
    ["Professor Zeng Yi", "Zeng Yi"],
  ])("%s → %s", (q, want) => {
    expect(stripTitles(q)).toBe(want);
  });

  it("leaves a title typed alone", () => {
    expect(stripTitles("Professor")).toBe("Professor");
  });
});

describe("names and reader words inside a longer query", () => {
  it("finds a term inside a question and names it (the card)", () => {
    const e = expandQuery("什么是负责任扩展策略", zh);
    expect(e.exact?.id).toBe("rsp");
    expect(e.queries[0]).toBe("负责任扩展策略");
    expect(expandQuery("what is a responsible scaling policy", zh).exact?.id).toBe("rsp");
  });

  it("searches the term with the rest of the question", () => {
    const e = expandQuery("RLHF有什么局限性", zh);
    expect(e.exact).toBeUndefined();
    expect(e.queries[0]).toBe("rlhf 局限性");
    expect(e.words).toEqual(["rlhf", "局限性"]);
  });

  it("rewrites a reader's word to the documents' word in the reader's language, keeping the typed one", () => {
    expect(expandQuery("假新闻", zh).queries).toEqual(["虚假内容", "假新闻"]);
    expect(expandQuery("假新闻", en).queries).toEqual(["fake content", "假新闻"]);
    expect(expandQuery("computer viruses", zh).queries[0]).toBe("恶意软件");
  });

  it("takes titles off speakers' names and writes the name as the reader's pages do", () => {
    expect(expandQuery("高文院士", zh).queries).toEqual(["高文"]);
    expect(expandQuery("高文院士", en).queries[0]).toBe("Gao Wen");
    expect(expandQuery("Prof. Yoshua Bengio", zh).queries[0]).toBe("约书亚·本吉奥");
    expect(expandQuery("Bengio", zh).queries[0]).toBe("约书亚·本吉奥");
  });

  it("knows a speaker by their own published romanisation, and writes the name as the page does", () => {
    expect(expandQuery("Dr. Ya-Qin Zhang", en).queries[0]).toBe("Zhang Yaqin");
    expect(expandQuery("Ya-Qin Zhang", zh).queries[0]).toBe("张亚勤");
  });

  it("does not strip question words out of a name", () => {
    // 可扩展监督 contains 可 and 扩展; the term is found before anything is stripped.
    expect(expandQuery("什么是可扩展监督", zh).exact?.id).toBe("scalable-oversight");
  });
});

describe("speaker keys", () => {
  it("has both spellings, a foreign family name alone and a Chinese name in either order", () => {
    expect(nameKeys({ zh: "约书亚·本吉奥", en: "Yoshua Bengio" })).toEqual(
      expect.arrayContaining(["约书亚·本吉奥", "Yoshua Bengio", "本吉奥", "Bengio"]),
    );
    expect(nameKeys({ zh: "曾毅", en: "Zeng Yi" })).toEqual(["曾毅", "Zeng Yi", "Yi Zeng"]);
  });
});

describe("ranking helpers", () => {
  it("ranks pages matching more of the words first, then by score", () => {
    const a = { id: "a", score: 1 };
    const b = { id: "b", score: 5 };
    const c = { id: "c", score: 2 };
    expect(
      rankByWords([
        [a, b],
        [a, c],
      ]).map((r) => r.id),
    ).toEqual(["a", "b", "c"]);
  });

  it("knows overview pages by their address", () => {
    expect(isOverviewPath("/zh/reports/best-practices-2024/")).toBe(true);
    expect(isOverviewPath("/zh/forum/waic-2024/")).toBe(true);
    expect(isOverviewPath("/en/glossary/")).toBe(true);
    expect(isOverviewPath("/kb/en/speakers/", "/kb/")).toBe(true);
    expect(isOverviewPath("/zh/reports/best-practices-2024/practice-index/")).toBe(true);
    expect(isOverviewPath("/zh/reports/best-practices-2024/responsible-scaling-policy/")).toBe(false);
    expect(isOverviewPath("/zh/glossary/rsp/")).toBe(false);
    expect(isOverviewPath("/en/forum/waic-2024/zeng-yi-red-lines/")).toBe(false);
  });

  it("moves an overview below up to three whole-query sections after it", () => {
    const items = ["overview", "s1", "s2", "s3", "s4"];
    const out = demoteOverviews(
      items,
      (x) => x === "overview",
      () => true,
    );
    expect(out).toEqual(["s1", "s2", "s3", "overview", "s4"]);
    // A page found by only some of the words does not pass it.
    expect(
      demoteOverviews(
        ["overview", "w1", "s1"],
        (x) => x === "overview",
        (x) => x !== "w1",
      ),
    ).toEqual(["overview", "w1", "s1"]);
  });
});

describe("content/search/synonyms.yaml", () => {
  it("is valid: schema, one set per word", () => {
    const problems: FileProblem[] = [];
    const sets = readSynonyms("content", problems);
    expect(problems).toEqual([]);
    expect(sets.length).toBeGreaterThan(10);
  });

  it("reports a word in two sets, and a set with no reader word", () => {
    expect(
      checkSynonymSets([
        { id: "a", zh: ["虚假内容", "假新闻"] },
        { id: "b", zh: ["谣言", "假新闻"] },
      ]),
    ).toEqual(['"假新闻" is in two sets, "a" and "b"']);
    expect(synonymsSchema.safeParse([{ id: "x", en: ["only"] }]).success).toBe(false);
  });
});

describe("the lexicon as shipped", () => {
  it("unpacks to the same entries, with the same page addresses as the site's", () => {
    for (const [lang, lex] of [
      ["zh", zh],
      ["en", en],
    ] as const) {
      const back = unpackLexicon(lang, JSON.parse(JSON.stringify(packLexicon(lex))) as PackedEntry[]);
      const norm = (l: typeof lex) => l.map((e) => ({ ...e, keys: [...e.keys].sort(), own: [...e.own].sort() }));
      expect(norm(back)).toEqual(norm(lex.map((e) => (e.kind === "word" ? { ...e, path: "" } : e))));
    }
  });
});

describe("Taiwan and Hong Kong words", () => {
  it.each([
    ["個人私隱", "个人隐私"],
    ["資訊安全", "信息安全"],
    ["駭客攻擊", "黑客攻击"],
    ["數碼技術", "数字技术"],
    ["個人資料", "个人信息"],
  ])("%s → %s", async (q, want) => {
    const simplify = await loadSimplifier();
    expect(normalizeQuery(q, simplify)).toBe(want);
  });
});

describe("slips in a name, inside a question", () => {
  it("does not take a name the lexicon knows for a slip in another", () => {
    const redLines = zh.find((e) => e.id === "red-lines")!;
    expect(redLines.keys).toContain("red lines");
    expect(correctTypos("zeng yi red lines", zh)).toBeUndefined();
  });
});

describe("stripping keeps a run of Chinese joined", () => {
  it("does not split a query around the names in it when nothing is taken out", () => {
    expect(stripOutsideNames("负责任扩展侧略", zh)).toBe("负责任扩展侧略");
    expect(correctTypos(expandQuery("负责任扩展侧略", zh).stripped, zh)?.entry.id).toBe("rsp");
  });
});
