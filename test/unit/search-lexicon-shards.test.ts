import { describe, expect, it } from "vitest";
import { buildLexicon, packLexicon, unpackLexicon } from "../../src/search/lexicon.ts";
import { SHARDS, shardLexicon, shardOf, shardsFor, startCharacters } from "../../src/search/lexicon-shards.ts";
import { expandQuery, findSpans } from "../../src/search/expand.ts";
import { lexKey } from "../../src/search/lexicon.ts";
import { siteGlossaryFiles } from "../../src/glossary/files.ts";
import { buildRiskModel } from "../../src/risks/model.ts";
import { cfiNames } from "../../src/risks/cfi-names.ts";

const files = siteGlossaryFiles();
const risks = buildRiskModel(files.schemes, files.crosswalk, cfiNames(files.cfi));
const paths = (lang: string) => ({
  term: (id: string) => `/${lang}/glossary/${id}/`,
  node: (ref: string) => `/${lang}/risks/${ref}/`,
});

describe("lexicon shards", () => {
  it("takes every Han character and each word's first letter as a place a name can start", () => {
    expect([...startCharacters("what is ai alignment")]).toEqual(["w", "i", "a"]);
    expect([...startCharacters("rlhf的局限")]).toEqual(["r", "的", "局", "限"]);
    expect([...startCharacters("的ai生成内容")]).toEqual(["的", "a", "生", "成", "内", "容"]);
  });

  it("puts each entry in the shard of each of its names' first characters, and nowhere else", () => {
    const packed = packLexicon(buildLexicon("zh", files.terms, risks, paths("zh")));
    const shards = shardLexicon(packed);
    expect(shards).toHaveLength(SHARDS);
    const alignment = packed.find((e) => e[0] === "alignment")!;
    const holding = shards.flatMap((s, n) => (s.includes(alignment) ? [n] : []));
    const keys = unpackLexicon("zh", [alignment])[0]!.keys; // 对齐, alignment, ai alignment, 价值对齐…
    expect(keys).toEqual(expect.arrayContaining(["对齐", "alignment"]));
    expect(holding).toEqual([...new Set(keys.map((k) => shardOf(k[0]!)))].sort((a, b) => a - b));
    expect(holding.length).toBeLessThan(SHARDS / 2);
    // Sharding only splits: every entry is somewhere.
    expect(new Set(shards.flat())).toEqual(new Set(packed));
  });

  it.each([
    ["zh", "对齐"],
    ["zh", "什么是负责任扩展策略"],
    ["zh", "RLHF 的局限"],
    ["en", "what does a responsible scaling policy require"],
    ["en", "对齐"],
    ["en", "open-weight models and cyber offence"],
  ] as const)("finds in the query's shards every name the whole lexicon finds (%s: %s)", (lang, q) => {
    const packed = packLexicon(buildLexicon(lang, files.terms, risks, paths(lang)));
    const whole = unpackLexicon(lang, packed);
    const shards = shardLexicon(packed);
    const some = unpackLexicon(
      lang,
      shardsFor(q).flatMap((n) => shards[n]!),
    );
    const names = (lex: typeof whole) => findSpans(lexKey(q), lex).map((s) => `${s.entry.kind}:${s.entry.id}`);
    expect(names(some)).toEqual(names(whole));
    expect(names(whole).length).toBeGreaterThan(0);
    expect(expandQuery(q, some).queries).toEqual(expandQuery(q, whole).queries);
    expect(shardsFor(q).length).toBeLessThan(SHARDS);
  });
});
