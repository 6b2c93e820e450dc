import { describe, expect, it } from "vitest";
import { groupByRegion } from "../../src/organisations/group.ts";
import { formatOrgFilter, parseOrgFilter, shown } from "../../src/organisations/filter-state.ts";
import { relatedTo } from "../../src/organisations/related.ts";
import { companyScores } from "../../src/organisations/scores.ts";
import { docKeysOf } from "../../src/organisations/docs.ts";
import { readOrganisationFiles } from "../../src/organisations/files.ts";
import { readCfiScores } from "../../src/lib/cfi-scores-file.ts";
import type { Organisation } from "../../src/schemas/organisations.ts";

const org = (id: string, zh: string, en: string, region: Organisation["region"]): Organisation => ({
  id,
  name: { zh, en },
  aliases: { zh: [], en: [] },
  notIn: [],
  kind: "company",
  region,
  passages: ["best-practices-2024/conclusions#recommendation-3"],
  link: true,
});

describe("organisation pages, pure parts", () => {
  it("groups by region in the schema's order and sorts Chinese names by pinyin", () => {
    const groups = groupByRegion(
      [org("b", "百度", "Baidu", "cn"), org("o", "OpenAI", "OpenAI", "us"), org("a", "阿里巴巴", "Alibaba", "cn")],
      "zh",
    );
    expect(groups.map((g) => g.region)).toEqual(["cn", "us"]);
    expect(groups[0]!.organisations.map((o) => o.id)).toEqual(["a", "b"]);
  });

  it("keeps the filter in the URL and reports unknown values", () => {
    expect(parseOrgFilter("?kind=company&doc=forum/waic-2024", ["company"], ["forum/waic-2024"]).state).toEqual({
      kind: "company",
      doc: "forum/waic-2024",
    });
    expect(parseOrgFilter("?kind=think-tank", ["company"], []).invalid).toEqual(["kind=think-tank"]);
    expect(formatOrgFilter({ doc: "reports/best-practices-2024" })).toBe("?doc=reports%2Fbest-practices-2024");
    expect(shown({ kind: "company" }, "government", [])).toBe(false);
    expect(shown({ doc: "forum/waic-2024" }, "company", ["forum/waic-2024"])).toBe(true);
  });

  it("names the documents of its passages as the filter keys them", () => {
    expect(
      docKeysOf([
        "forum/waic-2024/zeng-yi-red-lines#p-1",
        "best-practices-2024/conclusions#x",
        "forum/waic-2024/a#p-2",
      ]),
    ).toEqual(["forum/waic-2024", "reports/best-practices-2024"]);
  });

  it("ranks related terms and nodes by the passages they share", () => {
    const backlinks = new Map([
      ["a#x", [{ kind: "term" as const, id: "t1", name: { zh: "", en: "" } }]],
      [
        "a#y",
        [
          { kind: "term" as const, id: "t2", name: { zh: "", en: "" } },
          { kind: "term" as const, id: "t1", name: { zh: "", en: "" } },
          { kind: "node" as const, id: "s/n", name: { zh: "", en: "" } },
        ],
      ],
    ]);
    expect(relatedTo(["a#x", "a#y"], backlinks)).toEqual({ terms: ["t1", "t2"], nodes: ["s/n"] });
  });

  it("sums a company's Appendix B scores by category to its printed total", () => {
    const cfi = readCfiScores("content", [])!;
    const s = companyScores(cfi, "anthropic", "en")!;
    expect(s.categories.reduce((n, c) => n + c.score, 0)).toBe(s.total);
    expect(s.categories).toHaveLength(9);
    expect(companyScores(cfi, "baidu", "en")).toBeUndefined();
  });

  it("links each of the six assessed companies to one organisation", () => {
    const { organisations } = readOrganisationFiles("content");
    const cfi = readCfiScores("content", [])!;
    expect(organisations.flatMap((o) => (o.assessed ? [o.assessed] : [])).sort()).toEqual(
      cfi.companies.map((c) => c.id).sort(),
    );
  });
});
