/**
 * What a chapter contains, read from its MDX through the site's Markdown pipeline
 * (as written: before forum corrections, which the forum check compares itself):
 * ids in order, footnotes, tables, figures, components and links.
 * Two language versions of a chapter must have the same structure.
 */
import type { Nodes, Paragraph, Root } from "mdast";
import { markdownTree } from "../../src/markdown/pipeline.ts";

export interface MdxComponentUse {
  name: string;
  /** Attributes with literal string values (expressions are not evaluated). */
  props: Record<string, string>;
  line?: number;
}

export interface MdxStructure {
  /** Explicit ids in document order, with the element that carries them. */
  ids: { id: string; kind: "heading" | "passage"; line?: number }[];
  footnoteRefs: string[];
  footnoteDefs: string[];
  tables: number;
  /** Paragraphs and list items: a translation has as many as its source (it is not a summary). */
  paragraphs: number;
  listItems: number;
  components: MdxComponentUse[];
  links: { url: string; line?: number }[];
  /** Paragraphs at the top level (not inside lists, notes or figures): a transcript's speech. */
  topParagraphs: { id?: string; speaker?: string; line?: number }[];
  /** The parsed tree (ids applied), for checks that read the text itself. */
  tree: Root;
}

interface MdxJsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * A paragraph holding nothing but components (`<EditorNote>…</EditorNote>` on one
 * line): MDX unwraps it into a block, so on the page it is no paragraph.
 */
function isOnlyJsx(node: Paragraph): boolean {
  const jsx = node.children.filter(
    (c) => (c.type as string) === "mdxJsxTextElement" || (c.type as string) === "mdxTextExpression",
  );
  return jsx.length > 0 && node.children.every((c) => jsx.includes(c) || (c.type === "text" && c.value.trim() === ""));
}

/** <Speaker id="…" /> names a person, not an anchor on the page. */
const ID_IS_NOT_AN_ANCHOR = new Set(["Speaker"]);

/**
 * Parsed structures by source text. The content check reads the same chapters
 * again and again in the tests that inject one fault each into a copy of
 * content/; only a changed file is parsed anew. The result is shared: treat it
 * as read-only (the forum check clones the tree before marking it).
 */
const parsed = new Map<string, MdxStructure>();

export function readStructure(source: string, path: string): MdxStructure {
  let s = parsed.get(source);
  if (!s) {
    s = parseStructure(source, path);
    parsed.set(source, s);
  }
  return s;
}

function parseStructure(source: string, path: string): MdxStructure {
  const tree = markdownTree(source, path, "as-written");
  const s: MdxStructure = {
    ids: [],
    footnoteRefs: [],
    footnoteDefs: [],
    tables: 0,
    paragraphs: 0,
    listItems: 0,
    components: [],
    links: [],
    topParagraphs: [],
    tree,
  };
  for (const node of tree.children) {
    if (node.type !== "paragraph" || isOnlyJsx(node)) continue;
    const first = node.children[0] as Nodes | undefined;
    const speaker =
      first?.type === "mdxJsxTextElement" && first.name === "Speaker"
        ? (((first.attributes as MdxJsxAttribute[]).find((a) => a.name === "id")?.value as string | undefined) ?? "")
        : undefined;
    const id = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
    s.topParagraphs.push({ id, speaker, line: node.position?.start.line });
  }
  const walk = (node: Nodes) => {
    const id = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
    if (id) s.ids.push({ id, kind: node.type === "heading" ? "heading" : "passage", line: node.position?.start.line });
    switch (node.type) {
      case "text":
        // Without a definition, [^n] is not parsed as a reference at all: it would print as text.
        for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) s.footnoteRefs.push(m[1]!);
        break;
      case "footnoteReference":
        s.footnoteRefs.push(node.identifier);
        break;
      case "footnoteDefinition":
        s.footnoteDefs.push(node.identifier);
        break;
      case "table":
        s.tables++;
        break;
      case "paragraph":
        s.paragraphs++;
        break;
      case "listItem":
        s.listItems++;
        break;
      case "link":
        s.links.push({ url: node.url, line: node.position?.start.line });
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const props: Record<string, string> = {};
        for (const attr of node.attributes as MdxJsxAttribute[]) {
          if (attr.type === "mdxJsxAttribute" && attr.name)
            props[attr.name] =
              typeof attr.value === "string" ? attr.value : attr.value == null ? "true" : "{expression}";
        }
        s.components.push({ name: node.name ?? "(fragment)", props, line: node.position?.start.line });
        if (props.id && !ID_IS_NOT_AN_ANCHOR.has(node.name ?? ""))
          s.ids.push({ id: props.id, kind: "passage", line: node.position?.start.line });
        break;
      }
    }
    if ("children" in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return s;
}
