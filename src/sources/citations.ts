/**
 * The citations of one chapter or talk, read from its Markdown tree (the shared
 * pipeline's, src/markdown/pipeline.ts): every GFM footnote that links to a
 * work, and every link of a slide's <Sources> list. Each citation carries the
 * place it is cited from (note number, or list id and item) and the passage
 * that cites it (the id'd paragraph, list item or heading). Pure: a tree in,
 * citations out; links inside editor's notes are the editors', not the document's.
 */
import type { FootnoteDefinition, Link, Nodes, Root } from "mdast";
import { plainText } from "../passages/excerpt.ts";
import { parseFootnoteText, parseSourceLinkText, type CitingText } from "./citing-text.ts";

export interface CitationPlace {
  /** GFM footnote number, as the document numbers it. */
  note?: number;
  /** The id of a <Sources> list… */
  list?: string;
  /** …and the 1-based position of the link in it. */
  item?: number;
  /** For a link in the text itself (an appendix's list of references): its 1-based position among the passage's links. */
  link?: number;
}

export interface Citation extends CitingText {
  place: CitationPlace;
  /** The explicit ids of the passages that cite it (where the note is called, or the section of a source list). */
  passages: string[];
  url: string;
}

/** "note 12", "sources-list#3": one key per place on a page, the same in both languages. */
export function placeKey(p: CitationPlace, passage?: string): string {
  if (p.note !== undefined) return `fn-${p.note}`;
  if (p.link !== undefined) return `@${passage}:${p.link}`;
  return `${p.list}:${p.item}`;
}

function idOf(node: Nodes): string | undefined {
  return (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
}

function isJsx(node: Nodes, name?: string): boolean {
  const n = node as { type: string; name?: string | null };
  return (n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") && (!name || n.name === name);
}

function jsxAttr(node: Nodes, attr: string): string | undefined {
  const attrs = (node as { attributes?: { type: string; name?: string; value?: unknown }[] }).attributes ?? [];
  const a = attrs.find((x) => x.type === "mdxJsxAttribute" && x.name === attr);
  return typeof a?.value === "string" ? a.value : undefined;
}

/** The inline nodes of a block, in order, without editor's notes (recursing into paragraphs and emphasis). */
function inlineRun(node: Nodes, out: Nodes[] = []): Nodes[] {
  if (isJsx(node, "EditorNote")) return out;
  if (node.type === "link" || node.type === "text" || node.type === "inlineCode") out.push(node);
  else if ("children" in node) for (const c of node.children as Nodes[]) inlineRun(c, out);
  return out;
}

/** Split a footnote or list item around its first link: the text before, the link, the text after. */
function aroundLink(node: Nodes): { before: string; link?: Link; after: string } {
  const run = inlineRun(node);
  const i = run.findIndex((n) => n.type === "link");
  if (i < 0) return { before: run.map(plainText).join(""), after: "" };
  return {
    before: run.slice(0, i).map(plainText).join(""),
    link: run[i] as Link,
    after: run
      .slice(i + 1)
      .map(plainText)
      .join(""),
  };
}

/** Every footnote reference's identifier, with the passage it sits in (nearest id'd block, else the section's heading). */
function noteCalls(tree: Root): Map<string, string[]> {
  const calls = new Map<string, string[]>();
  let heading: string | undefined;
  const visit = (node: Nodes, passage: string | undefined) => {
    if (node.type === "footnoteDefinition") return;
    if (node.type === "heading") heading = idOf(node) ?? heading;
    const here = (node.type !== "heading" ? idOf(node) : undefined) ?? passage;
    if (node.type === "footnoteReference") {
      const at = here ?? heading;
      if (at) calls.set(node.identifier, [...new Set([...(calls.get(node.identifier) ?? []), at])]);
      return;
    }
    if ("children" in node) for (const c of node.children as Nodes[]) visit(c, here);
  };
  for (const block of tree.children) visit(block, undefined);
  return calls;
}

/** The citations of a page, in document order: its notes that link somewhere, then its source lists. */
export function citationsOfTree(tree: Root): Citation[] {
  const out: Citation[] = [];
  const calls = noteCalls(tree);
  const defs = tree.children.filter((n): n is FootnoteDefinition => n.type === "footnoteDefinition");
  for (const def of defs) {
    const note = Number(def.identifier);
    const { before, link, after } = aroundLink(def);
    if (!link || !Number.isInteger(note) || !/^https?:/.test(link.url)) continue;
    out.push({
      ...parseFootnoteText(before, plainText(link), after),
      url: link.url,
      place: { note },
      passages: calls.get(def.identifier) ?? [],
    });
  }
  let heading: string | undefined;
  const visit = (node: Nodes) => {
    if (node.type === "heading") heading = idOf(node) ?? heading;
    if (isJsx(node, "Sources")) {
      const list = jsxAttr(node, "id");
      const items: Nodes[] = [];
      const collect = (n: Nodes) => {
        if (n.type === "listItem") items.push(n);
        else if ("children" in n && !isJsx(n, "EditorNote")) (n.children as Nodes[]).forEach(collect);
      };
      (node as { children: Nodes[] }).children.forEach(collect);
      items.forEach((li, i) => {
        const { link } = aroundLink(li);
        if (!link || !/^https?:/.test(link.url)) return;
        out.push({
          ...parseSourceLinkText(plainText(link)),
          url: link.url,
          place: { list, item: i + 1 },
          passages: heading ? [heading] : [],
        });
      });
      return;
    }
    if ("children" in node) (node.children as Nodes[]).forEach(visit);
  };
  tree.children.forEach(visit);
  out.push(...textLinks(tree));
  return out;
}

const NOT_TEXT = new Set(["EditorNote", "Sources", "Figure"]);

/**
 * Links to other sites in the text itself, outside notes, source lists and
 * editor's notes: an appendix's list of the report's references. A link whose
 * text is its URL takes its title from the words before it ("Amazon: <url>").
 */
function textLinks(tree: Root): Citation[] {
  const out: Citation[] = [];
  const counts = new Map<string, number>();
  let heading: string | undefined;
  const visit = (node: Nodes, passage: string | undefined, block: Nodes | undefined) => {
    if (node.type === "footnoteDefinition" || (isJsx(node) && NOT_TEXT.has((node as { name?: string }).name ?? "")))
      return;
    if (node.type === "heading") heading = idOf(node) ?? heading;
    const here = (node.type !== "heading" ? idOf(node) : undefined) ?? passage;
    const at = node.type === "paragraph" || node.type === "listItem" || node.type === "tableCell" ? node : block;
    if (node.type === "link" && /^https?:/.test(node.url)) {
      const id = here ?? heading;
      if (!id) return;
      const n = (counts.get(id) ?? 0) + 1;
      counts.set(id, n);
      const text = plainText(node).trim();
      let title = text;
      if (/^https?:/.test(text) && at) {
        const { before } = aroundLink(at);
        title = before.replace(/^[\s\-–—:：,，]+|[\s\-–—:：,，]+$/g, "") || text;
      }
      out.push({ title, url: node.url, place: { link: n }, passages: [id] });
      return;
    }
    if ("children" in node) for (const c of node.children as Nodes[]) visit(c, here, at);
  };
  for (const block of tree.children) visit(block, undefined, undefined);
  return out;
}
