import { describe, expect, it } from "vitest";
import { correctTypos, expandQuery, findSpans, suggestTerms } from "../../src/search/expand.ts";
import { editDistance, similarity } from "../../src/search/fuzzy.ts";
import { buildLexicon, lexKey } from "../../src/search/lexicon.ts";
import { documentOfRef, documentsOfRefs, filtersFromParams, pagefindFilters } from "../../src/search/facets.ts";
import { siteGlossaryFiles } from "../../src/glossary/files.ts";
import { buildRiskModel } from "../../src/risks/model.ts";
import { cfiNames } from "../../src/risks/cfi-names.ts";

const files = siteGlossaryFiles();
const risks = buildRiskModel(files.schemes, files.crosswalk, cfiNames(files.cfi));
const paths = (lang: string) => ({
  term: (id: string) => `/${lang}/glossary/${id}/`,
  node: (ref: string) => `/${lang}/risks/${ref}/`,
});
const zh = buildLexicon("zh", files.terms, risks, paths("zh"));
const en = buildLexicon("en", files.terms, risks, paths("en"));

describe("search lexicon", () => {
  it("has every term with both names, normalized", () => {
    const alignment = zh.find((e) => e.id === "alignment")!;
    expect(alignment).toMatchObject({
      kind: "term",
      name: "对齐",
      other: "Alignment",
      path: "/zh/glossary/alignment/",
    });
    expect(alignment.keys).toEqual(expect.arrayContaining(["对齐", "alignment", "ai alignment"]));
    expect(lexKey("Open-Weight  Model")).toBe("open weight model");
  });

  it.each(["RSP", "RLHF", "ASL", "IASR", "CFI", "AISI"])("knows the abbreviation %s", (abbr) => {
    expect(expandQuery(abbr, en).exact?.kind).toBe("term");
    expect(expandQuery(abbr, zh).exact?.kind).toBe("term");
  });
});

describe("expandQuery", () => {
  it("rewrites the other language's name to the reader's and keeps the query as typed", () => {
    expect(expandQuery("alignment", zh)).toMatchObject({ queries: ["对齐", "alignment"], exact: { id: "alignment" } });
    expect(expandQuery("对齐", en).queries).toEqual(["Alignment", "对齐"]);
  });

  it("rewrites a term inside a longer query", () => {
    expect(expandQuery("jailbreak 攻击", zh).queries[0]).toBe("越狱 攻击");
  });

  it("searches an own-language alias as typed and also the term's name", () => {
    const x = expandQuery("RSP", en);
    expect(x.exact?.id).toBe("rsp");
    expect(x.queries).toEqual(["rsp", "Responsible scaling policy"]);
  });

  it("matches Latin keys on whole words only", () => {
    expect(findSpans(lexKey("aslant"), en).map((s) => s.entry.id)).not.toContain("asl");
  });
});

describe("typos and suggestions", () => {
  it("corrects one wrong, missing or swapped letter in an English term", () => {
    expect(correctTypos("alignmnet", en)?.query).toBe("Alignment");
    expect(correctTypos("red temaing", en)?.query).toBe("Red teaming");
    expect(correctTypos("jailbrek", zh)?.query).toBe("越狱");
  });

  it("corrects one wrong character in a Chinese term", () => {
    expect(correctTypos("负责任扩展侧略", zh)?.query).toBe("负责任扩展策略");
  });

  it("leaves a correct or distant query alone", () => {
    expect(correctTypos("alignment", en)).toBeUndefined();
    expect(correctTypos("weather forecast", en)).toBeUndefined();
  });

  it("suggests close glossary terms", () => {
    expect(suggestTerms("alignement tax", en).map((e) => e.id)).toContain("alignment-tax");
    expect(suggestTerms("对齐问题", zh).map((e) => e.id)).toContain("alignment");
  });

  it("measures distances", () => {
    expect(editDistance("alignmnet", "alignment")).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
    expect(similarity("对齐", "对齐")).toBe(1);
  });
});

describe("search filters", () => {
  it("names the document of a passage reference", () => {
    expect(documentOfRef("forum/waic-2024/dawn-song-ai-safety-challenges#p-4")).toBe("waic-2024");
    expect(documentsOfRefs(["best-practices-2024/x#a", "frontier-models-2023/y#b", "best-practices-2024/z#c"])).toEqual(
      ["frontier-models-2023", "best-practices-2024"],
    );
  });

  it("reads only known filter values from the URL", () => {
    expect(filtersFromParams(new URLSearchParams("doc=frontier-models-2023&type=glossary"))).toEqual({
      doc: "frontier-models-2023",
      type: "glossary",
    });
    expect(filtersFromParams(new URLSearchParams("doc=<script>&type=nope"))).toEqual({});
    expect(pagefindFilters({ type: "talk" })).toEqual({ type: "talk" });
  });
});

describe("diversify", () => {
  it("keeps at most one risk node and two glossary pages in the first five, moving the rest just below", async () => {
    const { diversify } = await import("../../src/search/rank.ts");
    const items = [
      "risk:a",
      "risk:b",
      "glossary:c",
      "risk:d",
      "glossary:e",
      "glossary:f",
      "section:g",
      "talk:h",
      "section:i",
    ];
    expect(diversify(items, (x) => x.split(":")[0])).toEqual([
      "risk:a",
      "glossary:c",
      "glossary:e",
      "section:g",
      "talk:h",
      "risk:b",
      "risk:d",
      "glossary:f",
      "section:i",
    ]);
    expect(diversify(["risk:a", "risk:b"], (x) => x.split(":")[0])).toEqual(["risk:a", "risk:b"]); // a risk-only filter keeps them all
  });
});
