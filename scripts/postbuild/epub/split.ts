/**
 * The one-page edition (dist/{lang}/…/all/index.html) split into what an EPUB
 * holds: the front matter, the contents and one part per chapter or talk. The
 * EPUB is made from the same rendered HTML as the one-page edition, so the two
 * never differ in text.
 */
import type { Element, ElementContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { elements, findElement, hasClass, toString } from "./text.ts";

export interface ContentsEntry {
  /** The id the one-page edition links to (a chapter's slug or a prefixed section id). */
  id: string;
  title: string;
  children: ContentsEntry[];
}

export interface EditionChapter {
  /** The chapter's or talk's slug (the section's id on the one-page edition). */
  id: string;
  title: string;
  /** Everything in the chapter after its title. */
  body: ElementContent[];
}

export interface SplitEdition {
  lang: string;
  title: string;
  subtitle?: string;
  /** Metadata, introduction or abstract, citation, editor's notes: what comes before the contents. */
  front: ElementContent[];
  contents: ContentsEntry[];
  chapters: EditionChapter[];
}

function contentsOf(list: Element): ContentsEntry[] {
  return elements(list.children)
    .filter((li) => li.tagName === "li")
    .map((li) => {
      const link = elements(li.children).find((e) => e.tagName === "a");
      const sub = elements(li.children).find((e) => e.tagName === "ol");
      const href = String(link?.properties.href ?? "");
      if (!link || !href.startsWith("#"))
        throw new Error(`a contents entry without a link within the page: ${toString(li)}`);
      return { id: href.slice(1), title: toString(link).trim(), children: sub ? contentsOf(sub) : [] };
    });
}

/** Split a one-page edition's HTML; `file` names it in error messages. */
export function splitOnePage(html: string, file: string): SplitEdition {
  const tree = fromHtml(html);
  const fail = (problem: string): never => {
    throw new Error(`${file}: ${problem} (EPUB edition, scripts/postbuild/epub/split.ts)`);
  };
  const htmlEl = findElement(tree, (e) => e.tagName === "html") ?? fail("no <html> element");
  const lang = String(htmlEl.properties.lang ?? "") || fail("no lang on <html>");
  const article =
    findElement(tree, (e) => e.tagName === "article" && hasClass(e, "edition")) ?? fail("no <article class=edition>");
  const header = elements(article.children).find((e) => e.tagName === "header") ?? fail("no front header");
  const h1 = findElement(header, (e) => e.tagName === "h1") ?? fail("no <h1>");
  const subtitle = findElement(header, (e) => hasClass(e, "subtitle"));
  const front: ElementContent[] = [];
  const chapters: EditionChapter[] = [];
  let contents: ContentsEntry[] | undefined;
  for (const node of article.children) {
    if (node === header) continue;
    if (node.type === "element" && node.tagName === "nav" && hasClass(node, "edition-contents")) {
      const list = elements(node.children).find((e) => e.tagName === "ol") ?? fail("contents without a list");
      contents = contentsOf(list);
    } else if (node.type === "element" && node.tagName === "section" && hasClass(node, "edition-chapter")) {
      const id = String(node.properties.id ?? "") || fail("a chapter without an id");
      const [titleEl] = elements(node.children);
      if (!titleEl || !hasClass(titleEl, "edition-chapter__title"))
        return fail(`chapter ${id} does not start with its title`);
      const start = node.children.indexOf(titleEl);
      chapters.push({ id, title: toString(titleEl).trim(), body: node.children.slice(start + 1) });
    } else if (!contents) {
      front.push(node);
    } else if (node.type === "element") {
      fail(`unexpected <${node.tagName}> after the contents`);
    }
  }
  if (!contents) fail("no contents (<nav class=edition-contents>)");
  if (!chapters.length) fail("no chapters (<section class=edition-chapter>)");
  const ids = new Set(chapters.map((c) => c.id));
  for (const entry of contents!) if (!ids.has(entry.id)) fail(`the contents link to #${entry.id}, which is no chapter`);
  return {
    lang,
    title: toString(h1).trim(),
    subtitle: subtitle ? toString(subtitle).trim() : undefined,
    front,
    contents: contents!,
    chapters,
  };
}
