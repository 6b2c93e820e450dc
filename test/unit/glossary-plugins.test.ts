import { describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { VFile } from "vfile";
import type { Root } from "hast";
import { remarkExplicitIds } from "../../src/markdown/plugins/explicit-ids.ts";
import { rehypeHeadingAnchors } from "../../src/markdown/plugins/heading-anchors.ts";
import { rehypeGlossaryTerms } from "../../src/markdown/plugins/glossary-terms.ts";
import { rehypeDiscussedIn } from "../../src/markdown/plugins/discussed-in.ts";
import { definitionIdOf } from "../../src/client/terms.ts";
import { definitionId } from "../../src/glossary/links.ts";

/** MDX components as plain elements, so the HTML can be printed (the site renders them with Astro). */
interface AnyNode {
  type: string;
  name?: string;
  children?: AnyNode[];
}
function rehypeJsxAsElements() {
  const visit = (node: AnyNode) => {
    if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") {
      Object.assign(node, { type: "element", tagName: "span", properties: { dataComponent: node.name } });
    }
    for (const c of node.children ?? []) visit(c);
  };
  return (tree: Root) => visit(tree as unknown as AnyNode);
}

/** Render Markdown as if it were the given chapter file, through the site's term plugins. */
function render(
  markdown: string,
  chapter = "reports/international-ai-safety-report-2025/zh/executive-summary.mdx",
): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkExplicitIds)
    .use(remarkRehype, { passThrough: ["mdxJsxFlowElement", "mdxJsxTextElement"] } as never)
    .use(rehypeHeadingAnchors)
    .use(rehypeGlossaryTerms)
    .use(rehypeDiscussedIn)
    .use(rehypeJsxAsElements)
    .use(rehypeStringify);
  const file = new VFile({ path: resolve("content", chapter), value: markdown });
  return String(processor.processSync(file));
}

const linked = (html: string) =>
  [...html.matchAll(/<a href="\/[a-z]+\/glossary\/([^/"]+)\/" class="term">([^<]+)<\/a>/g)].map(
    (m) => `${m[1]}:${m[2]}`,
  );

describe("linking glossary terms at build time", () => {
  it("links the first occurrence of each term in each section, longest name first", () => {
    const html = render(
      "## 一 \\{#one\\}\n\n失控风险与失控，以及通用型人工智能。\n\n再说失控。\n\n## 二 \\{#two\\}\n\n失控。\n",
    );
    expect(linked(html)).toEqual([
      "loss-of-control:失控风险",
      "general-purpose-ai:通用型人工智能",
      "loss-of-control:失控",
    ]);
  });

  it("never links inside headings, links, code, footnote markers or editor's notes", () => {
    const html = render(
      "## 失控 \\{#one\\}\n\n[失控](https://example.org) `失控` 失控[^1] <EditorNote>失控</EditorNote>\n\n[^1]: 失控\n",
    );
    expect(linked(html)).toEqual(["loss-of-control:失控"]);
    expect(html).toContain('<h2 id="one">失控</h2>');
  });

  it("links in the page's language only, and an English acronym only as a whole word", () => {
    const html = render(
      "Loss of control, 失控 and AGI, not MAGIC.\n",
      "reports/international-ai-safety-report-2025/en/executive-summary.mdx",
    );
    expect(linked(html)).toEqual(["loss-of-control:Loss of control", "agi:AGI"]);
  });

  it("leaves a term alone in a passage its noLinkIn names, and anything in a passage of no-links.yaml", () => {
    // agi.yaml lists executive-summary#scope, where 通用人工智能 means general-purpose AI.
    const html = render("通用人工智能的益处。 \\{#scope\\}\n\n通用人工智能。\n");
    expect(linked(html)).toEqual(["agi:通用人工智能"]);
    expect(html).toMatch(/<p id="scope"[^>]*>通用人工智能的益处。<\/p>/);
    const off = render(
      "## 地方 \\{#reading-local-policies\\}\n\n通用人工智能与基准测试。\n\n## 其后 \\{#after\\}\n\n基准测试。\n",
      "reports/best-practices-2024/zh/model-evaluations-red-teaming.mdx",
    );
    expect(linked(off)).toEqual(["benchmark:基准测试"]);
  });

  it("never links a term whose file says link: false", () => {
    expect(linked(render("风险与监测。\n"))).toEqual([]);
  });

  it("appends the definitions the previews show (first sentence), hidden and out of the search index", () => {
    const html = render("失控。\n");
    expect(html).toContain(
      '<div class="term-defs" hidden data-pagefind-ignore="" data-close-label="关闭" data-more="在术语表中查看“{term}”"><div id="gloss-loss-of-control" data-label="失控" data-href="/zh/glossary/loss-of-control/"><p>一个或多个通用型人工智能系统脱离任何人的控制、且没有明确途径重新获得控制的假想情景。</p></div></div>',
    );
  });

  it("shows, beside a cited passage, the terms and nodes that cite it", () => {
    const html = render(
      "## 失控 \\{#loss-of-control\\}\n\n正文。\n",
      "reports/international-ai-safety-report-2025/zh/part-2-risks.mdx",
    );
    expect(html).toMatch(
      /<div class="with-related"><div class="heading[^"]*"><h2 id="loss-of-control">.*<\/div><details class="discussed-in" data-pagefind-ignore=""><summary class="discussed-in__chip"><span aria-hidden="true">⋯ <\/span>\d+ 个相关条目<\/summary><div class="discussed-in__body"><span class="discussed-in__label">相关条目<\/span><ul><li class="discussed-in__group"><span class="discussed-in__kind" aria-hidden="true">术语：<\/span><ul><li><a href="\/zh\/glossary\/loss-of-control\/"><span class="sr-only">术语：<\/span>失控<\/a><\/li>.*<a href="\/zh\/risks\/iasr-risks\/loss-of-control\/">.*<\/details><\/div>/,
    );
  });

  it("the browser finds a term's definition from its link, under any base path", () => {
    expect(definitionIdOf("/kb/zh/glossary/loss-of-control/")).toBe(definitionId("loss-of-control"));
    expect(definitionIdOf("https://example.org/en/glossary/rlhf/")).toBe("gloss-rlhf");
  });
});

describe("linking organisations at build time, with the glossary terms", () => {
  const orgLinks = (html: string) =>
    [...html.matchAll(/<a href="\/[a-z]+\/organisations\/([^/"]+)\/" class="term term--org">([^<]+)<\/a>/g)].map(
      (m) => `${m[1]}:${m[2]}`,
    );

  it("links the first mention of each organisation per section, the longest name winning, never nested in a term link", () => {
    const html = render(
      "## 一 \\{#one\\}\n\n谷歌DeepMind和谷歌都提到失控；谷歌再次出现。\n\n## 二 \\{#two\\}\n\n谷歌。\n",
    );
    expect(orgLinks(html)).toEqual(["google-deepmind:谷歌DeepMind", "google:谷歌", "google:谷歌"]);
    expect(linked(html)).toEqual(["loss-of-control:失控"]);
    expect(html).not.toMatch(/<a [^>]*>[^<]*<a /);
  });

  it("never links an organisation in headings, links or editor's notes, nor in a word that only contains its name", () => {
    const html = render(
      "## OpenAI \\{#one\\}\n\n[OpenAI](https://openai.com)<EditorNote inline>OpenAI</EditorNote>由国家网信办联合国家发展改革委发布。\n",
    );
    expect(orgLinks(html)).toEqual(["cac:国家网信办"]);
  });

  it("matches English names in their exact case only (Meta, not meta-analysis)", () => {
    const html = render(
      "A meta-analysis; then Meta and Inflection.\n",
      "reports/international-ai-safety-report-2025/en/executive-summary.mdx",
    );
    expect(orgLinks(html)).toEqual(["meta:Meta", "inflection:Inflection"]);
  });

  it("appends the organisations' notes for the previews, and the browser finds them from the link", () => {
    const html = render("Anthropic发布了政策。\n");
    expect(html).toMatch(
      /<div id="gloss-org-anthropic" data-label="Anthropic" data-href="\/zh\/organisations\/anthropic\/"><p>公司 · 美国。文献中有 \d+ 处段落提到它。<\/p><\/div>/,
    );
    expect(definitionIdOf("/kb/en/organisations/anthropic/")).toBe("gloss-org-anthropic");
  });
});
