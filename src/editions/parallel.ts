/**
 * The parallel view's text: both language editions of a chapter or talk, cut
 * at their ids and laid out as rows (see blocks.ts, align.ts). The second
 * column's ids are prefixed so every id stays unique on the page.
 */
import type { Element, ElementContent, Root } from "hast";
import { parseFragment, serialize } from "./html.ts";
import { rewriteTree } from "./rewrite.ts";
import { splitBlocks, takeTermDefinitions } from "./blocks.ts";
import { alignBlocks } from "./align.ts";
import type { Block } from "./types.ts";

export interface ParallelColumn {
  /** The rendered chapter or talk text. */
  html: string;
  /** Its language as an HTML lang tag (zh-CN, en). */
  htmlLang: string;
  /** Its language's name, shown above the column. */
  label: string;
  /** Put before every id of this column ("" for the page's own language). */
  prefix: string;
  /** Rewrites links that are not #fragments (see links.ts). */
  link: (href: string) => string | undefined;
  /** Shown where a passage of the other edition has no counterpart in this one. */
  missing: string;
}

function el(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}

function prepare(column: ParallelColumn): { blocks: Block[]; defs: Element[] } {
  const tree = parseFragment(column.html);
  const defs = takeTermDefinitions(tree);
  // Cut at the ids as written (shared by both editions), then prefix them.
  const blocks = splitBlocks(tree);
  rewriteTree(
    { type: "root", children: [...blocks.flatMap((b) => b.nodes), ...defs] },
    { prefix: column.prefix, link: column.link },
  );
  return { blocks, defs };
}

function cell(column: ParallelColumn, side: "primary" | "secondary", block: Block | undefined): Element {
  const properties: Element["properties"] = {
    className: ["parallel__cell", `parallel__cell--${side}`, ...(block ? [] : ["parallel__cell--missing"])],
    lang: column.htmlLang,
    dataLangLabel: column.label,
  };
  if (column.prefix) properties.dataIdPrefix = column.prefix;
  const children = block
    ? block.nodes
    : [el("p", { className: ["parallel__missing"] }, [{ type: "text", value: column.missing }])];
  return el("div", properties, children);
}

/** Rows of the parallel view as HTML: the page's language first in each row. */
export function parallelHtml(primary: ParallelColumn, secondary: ParallelColumn): string {
  const a = prepare(primary);
  const b = prepare(secondary);
  const rows = alignBlocks(a.blocks, b.blocks).map((row) =>
    el("div", { className: ["parallel__row"], dataRow: row.key || undefined }, [
      cell(primary, "primary", row.primary),
      cell(secondary, "secondary", row.secondary),
    ]),
  );
  // The hidden glossary definitions, one set per language, where the term popovers find them.
  const defs = [
    a.defs.length > 0 && el("div", { lang: primary.htmlLang }, a.defs),
    b.defs.length > 0 && el("div", { lang: secondary.htmlLang, dataIdPrefix: secondary.prefix }, b.defs),
  ].filter((d): d is Element => d !== false);
  const root: Root = { type: "root", children: [...rows, ...defs] };
  return serialize(root);
}
