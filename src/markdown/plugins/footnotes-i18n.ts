/**
 * rehype plugin: localize the GFM footnote section (label, back-link text) that
 * remark-rehype writes in English, and keep the source's footnote numbers.
 * GFM renumbers notes 1, 2, 3… per page; a report's notes are numbered across
 * the whole document, and readers cite those numbers, so [^57] shows as 57.
 */
import type { Element, Root } from "hast";
import type { VFile } from "vfile";
import { t } from "../../i18n/t.ts";
import { langOfFile } from "./lang-of-file.ts";

function visitElements(node: Root | Element, fn: (el: Element) => void): void {
  for (const child of node.children) {
    if (child.type === "element") {
      fn(child);
      visitElements(child, fn);
    }
  }
}

/** The footnote's own label from a GFM footnote href ("#user-content-fn-57" → "57"). */
function sourceNumber(href: string, pattern: RegExp): string {
  return decodeURIComponent(pattern.exec(href)?.[1] ?? "");
}

export function rehypeFootnotesI18n() {
  return (tree: Root, file: VFile) => {
    const lang = langOfFile(file.path);
    visitElements(tree, (el) => {
      if (el.tagName === "h2" && el.properties.id === "footnote-label") {
        el.children = [{ type: "text", value: t(lang, "footnotes.label") }];
        el.properties.className = ["footnotes-title"];
      }
      if (el.tagName === "a" && "dataFootnoteBackref" in el.properties) {
        const href = String(el.properties.href ?? "");
        const n = sourceNumber(href, /fnref-([^-]+)/);
        // A note cited twice gets a second back-link. GFM shows it as "↩²", a visible
        // label its accessible name would not contain; every back-link shows "↩", and
        // the name says which citation it returns to.
        const k = /fnref-[^-]+-(\d+)$/.exec(href)?.[1];
        el.properties.ariaLabel = t(lang, "footnotes.backref", { n }) + (k ? ` (${k})` : "");
        if (k) el.children = [{ type: "text", value: "↩" }];
        el.properties.dataPagefindIgnore = ""; // an arrow, not text: kept out of search excerpts
      }
      if (el.tagName === "a" && "dataFootnoteRef" in el.properties) {
        el.children = [{ type: "text", value: sourceNumber(String(el.properties.href ?? ""), /fn-(.+)$/) }];
      }
      if (
        el.tagName === "li" &&
        typeof el.properties.id === "string" &&
        el.properties.id.startsWith("user-content-fn-")
      ) {
        const n = Number(el.properties.id.slice("user-content-fn-".length));
        if (Number.isInteger(n)) el.properties.value = String(n);
      }
    });
  };
}
