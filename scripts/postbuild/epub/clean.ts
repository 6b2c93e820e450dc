/**
 * What the website adds to a document and an e-book cannot use, taken out of a
 * part of the one-page edition, and its footnotes made EPUB notes. Pure
 * functions over hast nodes; each returns new nodes and leaves its input alone.
 */
import type { Element, ElementContent, Properties } from "hast";
import { classes, elements, hasClass } from "./text.ts";

/** Site chrome and interactive controls: removed with their content. */
const REMOVED_CLASSES = [
  "edition-actions", // the print button
  "para-link", // ¶ permalinks
  "anchor", // # permalinks of headings
  "term-defs", // the glossary pop-ups' hidden text
  "discussed-in", // links to glossary and risk pages
  "cite__downloads", // citation files on the website
  "cite__files",
  "chart-inline__more", // "Open the chart" on the website
];
const REMOVED_TAGS = new Set(["button", "script", "style", "template", "noscript", "link", "meta", "input"]);

function removed(e: Element): boolean {
  return (
    REMOVED_TAGS.has(e.tagName) || e.properties.hidden === true || classes(e).some((c) => REMOVED_CLASSES.includes(c))
  );
}

/** Attributes for scripts and the site's styles: data-*, tabindex, download. */
function keptProperties(props: Properties): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(props)) {
    if (/^data[A-Z]/.test(key) || key === "tabIndex" || key === "download" || key === "hidden") continue;
    out[key] = value;
  }
  return out;
}

function cleanNode(node: ElementContent, inCorrection: boolean): ElementContent[] {
  if (node.type !== "element") return [node];
  if (removed(node)) return [];
  const correction = inCorrection || hasClass(node, "asr-fix__orig");
  // A correction's original wording is shown (an e-book has no hover): its
  // parentheses, hidden on the website for screen readers only, become visible.
  if (correction && hasClass(node, "sr-only")) return node.children.flatMap((c) => cleanNode(c, correction));
  return [
    {
      ...node,
      properties: keptProperties(node.properties),
      children: node.children.flatMap((c) => cleanNode(c, correction)),
    },
  ];
}

/** Remove site chrome, scripts' attributes and interactive controls. */
export function stripChrome(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((n) => cleanNode(n, false));
}

const EPUB_TYPE = "epub:type";

/**
 * Footnotes as EPUB notes: each reference gets epub:type="noteref", and the
 * footnotes section's list becomes one <aside epub:type="footnote"> per note,
 * numbered as on the website, with its link back to the reference.
 */
export function toEpubNotes(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.map((n) => noteNode(n));
}

function noteNode(node: ElementContent): ElementContent {
  if (node.type !== "element") return node;
  if (
    node.tagName === "a" &&
    typeof node.properties.href === "string" &&
    /--user-content-fn-|^#user-content-fn-/.test(node.properties.href)
  ) {
    return { ...node, properties: { ...node.properties, [EPUB_TYPE]: "noteref", ariaDescribedBy: undefined } };
  }
  if (node.tagName === "section" && hasClass(node, "footnotes")) {
    return {
      ...node,
      properties: { ...node.properties, [EPUB_TYPE]: "footnotes" },
      children: node.children.flatMap((c) => (c.type === "element" && c.tagName === "ol" ? asides(c) : [noteNode(c)])),
    };
  }
  return { ...node, children: node.children.map(noteNode) };
}

function asides(list: Element): Element[] {
  const start = Number(list.properties.start ?? 1);
  return elements(list.children)
    .filter((li) => li.tagName === "li")
    .map((li, i) => {
      const n = Number(li.properties.value ?? start + i);
      const body = li.children.map(noteNode);
      const first = body.find((c): c is Element => c.type === "element" && c.tagName === "p");
      const number: ElementContent = {
        type: "element",
        tagName: "span",
        properties: { className: ["note-number"] },
        children: [{ type: "text", value: `${n}. ` }],
      };
      if (first) first.children = [number, ...first.children];
      else body.unshift(number);
      return {
        type: "element",
        tagName: "aside",
        properties: { id: li.properties.id, className: ["footnote"], [EPUB_TYPE]: "footnote" },
        children: body,
      } satisfies Element;
    });
}

/** Headings one level up: a chapter's file starts at <h1> (the one-page edition put them one level down). */
export function promoteHeadings(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.map(function up(node): ElementContent {
    if (node.type !== "element") return node;
    const level = /^h([2-6])$/.exec(node.tagName);
    return { ...node, tagName: level ? `h${Number(level[1]) - 1}` : node.tagName, children: node.children.map(up) };
  });
}

/**
 * Links: to an id in this e-book → that file and id; to the web (http, https,
 * mailto) → kept; to another page of the website → the text without the link
 * (the e-book is read without the site; the glossary and speaker pages stay online).
 */
export function rewriteLinks(
  nodes: readonly ElementContent[],
  fileOf: (id: string) => string | undefined,
  currentFile: string,
): ElementContent[] {
  return nodes.flatMap(function visit(node): ElementContent[] {
    if (node.type !== "element") return [node];
    const children = node.children.flatMap(visit);
    if (node.tagName === "a" && typeof node.properties.href === "string") {
      const href = node.properties.href;
      if (/^(https?:|mailto:)/.test(href)) return [{ ...node, children }];
      if (href.startsWith("#")) {
        const id = decodeURIComponent(href.slice(1));
        const file = fileOf(id);
        if (file)
          return [
            {
              ...node,
              properties: { ...node.properties, href: file === currentFile ? `#${id}` : `${file}#${id}` },
              children,
            },
          ];
      }
      return [{ type: "element", tagName: "span", properties: { className: node.properties.className }, children }];
    }
    return [{ ...node, children }];
  });
}
