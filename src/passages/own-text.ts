/**
 * The text each id'd place of a page holds itself: a paragraph's or list
 * item's own words, and for a heading the words of its section that sit in no
 * id'd paragraph (so every word of the page belongs to exactly one place).
 * Footnotes, editor's notes, figures, source lists and headings themselves are
 * left out, as the glossary and organisation links leave them out. Pure, over
 * the mdast the explicit-ids plugin has marked; used to find which passages
 * mention a name, and to compare a passage's Chinese with its English.
 */
import type { Nodes, Root } from "mdast";

const LEFT_OUT = new Set(["EditorNote", "Figure", "Sources", "Speaker", "Contributors"]);

function idOf(node: Nodes): string | undefined {
  return (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
}

export interface OwnText {
  kind: "heading" | "passage";
  text: string;
}

/** `headings`: a heading's own text starts with the heading itself (for comparing languages; links never go there). */
export function ownTexts(tree: Root, options: { headings?: boolean } = {}): Map<string, OwnText> {
  const parts = new Map<string, { kind: OwnText["kind"]; parts: string[] }>();
  const push = (owner: string | undefined, text: string) => {
    if (owner) parts.get(owner)?.parts.push(text);
  };
  const visit = (node: Nodes, owner: string | undefined) => {
    const id = idOf(node);
    if (id && !parts.has(id)) parts.set(id, { kind: "passage", parts: [] });
    const here = id ?? owner;
    switch (node.type) {
      case "text":
      case "inlineCode":
        return push(here, node.value);
      case "break":
        return push(here, " ");
      case "footnoteReference":
      case "footnoteDefinition":
      case "html":
      case "code":
        return;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        if (LEFT_OUT.has(node.name ?? "")) return;
    }
    if (!("children" in node)) return;
    const block = node.type === "paragraph" || node.type === "listItem" || node.type === "tableCell";
    if (block) push(here, " ");
    for (const c of node.children as Nodes[]) visit(c, here);
    if (block) push(here, " ");
  };
  let section: string | undefined;
  for (const block of tree.children) {
    if (block.type === "heading") {
      const id = idOf(block);
      if (id) {
        parts.set(id, { kind: "heading", parts: [] });
        section = id;
        if (options.headings) {
          for (const c of block.children as Nodes[]) visit(c, id);
          push(id, " ");
        }
      }
      continue;
    }
    visit(block, section);
  }
  return new Map(
    [...parts].map(([id, p]) => [id, { kind: p.kind, text: p.parts.join("").replace(/\s+/g, " ").trim() }]),
  );
}
