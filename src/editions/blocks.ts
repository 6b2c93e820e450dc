/**
 * Cut a chapter's rendered text into blocks that start at an id: a heading, a
 * paragraph or a list item with an explicit id, a figure… Everything after an
 * id up to the next one belongs to it. Lists whose items carry ids are cut
 * between those items (an ordered list keeps its numbering with `start`).
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import type { Block } from "./types.ts";

function isElement(node: RootContent | ElementContent | undefined): node is Element {
  return node?.type === "element";
}

/**
 * The id a top-level node starts a block at: its own, or its first child's (a
 * heading wrapper, the notes section), or that of the passage a `with-related`
 * wrapper holds with its related entries (markdown/plugins/discussed-in.ts).
 */
export function anchorOf(node: RootContent | ElementContent): string | undefined {
  if (!isElement(node)) return undefined;
  if (typeof node.properties.id === "string" && node.properties.id) return node.properties.id;
  const first = node.children.find(isElement);
  if (first && ([] as unknown[]).concat(node.properties.className ?? []).includes("with-related"))
    return anchorOf(first);
  if (first && typeof first.properties.id === "string" && first.properties.id) return first.properties.id;
  return undefined;
}

function itemId(node: ElementContent): string | undefined {
  return isElement(node) && node.tagName === "li" && typeof node.properties.id === "string" && node.properties.id
    ? node.properties.id
    : undefined;
}

/** A list with ids on its items, as consecutive lists each starting at an item with an id (the first may have none). */
function splitList(list: Element): { key?: string; node: Element }[] {
  const pieces: { key?: string; node: Element; items: ElementContent[] }[] = [];
  let start =
    typeof list.properties.start === "number" ? list.properties.start : Number(list.properties.start ?? 1) || 1;
  let itemsSoFar = 0;
  for (const child of list.children) {
    const id = itemId(child);
    if (id !== undefined || pieces.length === 0) {
      const node: Element = { ...list, properties: { ...list.properties }, children: [] };
      if (list.tagName === "ol" && start + itemsSoFar !== 1) node.properties.start = start + itemsSoFar;
      pieces.push({ key: id, node, items: node.children });
    }
    pieces[pieces.length - 1]!.items.push(child);
    if (isElement(child) && child.tagName === "li") {
      if (typeof child.properties.value === "number" || typeof child.properties.value === "string")
        start = Number(child.properties.value) - itemsSoFar;
      itemsSoFar++;
    }
  }
  return pieces;
}

function hasItemIds(node: RootContent): node is Element {
  return (
    isElement(node) &&
    (node.tagName === "ul" || node.tagName === "ol") &&
    node.children.some((c) => itemId(c) !== undefined)
  );
}

export function splitBlocks(root: Root): Block[] {
  const blocks: Block[] = [];
  const add = (key: string | undefined, node: ElementContent) => {
    if (key !== undefined || blocks.length === 0) blocks.push({ key: key ?? "", nodes: [] });
    blocks[blocks.length - 1]!.nodes.push(node);
  };
  for (const node of root.children) {
    if (node.type === "doctype") continue;
    if (hasItemIds(node)) {
      for (const piece of splitList(node)) add(piece.key, piece.node);
    } else {
      add(anchorOf(node), node as ElementContent);
    }
  }
  return blocks;
}

/**
 * Take the hidden glossary definitions and organisation notes (markdown/plugins/glossary-terms.ts)
 * out of the text, to place once per column: every such block, in order.
 */
export function takeTermDefinitions(root: Root): Element[] {
  const isDefs = (n: Root["children"][number]) =>
    isElement(n) && ([] as unknown[]).concat(n.properties.className ?? []).includes("term-defs");
  const defs = root.children.filter(isDefs) as Element[];
  root.children = root.children.filter((n) => !isDefs(n));
  return defs;
}
