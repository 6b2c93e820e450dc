/**
 * Explicit, language-independent anchors for headings, paragraphs and list items.
 *
 * Authors end a heading, paragraph or list item with an escaped id marker:
 *
 *     ## 证据困境 \{#evidence-dilemma\}
 *     - **网络攻击：**借助…… \{#cyber-offence\}
 *
 * MDX reads an unescaped `{…}` as a JavaScript expression, so the braces are
 * escaped; after parsing they arrive here as the literal text "{#id}". The marker
 * is removed and the id set on the element (on the <li> for a list item).
 * Every h2–h4 must have one: generated ids would differ between Chinese and
 * English and break shared links.
 */
import type { Heading, ListItem, Nodes, Paragraph, PhrasingContent, Root, Text } from "mdast";
import type { VFile } from "vfile";

import { SLUG_PATTERN } from "../../schemas/common.ts";

/** Ids are slugs (schemas/common.ts). */
export const ID_PATTERN = SLUG_PATTERN;
const MARKER_AT_END = /\s*\{#([^{}]*)\}\s*$/;

/** Split "Title {#id}" into text and id; id is undefined when there is no marker. */
export function extractExplicitId(text: string): { text: string; id?: string } {
  const m = MARKER_AT_END.exec(text);
  if (!m) return { text };
  return { text: text.slice(0, m.index), id: m[1] };
}

/** The last text node of a phrasing tree (descends into emphasis, links…). */
function lastText(children: PhrasingContent[]): Text | undefined {
  const last = children[children.length - 1];
  if (!last) return undefined;
  if (last.type === "text") return last;
  if ("children" in last && Array.isArray(last.children)) return lastText(last.children as PhrasingContent[]);
  return undefined;
}

function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}

export interface ExplicitIdOptions {
  /** Heading depths that must carry an explicit id. */
  requiredDepths?: readonly number[];
}

type Target = Heading | Paragraph | ListItem;

/** Longest label, in characters: Han text packs more meaning per character than Latin. */
const LABEL_MAX = { han: 24, latin: 60 };

/**
 * A short label for a passage, used as its title in search results: the bold
 * lead-in when it has one ("**网络攻击：**借助…" → "网络攻击"), else its first
 * clause, shortened.
 */
export function passageLabel(paragraph: Paragraph): string {
  const first = paragraph.children[0];
  const lead =
    first?.type === "strong"
      ? plainText(first)
          .trim()
          .replace(/[：:。.]$/u, "")
      : "";
  const text = lead || plainText(paragraph).trim();
  const clause = lead ? text : (/^.+?(?=[。！？；，：]|[.!?;:,](?:\s|$))/u.exec(text)?.[0] ?? text);
  const max = /\p{Script=Han}/u.test(clause) ? LABEL_MAX.han : LABEL_MAX.latin;
  const chars = [...clause];
  return chars.length > max ? chars.slice(0, max - 1).join("") + "…" : clause;
}

function setId(node: Target, id: string, label?: string): void {
  const data = (node.data ??= {});
  // data-pagefind-title makes the passage a search sub-result that deep-links to #id.
  data.hProperties = { ...(data.hProperties ?? {}), id, ...(label ? { dataPagefindTitle: label } : {}) };
}

/** remark plugin: see the module comment. Errors name the file, line and problem. */
export function remarkExplicitIds(options: ExplicitIdOptions = {}) {
  const required = new Set(options.requiredDepths ?? [2, 3, 4]);
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, number>();
    const claim = (id: string, node: Nodes) => {
      if (!ID_PATTERN.test(id)) {
        file.fail(
          `Invalid id "{#${id}}": ${"ids must be lowercase ASCII words joined by hyphens, e.g. {#evidence-dilemma}"}`,
          node,
        );
      }
      const line = node.position?.start.line ?? 0;
      if (seen.has(id)) file.fail(`Duplicate id "${id}" (first used on line ${seen.get(id)})`, node);
      seen.set(id, line);
    };

    const visit = (node: Nodes, parent: Nodes | undefined) => {
      if (node.type === "heading" || node.type === "paragraph") {
        const text = lastText(node.children);
        const found = text ? extractExplicitId(text.value) : { text: "" };
        if (text && found.id !== undefined) {
          text.value = found.text;
          claim(found.id, node);
          const isFirstInItem = node.type === "paragraph" && parent?.type === "listItem" && parent.children[0] === node;
          const label = node.type === "paragraph" ? passageLabel(node) : undefined;
          setId(isFirstInItem ? (parent as ListItem) : node, found.id, label);
        } else if (node.type === "heading" && required.has(node.depth)) {
          file.fail(
            `Heading "${plainText(node).trim()}" has no explicit id. Write it as "${"#".repeat(node.depth)} ${plainText(node).trim()} \\{#some-id\\}"`,
            node,
          );
        }
      }
      if (node.type === "text" && node.value.includes("{#")) {
        file.fail(
          `Misplaced id marker in "${node.value.trim().slice(0, 60)}": an id must end its heading, paragraph or list item`,
          node,
        );
      }
      if ("children" in node) for (const child of node.children as Nodes[]) visit(child, node);
    };
    visit(tree, undefined);
  };
}
