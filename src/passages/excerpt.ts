/**
 * Short excerpts of passages, taken from the chapter text itself: for a
 * paragraph or list item, its own text; for a heading, the text that follows
 * it. Footnote markers, editor's notes, figures and source lists are left out.
 * Pure functions over mdast (the tree the explicit-ids plugin has marked).
 */
import type { Heading, Nodes, Root, RootContent } from "mdast";
import type { Locale } from "../i18n/locales.ts";

export interface PassageText {
  /** "heading" for a section, "passage" for a paragraph or list item. */
  kind: "heading" | "passage";
  /** The section's heading text (for a passage: the nearest heading above it). */
  heading?: string;
  /** The passage's text (for a heading: the text of its section). */
  text: string;
}

const LEFT_OUT = new Set(["EditorNote", "Figure", "Sources", "Speaker", "Contributors"]);

function idOf(node: Nodes): string | undefined {
  return (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
}

/** Plain text of a node, without footnote markers, notes or figures. */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "footnoteReference":
    case "footnoteDefinition":
    case "html":
    case "code":
      return "";
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      if (LEFT_OUT.has(node.name ?? "")) return "";
      break;
    case "break":
      return " ";
  }
  if (!("children" in node)) return "";
  const parts = (node.children as Nodes[]).map(plainText);
  // Blocks (paragraphs, list items) are separated by a space; inline runs are joined as they are.
  const block =
    node.type === "list" ||
    node.type === "listItem" ||
    node.type === "root" ||
    node.type === "blockquote" ||
    node.type === "mdxJsxFlowElement" ||
    node.type === "table" ||
    node.type === "tableRow";
  return parts
    .filter(Boolean)
    .join(block ? " " : "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every id'd heading, paragraph and list item of a page, with its text. */
export function passageTexts(tree: Root): Map<string, PassageText> {
  const out = new Map<string, PassageText>();
  const blocks = tree.children;
  let heading: string | undefined;
  const visit = (node: Nodes) => {
    const id = idOf(node);
    if (id && node.type !== "heading" && !out.has(id)) out.set(id, { kind: "passage", heading, text: plainText(node) });
    if ("children" in node && node.type !== "heading") for (const c of node.children as Nodes[]) visit(c);
  };
  blocks.forEach((block: RootContent, i) => {
    if (block.type === "heading") {
      heading = plainText(block);
      const id = idOf(block);
      if (id) out.set(id, { kind: "heading", heading, text: sectionText(blocks, i) });
      return;
    }
    visit(block);
  });
  return out;
}

/** The text after heading i, up to the next heading of the same or a higher level. */
function sectionText(blocks: RootContent[], i: number): string {
  const depth = (blocks[i] as Heading).depth;
  const parts: string[] = [];
  for (const b of blocks.slice(i + 1)) {
    if (b.type === "heading" && b.depth <= depth) break;
    if (b.type === "heading") continue;
    const text = plainText(b);
    if (text) parts.push(text);
    if (parts.join(" ").length > 400) break;
  }
  return parts.join(" ");
}

/** Longest excerpt, in characters: Han text says more per character. */
const EXCERPT_MAX: Readonly<Record<Locale, number>> = { zh: 90, en: 220 };

const SENTENCE_ENDS = ["。", "；", "！", "？", ". ", "; "];

/** Shorten to a sentence or word boundary: whole sentences as they are, a cut sentence with an ellipsis. */
export function truncate(text: string, lang: Locale): string {
  const chars = [...text];
  const max = EXCERPT_MAX[lang];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join("");
  const sentence = Math.max(...SENTENCE_ENDS.map((p) => cut.lastIndexOf(p)));
  if (sentence > max * 0.5) return cut.slice(0, sentence + 1).trim();
  if (lang === "en") {
    const space = cut.lastIndexOf(" ");
    if (space > max * 0.6) return cut.slice(0, space).replace(/[,;:]$/, "") + "…";
  }
  return cut + "…";
}

/**
 * An excerpt that shows the passage's sentence about a subject: it starts at the
 * sentence where one of `names` first occurs (marked "…" when that is not the
 * start), else at the beginning.
 */
export function excerptAbout(text: string, names: readonly string[], lang: Locale): string {
  const lower = text.toLowerCase();
  const at = Math.min(
    ...names
      .filter(Boolean)
      .map((n) => lower.indexOf(n.toLowerCase()))
      .filter((i) => i >= 0),
  );
  if (!Number.isFinite(at) || [...text.slice(0, at)].length < EXCERPT_MAX[lang] / 2) return truncate(text, lang);
  const before = text.slice(0, at);
  const start = Math.max(
    ...SENTENCE_ENDS.map((p) => (before.lastIndexOf(p) === -1 ? -1 : before.lastIndexOf(p) + p.length)),
  );
  return start <= 0 ? truncate(text, lang) : "…" + truncate(text.slice(start).trim(), lang);
}
