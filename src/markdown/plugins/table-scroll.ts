/**
 * rehype plugin: every table sits in a scrolling box (a named group, not a landmark), so a wide table
 * scrolls sideways on a phone instead of widening the page. The region is
 * focusable and named, so keyboard users can scroll it too (WCAG 2.1.1), and
 * styles/prose.css freezes the first column and shades the edge that has more.
 */
import type { Element, Root, RootContent } from "hast";
import type { VFile } from "vfile";
import { t } from "../../i18n/t.ts";
import { langOfFile } from "./lang-of-file.ts";

export function rehypeTableScroll() {
  return (tree: Root, file: VFile) => {
    const lang = langOfFile(file.path);
    const wrap = (parent: Root | Element) => {
      parent.children = parent.children.map((node: RootContent) => {
        if (node.type !== "element") return node;
        if (node.tagName === "table") {
          return {
            type: "element",
            tagName: "div",
            properties: {
              className: ["table-scroll"],
              role: "group",
              tabIndex: 0,
              ariaLabel: t(lang, "table.scroll"),
            },
            children: [node],
          } satisfies Element;
        }
        wrap(node);
        return node;
      }) as typeof parent.children;
    };
    wrap(tree);
  };
}
