import { describe, expect, it } from "vitest";
import { alignBlocks } from "../../src/editions/align.ts";
import { splitBlocks, takeTermDefinitions } from "../../src/editions/blocks.ts";
import { parseFragment, serialize } from "../../src/editions/html.ts";
import { absoluteLink, documentLink } from "../../src/editions/links.ts";
import { onePageChapterHtml } from "../../src/editions/one-page.ts";
import { onePageLink, parallelLink } from "../../src/editions/page-links.ts";
import { parallelHtml, type ParallelColumn } from "../../src/editions/parallel.ts";
import { idsOf, rewriteTree } from "../../src/editions/rewrite.ts";
import { parallelOf, pageOfParallel } from "../../src/editions/paths.ts";
import { cssString, runningHeadCss } from "../../src/editions/running-head.ts";
import { sharedHash } from "../../src/client/lang-switch.ts";
import type { Block } from "../../src/editions/types.ts";

const keys = (html: string) => splitBlocks(parseFragment(html)).map((b) => b.key);
const block = (key: string): Block => ({ key, nodes: [] });
const shape = (rows: ReturnType<typeof alignBlocks>) =>
  rows.map((r) => `${r.primary?.key ?? "-"}|${r.secondary?.key ?? "-"}`);

describe("cutting a chapter at its ids", () => {
  it("starts a block at each element with an id, at a heading wrapper and at the notes section", () => {
    const html = `<p>Intro</p><div class="heading"><h2 id="a">A</h2><a href="#a">#</a></div><p>one</p><p id="b">two</p><p>three</p>
      <section class="footnotes"><h2 id="footnote-label">Notes</h2><ol><li id="fn-1">x</li></ol></section>`;
    expect(keys(html)).toEqual(["", "a", "b", "footnote-label"]);
  });

  it("starts a block at a passage wrapped with its related entries", () => {
    const related = `<details class="discussed-in"><summary>⋯ 1 related</summary><ul><li>x</li></ul></details>`;
    const html = `<div class="with-related"><div class="heading"><h2 id="a">A</h2></div>${related}</div><p>one</p>
      <div class="with-related"><p id="b">two</p>${related}</div><div><div><p id="c">not a block</p></div></div>`;
    expect(keys(html)).toEqual(["a", "b"]);
  });

  it("keeps what follows an id with it, up to the next id", () => {
    const blocks = splitBlocks(parseFragment(`<p id="a">one</p><p>two</p><ul><li>three</li></ul><p id="b">four</p>`));
    expect(blocks.map((b) => serialize({ type: "root", children: b.nodes }))).toEqual([
      `<p id="a">one</p><p>two</p><ul><li>three</li></ul>`,
      `<p id="b">four</p>`,
    ]);
  });

  it("cuts a list between items with ids, and an ordered list keeps its numbers", () => {
    const tree = parseFragment(`<ol start="3"><li>c</li><li id="d">d</li><li>e</li><li id="f">f</li></ol>`);
    const blocks = splitBlocks(tree);
    expect(blocks.map((b) => b.key)).toEqual(["", "d", "f"]);
    expect(blocks.map((b) => serialize({ type: "root", children: b.nodes }))).toEqual([
      `<ol start="3"><li>c</li></ol>`,
      `<ol start="4"><li id="d">d</li><li>e</li></ol>`,
      `<ol start="6"><li id="f">f</li></ol>`,
    ]);
  });

  it("takes every block of hidden definitions (terms, then organisations) out of the text", () => {
    const tree = parseFragment(
      `<p id="a">x</p><div class="term-defs" hidden><div id="gloss-x">def</div></div>` +
        `<div class="term-defs" hidden><div id="gloss-org-y">note</div></div>`,
    );
    const defs = takeTermDefinitions(tree);
    expect(defs.map((d) => (d.children[0] as { properties: { id: string } }).properties.id)).toEqual([
      "gloss-x",
      "gloss-org-y",
    ]);
    expect(keys(serialize(tree))).toEqual(["a"]);
  });
});

describe("aligning two editions by id", () => {
  it("pairs blocks with the same id", () => {
    expect(shape(alignBlocks([block(""), block("a"), block("b")], [block(""), block("a"), block("b")]))).toEqual([
      "|",
      "a|a",
      "b|b",
    ]);
  });

  it("aligns by id, not by position: a passage missing in one edition shows as missing", () => {
    expect(shape(alignBlocks([block("a"), block("b"), block("c")], [block("a"), block("c")]))).toEqual([
      "a|a",
      "b|-",
      "c|c",
    ]);
    expect(shape(alignBlocks([block("a"), block("c")], [block("a"), block("x"), block("c")]))).toEqual([
      "a|a",
      "-|x",
      "c|c",
    ]);
  });

  it("keeps each edition's own order when the two disagree", () => {
    const rows = alignBlocks([block("a"), block("b"), block("c")], [block("b"), block("a"), block("c")]);
    expect(rows.map((r) => r.primary?.key).filter(Boolean)).toEqual(["a", "b", "c"]);
    expect(rows.map((r) => r.secondary?.key).filter(Boolean)).toEqual(["b", "a", "c"]);
    expect(shape(rows).at(-1)).toBe("c|c");
  });
});

describe("prefixing ids", () => {
  it("prefixes ids and everything that refers to them", () => {
    const tree = parseFragment(
      `<p id="a">x<sup><a href="#fn-1" id="ref-1" aria-describedby="label">1</a></sup></p><label for="q">q</label><a href="/en/glossary/x/">t</a>`,
    );
    rewriteTree(tree, { prefix: "zh--", link: (h) => `${h}?moved` });
    expect(serialize(tree)).toBe(
      `<p id="zh--a">x<sup><a href="#zh--fn-1" id="zh--ref-1" aria-describedby="zh--label">1</a></sup></p><label for="zh--q">q</label><a href="/en/glossary/x/?moved">t</a>`,
    );
    expect(idsOf(tree)).toEqual(["zh--a", "zh--ref-1"]);
  });

  it("points a chart's paint references at its prefixed pattern, so the hatching still shows", () => {
    const tree = parseFragment(
      `<svg><defs><pattern id="hatch"></pattern></defs><rect fill="url(#hatch)" stroke="red"></rect><use href="#hatch"></use></svg>`,
    );
    rewriteTree(tree, { prefix: "c1--" });
    expect(serialize(tree)).toBe(
      `<svg><defs><pattern id="c1--hatch"></pattern></defs><rect fill="url(#c1--hatch)" stroke="red"></rect><use href="#c1--hatch"></use></svg>`,
    );
  });
});

describe("links in moved text", () => {
  const doc = { roots: { zh: "/kb/zh/reports/r/", en: "/kb/en/reports/r/" }, slug: "risks" };

  it("recognises links to pages of the same document", () => {
    expect(documentLink("../contributors/#lead", "/kb/en/reports/r/risks/", doc.roots)).toEqual({
      lang: "en",
      part: "contributors",
      hash: "lead",
    });
    expect(documentLink("/kb/zh/reports/r/risks/", "/kb/en/reports/r/x/", doc.roots)).toEqual({
      lang: "zh",
      part: "risks",
      hash: "",
    });
    expect(documentLink("/kb/en/glossary/x/", "/kb/en/reports/r/risks/", doc.roots)).toBeUndefined();
    expect(
      documentLink("https://example.org/kb/en/reports/r/x/", "/kb/en/reports/r/risks/", doc.roots),
    ).toBeUndefined();
  });

  it("makes relative links absolute and leaves the rest", () => {
    expect(absoluteLink("../x/#a", "/kb/en/reports/r/risks/")).toBe("/kb/en/reports/r/x/#a");
    expect(absoluteLink("https://example.org/", "/kb/en/")).toBe("https://example.org/");
    expect(absoluteLink("/kb/en/", "/kb/en/x/")).toBe("/kb/en/");
  });

  it("parallel view: own chapter → the passage on this page; another chapter → its parallel view in the page's language", () => {
    const second = parallelLink(doc, "zh", "en", "zh--");
    expect(second("../risks/#bio")).toBe("#zh--bio");
    expect(second("../contributors/#lead")).toBe("/kb/en/reports/r/contributors/parallel/#lead");
    expect(second("/kb/en/glossary/x/")).toBe("/kb/en/glossary/x/");
  });

  it("one-page edition: a link within the document becomes a place on the page", () => {
    const link = onePageLink(doc, "en");
    expect(link("../contributors/#lead")).toBe("#contributors--lead");
    expect(link("../contributors/")).toBe("#contributors");
    expect(link("/kb/zh/reports/r/contributors/")).toBe("/kb/zh/reports/r/contributors/");
  });
});

describe("parallel view text", () => {
  const column = (html: string, htmlLang: string, prefix: string): ParallelColumn => ({
    html,
    htmlLang,
    label: htmlLang,
    prefix,
    link: (h) => h,
    missing: `missing ${htmlLang}`,
  });

  it("puts the page's language first in each row, labels each cell's language, and keeps ids unique", () => {
    const html = parallelHtml(
      column(`<h2 id="a">A</h2><p id="b">B</p><p id="only-en">E</p>`, "en", ""),
      column(`<h2 id="a">甲</h2><p id="b">乙</p>`, "zh-CN", "zh--"),
    );
    const tree = parseFragment(html);
    expect(idsOf(tree)).toEqual(["a", "zh--a", "b", "zh--b", "only-en"]);
    expect(html).toContain(
      `<div class="parallel__cell parallel__cell--secondary parallel__cell--missing" lang="zh-CN" data-lang-label="zh-CN" data-id-prefix="zh--"><p class="parallel__missing">missing zh-CN</p></div>`,
    );
    expect(html.indexOf(">A<")).toBeLessThan(html.indexOf(">甲<"));
  });
});

describe("one-page edition text", () => {
  it("prefixes ids with the chapter, keeps footnote numbers and puts headings one level down", () => {
    const html = onePageChapterHtml(
      `<h2 id="a">A</h2><p>x<sup><a href="#user-content-fn-57" id="user-content-fnref-57" data-footnote-ref>57</a></sup></p><section class="footnotes"><h2 id="footnote-label">Notes</h2><ol><li id="user-content-fn-57" value="57">n</li></ol></section>`,
      "risks",
      (h) => h,
    );
    expect(html).toContain(`<h3 id="risks--a">A</h3>`);
    expect(html).toContain(
      `<a href="#risks--user-content-fn-57" id="risks--user-content-fnref-57" data-footnote-ref="">57</a>`,
    );
    expect(html).toContain(`<li id="risks--user-content-fn-57" value="57">`);
  });
});

describe("paths and running heads", () => {
  it("builds the addresses", () => {
    expect(parallelOf("/kb/en/reports/r/risks/")).toBe("/kb/en/reports/r/risks/parallel/");
    expect(pageOfParallel("/kb/en/reports/r/risks/parallel/")).toBe("/kb/en/reports/r/risks/");
  });

  it("a parallel view's second-column place becomes the shared id when switching", () => {
    expect(sharedHash("#zh--risks")).toBe("#risks");
    expect(sharedHash("#risks")).toBe("#risks");
  });

  it("escapes the title in the running head", () => {
    expect(cssString(`A "quoted" \\ title</style>`)).toBe(`"A \\"quoted\\" \\\\ title\\3c /style>"`);
    expect(runningHeadCss("Report")).toContain(`@top-center { content: "Report";`);
  });
});
