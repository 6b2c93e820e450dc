import { describe, expect, it } from "vitest";
import { arxivId, doiOf, normaliseTitle, normaliseUrl, workKeys } from "../../src/sources/normalise.ts";
import { normaliseDate, parseFootnoteText, parseSourceLinkText } from "../../src/sources/citing-text.ts";
import { inferKind, inferYear } from "../../src/sources/infer.ts";
import { buildBibliography, slugFor, type PlacedCitation } from "../../src/sources/build.ts";
import { citationsOfTree } from "../../src/sources/citations.ts";
import { markdownTree } from "../../src/markdown/pipeline.ts";
import { filterFromParams, matchesFilter, pickBibtex, pickCsl } from "../../src/sources/filter.ts";
import { toBibtex, toBibtexEntry, toCsl } from "../../src/sources/export.ts";
import { sourceSchema, type Source } from "../../src/schemas/sources.ts";
import { forumCitationsSchema } from "../../src/schemas/forum-citations.ts";
import { addNamedWorks, withoutMentions } from "../../src/sources/named.ts";

describe("normalised keys of a cited work", () => {
  it("drops scheme, www, trailing slash, fragment and tracking parameters, keeps what names a page", () => {
    expect(normaliseUrl("https://www.Example.org/a/b/?utm_source=x&id=3#top")).toBe("example.org/a/b?id=3");
    expect(normaliseUrl("http://example.org/a/b")).toBe("example.org/a/b");
    expect(normaliseUrl("https://openai.com/blog/chatgpt?ref=blog-ko.allganize.ai")).toBe("openai.com/blog/chatgpt");
    expect(normaliseUrl("https://example.org/index.html")).toBe("example.org");
    expect(normaliseUrl("https://example.org/a?id=3")).not.toBe(normaliseUrl("https://example.org/a?id=4"));
  });

  it("reads arXiv ids from abs, pdf and versioned links, and DOIs from doi.org links", () => {
    expect(arxivId("https://arxiv.org/abs/2305.15324")).toBe("2305.15324");
    expect(arxivId("https://arxiv.org/pdf/2204.05862.pdf")).toBe("2204.05862");
    expect(arxivId("http://arxiv.org/abs/2206.05802v2")).toBe("2206.05802");
    expect(arxivId("https://example.org/abs/2206.05802")).toBeUndefined();
    expect(doiOf("https://doi.org/10.1038/s41586-023-06291-2")).toBe("10.1038/s41586-023-06291-2");
    expect(doiOf("https://example.org/a")).toBeUndefined();
  });

  it("gives a work its keys: arXiv id and URL for a link, the title only when there is no link", () => {
    expect(workKeys({ url: "https://arxiv.org/pdf/2204.05862.pdf" })).toEqual([
      "arxiv:2204.05862",
      "url:arxiv.org/pdf/2204.05862.pdf",
    ]);
    expect(workKeys({ title: "Attention Is All You Need!" })).toEqual(["title:attentionisallyouneed"]);
    expect(normaliseTitle("“GPT-4 System Card”")).toBe(normaliseTitle("GPT-4 system card"));
  });
});

describe("what a citation says, read from its own words", () => {
  it("reads a note: publisher, title, the original title of a translation, the date", () => {
    expect(parseFootnoteText("Meta, “", "AI systems that generate images", "”, 2023-09-27.")).toEqual({
      title: "AI systems that generate images",
      publisher: "Meta",
      date: "2023-09-27",
    });
    expect(parseFootnoteText("Concordia AI, “", "Defence in depth", "” (《纵深防御》), WeChat, 2022-9-7.")).toEqual({
      title: "Defence in depth",
      publisher: "Concordia AI",
      date: "2022-09-07",
      originalTitle: "纵深防御",
    });
    expect(parseFootnoteText("Guohai Xu et al., “", "CValues", "”, 2023-07-19.").publisher).toBe("Guohai Xu et al.");
    expect(parseFootnoteText("", "Anthropic's Responsible Scaling Policy", ", 2023-09-19.").publisher).toBeUndefined();
  });

  it("reads a slide source: a trailing bracket with a name and a year, in either script", () => {
    expect(parseSourceLinkText("Frontier Model Forum（OpenAI，2023）")).toEqual({
      title: "Frontier Model Forum",
      publisher: "OpenAI",
      date: "2023",
    });
    expect(parseSourceLinkText("Red Teaming Language Models (Perez et al., 2022)")).toEqual({
      title: "Red Teaming Language Models",
      publisher: "Perez et al.",
      date: "2022",
    });
    expect(parseSourceLinkText("Update on recent evals (ARC Evals, 2023-03-18)").date).toBe("2023-03-18");
    expect(parseSourceLinkText("Preparedness Framework (Beta)")).toEqual({ title: "Preparedness Framework (Beta)" });
    expect(parseSourceLinkText("Epoch: trends (compute trends)")).toEqual({ title: "Epoch: trends (compute trends)" });
  });

  it("keeps only plausible dates", () => {
    expect(normaliseDate("2023-1-5")).toBe("2023-01-05");
    expect(normaliseDate("2023-13-01")).toBe("2023");
    expect(normaliseDate("1024")).toBeUndefined();
  });
});

describe("inferred kinds and years", () => {
  it.each([
    ["https://arxiv.org/abs/2305.15324", "Model evaluation for extreme risks", "", "paper"],
    ["https://example.org/x", "Some study", "Perez et al.", "paper"],
    ["https://huggingface.co/datasets/x/y", "Y", "", "dataset"],
    ["https://www.gov.cn/zhengce/2023/content.htm", "生成式人工智能服务管理暂行办法", "", "policy"],
    ["https://example.org/eu", "The EU AI Act", "", "policy"],
    ["https://www.reuters.com/technology/x", "A story", "", "news"],
    ["https://mp.weixin.qq.com/s/abc", "文章", "安远AI", "blog"],
    ["https://openai.com/blog/frontier-model-forum", "Frontier Model Forum", "OpenAI", "blog"],
    ["https://cdn.openai.com/papers/gpt-4-system-card.pdf", "GPT-4 System Card", "OpenAI", "report"],
    ["https://incidentdatabase.ai/", "AI Incident Database", "AIID", "website"],
  ])("%s → %s", (url, title, publisher, kind) => {
    expect(inferKind(url, title, publisher)).toBe(kind);
  });

  it("reads a year from an arXiv id or a dated path, and none otherwise", () => {
    expect(inferYear("https://arxiv.org/abs/2305.15324")).toBe(2023);
    expect(inferYear("https://yoshuabengio.org/2023/04/05/slowing-down/")).toBe(2023);
    expect(inferYear("http://www.cac.gov.cn/2023-10/18/c_1.htm")).toBe(2023);
    expect(inferYear("https://incidentdatabase.ai/")).toBeUndefined();
  });
});

const cite = (
  page: string,
  url: string,
  title: string,
  place: PlacedCitation["zh"]["place"],
  extra = {},
): PlacedCitation => {
  const c = { title, url, place, passages: ["s1"], ...extra };
  return { page, zh: c, en: c };
};

describe("building the bibliography", () => {
  it("merges one work cited by a note and a source list (arXiv abs and pdf), and lists both places", () => {
    const { entries, merged } = buildBibliography([
      cite(
        "best-practices-2024/a",
        "https://arxiv.org/abs/2204.05862",
        "Training a Helpful and Harmless Assistant",
        { note: 3 },
        { date: "2022-04-12" },
      ),
      cite("frontier-models-2023/b", "https://arxiv.org/pdf/2204.05862.pdf", "HH-RLHF", { list: "x-sources", item: 2 }),
      cite("frontier-models-2023/b", "https://example.org/other", "Other", { list: "x-sources", item: 3 }),
    ]);
    expect(merged).toBe(1);
    expect(entries).toHaveLength(2);
    const hh = entries.find((e) => e.arxiv === "2204.05862")!;
    expect(hh).toMatchObject({
      id: "training-a-helpful-and-harmless-assistant",
      url: "https://arxiv.org/abs/2204.05862",
      urls: ["https://arxiv.org/pdf/2204.05862.pdf"],
      kind: "paper",
      year: 2022,
      date: "2022-04-12",
      inferred: ["kind"],
      citedIn: [
        { ref: "best-practices-2024/a#s1", note: 3 },
        { ref: "frontier-models-2023/b#s1", list: "x-sources", item: 2 },
      ],
    });
    expect(entries.find((e) => e.url === "https://example.org/other")!.inferred).toEqual(["kind"]);
  });

  it("keeps the ids and reviewed kinds of the previous file", () => {
    const cites = [cite("r/c", "https://example.org/a", "A page", { note: 1 })];
    const first = buildBibliography(cites).entries;
    const reviewed = [{ ...first[0]!, id: "a-reviewed-id", kind: "report" as const, inferred: undefined }];
    expect(buildBibliography(cites, reviewed).entries[0]).toMatchObject({ id: "a-reviewed-id", kind: "report" });
    expect(buildBibliography(cites, reviewed).entries[0]!.inferred).toBeUndefined();
  });

  it("makes ids from English titles, else from the link", () => {
    expect(slugFor("Red Teaming Language Models with Language Models", "")).toBe(
      "red-teaming-language-models-with-language-models",
    );
    expect(slugFor("生成式人工智能", "https://www.gov.cn/zhengce/x")).toBe("gov-cn-zhengce-x");
  });
});

describe("the citations of a page, through the shared Markdown pipeline", () => {
  const mdx = [
    "## Section \\{#sec\\}",
    "",
    "A claim.[^4] \\{#claim\\}",
    "",
    '<Sources id="sec-sources">',
    "",
    "- [Title one (Org, 2023)](https://example.org/one)",
    "- [Title two](https://example.org/two) <EditorNote inline>See [elsewhere](https://example.org/note).</EditorNote>",
    "",
    "</Sources>",
    "",
    "- Amazon：[https://aws.example/x](https://aws.example/x) \\{#lab-amazon\\}",
    "",
    "[^4]: Meta, “[A page](https://example.org/four)”, 2023-10-20.",
  ].join("\n");
  const cites = citationsOfTree(markdownTree(mdx, "/content/reports/r/en/c.mdx", "as-written"));

  it("finds notes with the passage that calls them, source-list items by position, and links in the text; never editor's links", () => {
    expect(cites.map((c) => [c.url, c.place, c.passages])).toEqual([
      ["https://example.org/four", { note: 4 }, ["claim"]],
      ["https://example.org/one", { list: "sec-sources", item: 1 }, ["sec"]],
      ["https://example.org/two", { list: "sec-sources", item: 2 }, ["sec"]],
      ["https://aws.example/x", { link: 1 }, ["lab-amazon"]],
    ]);
    expect(cites[0]).toMatchObject({ title: "A page", publisher: "Meta", date: "2023-10-20" });
    expect(cites[1]).toMatchObject({ title: "Title one", publisher: "Org", date: "2023" });
    expect(cites[3]!.title).toBe("Amazon");
  });
});

describe("the page's filter and the exports", () => {
  const entry = {
    text: "is power-seeking ai an existential risk? joseph carlsmith",
    docs: ["frontier-models-2023"],
    kind: "paper",
    year: "2022",
  };
  it("matches every word of the text box, and the document, kind and year chosen", () => {
    expect(matchesFilter(entry, { q: "Carlsmith" })).toBe(true);
    expect(matchesFilter(entry, { q: "carlsmith power" })).toBe(true);
    expect(matchesFilter(entry, { q: "carlsmith bengio" })).toBe(false);
    expect(matchesFilter(entry, { doc: "best-practices-2024" })).toBe(false);
    expect(matchesFilter(entry, { doc: "frontier-models-2023", kind: "paper", year: "2022" })).toBe(true);
    expect(matchesFilter(entry, { year: "2023" })).toBe(false);
    expect(filterFromParams(new URLSearchParams("doc=best-practices-2024&x=1"))).toEqual({
      doc: "best-practices-2024",
    });
  });

  const source: Source = {
    id: "model-evaluation-for-extreme-risks",
    title: "Model evaluation for extreme risks",
    publisher: { zh: "谷歌DeepMind等", en: "Google DeepMind et al." },
    url: "https://arxiv.org/abs/2305.15324",
    arxiv: "2305.15324",
    kind: "paper",
    year: 2023,
    date: "2023-05-24",
    citedIn: [{ ref: "best-practices-2024/x#y", note: 28 }],
  };

  it("writes BibTeX and CSL-JSON in the page's language, with no field the citation does not give", () => {
    expect(toBibtexEntry(source, "en")).toBe(
      [
        "@misc{model-evaluation-for-extreme-risks,",
        "  title = {{Model evaluation for extreme risks}},",
        "  author = {{Google DeepMind et al.}},",
        "  year = {2023},",
        "  month = {5},",
        "  url = {https://arxiv.org/abs/2305.15324},",
        "  eprint = {2305.15324},",
        "  archiveprefix = {arXiv}",
        "}",
      ].join("\n"),
    );
    expect(toCsl(source, "zh")).toEqual({
      id: "model-evaluation-for-extreme-risks",
      type: "article",
      title: "Model evaluation for extreme risks",
      author: [{ literal: "谷歌DeepMind等" }],
      issued: { "date-parts": [[2023, 5, 24]] },
      URL: "https://arxiv.org/abs/2305.15324",
      number: "arXiv:2305.15324",
    });
    expect(toBibtexEntry({ ...source, title: "R&D 100% {x}", publisher: undefined }, "en")).toContain(
      "title = {{R\\&D 100\\% \\{x\\}}}",
    );
  });

  it("picks the entries shown out of the whole files", () => {
    const other = { ...source, id: "other" };
    const bib = toBibtex([source, other], "en");
    expect(pickBibtex(bib, new Set(["other"]))).toBe(toBibtexEntry(other, "en") + "\n");
    expect(pickBibtex(bib, new Set())).toBe("");
    expect(pickCsl([toCsl(source, "en"), toCsl(other, "en")], new Set(["other"])).map((i) => i.id)).toEqual(["other"]);
  });
});

it("an id never begins with a digit (it is an HTML id)", () => {
  expect(slugFor("2022 Expert Survey on Progress in AI", "")).toBe("work-2022-expert-survey-on-progress-in-ai");
});

describe("works the forum names without a link (content/sources/forum-citations.yaml)", () => {
  const linked: Source = {
    id: "statement-on-ai-risk",
    title: "Statement on AI Risk",
    url: "https://www.safe.ai/statement-on-ai-risk",
    kind: "website",
    citedIn: [
      { ref: "frontier-models-2023/risks#global-xrisk-concern", list: "global-xrisk-concern-sources", item: 3 },
    ],
  };
  const works = forumCitationsSchema.parse([
    {
      entry: "statement-on-ai-risk",
      evidence: "The talk names the statement.",
      citedIn: [{ ref: "forum/e/t#p-8", quote: { zh: "关于AI风险的声明", en: "Statement on AI Risk" } }],
    },
    {
      id: "attention-is-all-you-need",
      title: "Attention Is All You Need",
      kind: "paper",
      year: 2017,
      citedIn: [{ ref: "forum/e/u#p-5", quote: { zh: "Attention is All You Need", en: "Attention Is All You Need" } }],
    },
  ]);

  it("adds a new entry with only what the talk gives, and places on the entry a talk names", () => {
    const { entries, problems } = addNamedWorks([linked], works);
    expect(problems).toEqual([]);
    expect(entries[0]!.citedIn.at(-1)).toEqual({ ref: "forum/e/t#p-8", mention: true });
    expect(entries[1]).toEqual({
      id: "attention-is-all-you-need",
      title: "Attention Is All You Need",
      kind: "paper",
      year: 2017,
      citedIn: [{ ref: "forum/e/u#p-5", mention: true }],
    });
    expect(withoutMentions(entries[0]!)).toEqual(linked);
    expect(addNamedWorks([], works).problems).toEqual([
      { field: "0.entry", message: 'no bibliography entry has the id "statement-on-ai-risk"' },
    ]);
  });

  it("asks for a new work's title and kind, and for evidence where it names an entry", () => {
    const r = forumCitationsSchema.safeParse([
      { entry: "x", citedIn: [{ ref: "forum/e/t#p-1", quote: { zh: "甲", en: "A" } }] },
      { id: "y", citedIn: [{ ref: "reports/r/c#a", quote: { zh: "甲", en: "A" } }] },
    ]);
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["0.evidence", "1.title", "1.kind", "1.citedIn.0.ref"]));
  });

  it("lets only a work every passage names go without a link, and exports it without one", () => {
    const named = addNamedWorks([], works.slice(1)).entries[0]!;
    expect(sourceSchema.safeParse(named).success).toBe(true);
    expect(sourceSchema.safeParse({ ...named, citedIn: [{ ref: "forum/e/u#p-5", note: 1 }] }).success).toBe(false);
    expect(toBibtexEntry(named, "en")).toBe(
      "@misc{attention-is-all-you-need,\n  title = {{Attention Is All You Need}},\n  year = {2017}\n}",
    );
    expect(toCsl(named, "en")).not.toHaveProperty("URL");
  });
});
