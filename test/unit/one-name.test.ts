import { describe, expect, it } from "vitest";
import { nameGaps, type NamedEntry } from "../../src/organisations/one-name.ts";
import { readPagePairs } from "../../src/organisations/page-texts.ts";
import { organisationEntries, speakerEntries, termEntries } from "../../src/organisations/entries.ts";
import { speakersSchema } from "../../src/schemas/speaker.ts";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { readOrganisationFiles } from "../../src/organisations/files.ts";
import { readGlossaryFiles } from "../../src/glossary/files.ts";
import type { OwnText } from "../../src/passages/own-text.ts";

const text = (t: string): OwnText => ({ kind: "passage", text: t });

describe("one name per body and term (pure)", () => {
  const entries: NamedEntry[] = [
    { key: "organisation:google", zh: ["谷歌"], en: ["Google"], exactCase: true },
    { key: "organisation:google-deepmind", zh: ["谷歌DeepMind"], en: ["Google DeepMind"], exactCase: true },
    { key: "organisation:un", zh: ["联合国"], en: ["United Nations", "UN"], notIn: ["联合国家"], exactCase: true },
  ];
  const pair = (zh: string, en: string) => [
    { page: "r/c", zh: new Map([["a", text(zh)]]), en: new Map([["a", text(en)]]) },
  ];

  it("reports a passage whose English uses none of the entry's names", () => {
    expect(nameGaps(entries, pair("谷歌发布了模型。", "The company released a model."))).toEqual([
      { passage: "r/c#a", entry: "organisation:google" },
    ]);
  });

  it("reads the longest Chinese name, and skips words that only contain a name", () => {
    expect(nameGaps(entries, pair("谷歌DeepMind发布了。", "Google DeepMind released it."))).toEqual([]);
    expect(nameGaps(entries, pair("国家网信办联合国家发展改革委发布。", "The CAC and the NDRC issued it."))).toEqual(
      [],
    );
  });

  it("matches an organisation's English names in their exact case", () => {
    expect(nameGaps(entries, pair("联合国", "the united nations"))).toHaveLength(1);
    expect(nameGaps(entries, pair("联合国", "the UN"))).toEqual([]);
  });
});

describe("one name per person (pure)", () => {
  const person = (id: string, zh: string, en: string, more: Record<string, unknown> = {}) =>
    speakersSchema.parse([{ id, name: { zh, en }, evidence: { zh: "名单。", en: "The list." }, ...more }])[0]!;
  const entries = speakerEntries([
    person("zeng-yi", "曾毅", "Zeng Yi", { aliases: ["Yi Zeng"] }),
    person("yoshua-bengio", "约书亚·本吉奥", "Yoshua Bengio"),
    person("unidentified-x", "宋教授（身份未确认）", "Professor Song (unidentified)", {
      unidentified: true,
      note: { zh: "未说明。", en: "Not said." },
    }),
  ]);
  const pair = (zh: string, en: string) => [
    { page: "forum/e/t", zh: new Map([["p-1", text(zh)]]), en: new Map([["p-1", text(en)]]) },
  ];

  it("checks people whose Chinese name is in Chinese characters, not foreign or unidentified ones", () => {
    expect(entries.map((e) => e.key)).toEqual(["speaker:zeng-yi"]);
  });

  it("accepts the English name or a published alias, and reports any other form", () => {
    expect(nameGaps(entries, pair("曾毅老师提出了红线。", "Zeng Yi proposed red lines."))).toEqual([]);
    expect(nameGaps(entries, pair("曾毅老师提出了红线。", "Yi Zeng proposed red lines."))).toEqual([]);
    expect(nameGaps(entries, pair("曾毅老师提出了红线。", "Professor Zeng proposed red lines."))).toEqual([
      { passage: "forum/e/t#p-1", entry: "speaker:zeng-yi" },
    ]);
  });
});

describe("one name per body, term and person, across the library", () => {
  const { organisations, exceptions } = readOrganisationFiles("content");
  const { terms } = readGlossaryFiles("content");
  const pages = readPagePairs("content");
  const speakers = speakersSchema.parse(parse(readFileSync("content/speakers.yaml", "utf8")));
  const entries = [...organisationEntries(organisations), ...termEntries(terms), ...speakerEntries(speakers)];
  // Glossary terms are checked where their files cite them: a term's Chinese name is often an
  // ordinary word elsewhere (扩展 "extend", 监测 "monitor"). Organisations are checked everywhere.
  const cited = new Map(terms.map((t) => [`term:${t.id}`, new Set([...t.defines, ...t.passages])]));
  const gaps = nameGaps(entries, pages).filter((g) => cited.get(g.entry)?.has(g.passage) ?? true);
  const listed = new Set(exceptions.flatMap((e) => e.passages.map((p) => `${e.entry} ${p}`)));
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const fileOf = (passage: string) => pages.find((p) => passage.startsWith(`${p.page}#`))!.files.en;

  it("the English of every passage that names an entry in Chinese uses one of its English names, or is listed with a reason", () => {
    const unlisted = gaps
      .filter((g) => !listed.has(`${g.entry} ${g.passage}`))
      .map((g) => {
        const e = byKey.get(g.entry)!;
        return `${fileOf(g.passage)} #${g.passage.split("#")[1]}: the Chinese names ${g.entry} (${e.zh[0]}), the English uses none of ${e.en.join(", ")} (list it in content/organisations/exceptions.yaml with a reason, or fix the translation)`;
      });
    expect(unlisted).toEqual([]);
  });

  it("every listed exception is still needed", () => {
    const found = new Set(gaps.map((g) => `${g.entry} ${g.passage}`));
    const stale = [...listed].filter((l) => !found.has(l));
    expect(stale, "content/organisations/exceptions.yaml lists passages that now use the English name").toEqual([]);
  });
});
