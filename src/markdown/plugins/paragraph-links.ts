/**
 * rehype plugin for forum transcripts: every numbered paragraph (id p-1, p-2 …)
 * ends with a small permalink to itself. It is a real link, reachable by
 * keyboard and always visible (no hover-only control); with JavaScript,
 * following it also copies the address (src/client/permalinks.ts).
 */
import type { Element, Root } from "hast";
import type { VFile } from "vfile";
import { t } from "../../i18n/t.ts";
import { talkFileOf } from "../../forum/paths.ts";

export const PARAGRAPH_ID = /^p-(\d+)$/;

export function paragraphLink(id: string, n: string, lang: "zh" | "en"): Element {
  return {
    type: "element",
    tagName: "a",
    properties: {
      className: ["para-link"],
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
        children: [{ type: "text", value: "¶" }],
      },
      {
        type: "element",
        tagName: "span",
        properties: { className: ["sr-only"] },
        children: [{ type: "text", value: t(lang, "forum.paragraphLink", { n }) }],
      },
    ],
  };
}

export function rehypeParagraphLinks() {
  return (tree: Root, file: VFile) => {
    const talk = talkFileOf(file.path);
    if (!talk) return;
    const walk = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        const m =
          child.tagName === "p" && typeof child.properties.id === "string"
            ? PARAGRAPH_ID.exec(child.properties.id)
            : null;
        if (m) child.children.push(paragraphLink(m[0], m[1]!, talk.lang));
        else walk(child);
      }
    };
    walk(tree);
  };
}
