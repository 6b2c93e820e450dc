/**
 * rehype plugin: localize the GFM footnote section (label, back-link text) that
 * remark-rehype writes in English, and mark it for the footnote previews.
 */
import type { Element, Root } from "hast";
import type { VFile } from "vfile";
import { t } from "../i18n/t.ts";
import { langOfFile } from "./lang-of-file.ts";

function visitElements(node: Root | Element, fn: (el: Element) => void): void {
  for (const child of node.children) {
    if (child.type === "element") {
      fn(child);
      visitElements(child, fn);
    }
  }
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
        const n = /fnref-(\d+)/.exec(href)?.[1] ?? "";
        el.properties.ariaLabel = t(lang, "footnotes.backref", { n });
      }
    });
  };
}
