/**
 * rehype plugin: give every h2–h4 with an id a permalink control. The heading
 * stays clean (search results and the contents list use its text) and the link
 * sits beside it, as Starlight does.
 */
import type { Element, ElementContent, Root } from "hast";
import { textWithoutFootnotes } from "./heading-text.ts";
import type { VFile } from "vfile";
import { t } from "../../i18n/t.ts";
import { langOfFile } from "./lang-of-file.ts";

export function rehypeHeadingAnchors() {
  return (tree: Root, file: VFile) => {
    const lang = langOfFile(file.path);
    const walk = (parent: Root | Element) => {
      parent.children = (parent.children as ElementContent[]).flatMap((child): ElementContent[] => {
        if (child.type !== "element") return [child];
        const id = child.properties.id;
        const isHeading = /^h[2-4]$/.test(child.tagName) && typeof id === "string" && id !== "footnote-label";
        if (!isHeading) {
          walk(child);
          return [child];
        }
        const title = textWithoutFootnotes(child.children).trim();
        const anchor: Element = {
          type: "element",
          tagName: "a",
          properties: {
            className: ["anchor"],
            href: `#${id}`,
            dataPermalink: "",
            dataCopied: t(lang, "chapter.linkCopied"),
            dataPagefindIgnore: "",
          },
          children: [
            {
              type: "element",
              tagName: "span",
              properties: { ariaHidden: "true" },
              children: [{ type: "text", value: "#" }],
            },
            {
              type: "element",
              tagName: "span",
              properties: { className: ["sr-only"] },
              children: [{ type: "text", value: t(lang, "chapter.permalink", { title }) }],
            },
          ],
        };
        const wrapper: Element = {
          type: "element",
          tagName: "div",
          properties: { className: ["heading", `level-${child.tagName}`] },
          children: [child, anchor],
        };
        return [wrapper];
      });
    };
    walk(tree);
  };
}
