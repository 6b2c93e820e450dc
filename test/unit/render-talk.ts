/**
 * A forum talk as the site renders it, for tests: the site's Markdown tree
 * (src/markdown/pipeline.ts: corrections, ids…) and the paragraph-link rehype
 * plugin, applied to the real file path, so the plugins read the event's real
 * corrections.yaml.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { unified } from "unified";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { VFile } from "vfile";
import type { Element, ElementContent, Root } from "hast";
import { rehypeParagraphLinks } from "../../src/markdown/plugins/paragraph-links.ts";
import { markdownTree } from "../../src/markdown/pipeline.ts";

const MDX_NODES = ["mdxJsxFlowElement", "mdxJsxTextElement", "mdxFlowExpression", "mdxTextExpression", "mdxjsEsm"];

export function renderTalk(path: string): Root {
  const source = readFileSync(path, "utf8");
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, (fm) => "\n".repeat(fm.split("\n").length - 1));
  const file = new VFile({ path: resolve(path), value: body });
  const toHast = unified()
    .use(remarkRehype, { passThrough: MDX_NODES } as Parameters<typeof remarkRehype>[0])
    .use(rehypeParagraphLinks);
  return toHast.runSync(markdownTree(body, resolve(path)), file) as Root;
}

type Node = Root | ElementContent | { type: string; name?: string; children?: Node[] };

export const hasClass = (node: Node, name: string) =>
  node.type === "element" && ((node as Element).properties.className as string[] | undefined)?.includes(name) === true;

/** Every element matching a test, in document order. */
export function findAll(node: Node, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (n.type === "element" && test(n as Element)) out.push(n as Element);
    for (const c of ("children" in n ? (n.children as Node[] | undefined) : undefined) ?? []) walk(c);
  };
  walk(node);
  return out;
}

/** Plain text of a subtree, leaving out subtrees for which `skip` is true. */
export function textOf(node: Node, skip: (n: Node) => boolean = () => false): string {
  if (skip(node)) return "";
  if (node.type === "text") return (node as { value: string }).value;
  return (("children" in node ? (node.children as Node[] | undefined) : undefined) ?? [])
    .map((c) => textOf(c, skip))
    .join("");
}

/** Editor's notes are the editors' words (they may quote the transcript's wording on purpose). */
export const isEditorNote = (n: Node) =>
  (n.type === "mdxJsxFlowElement" || n.type === "mdxJsxTextElement") && (n as { name?: string }).name === "EditorNote";

export function toHtml(el: Element): string {
  return unified()
    .use(rehypeStringify)
    .stringify({ type: "root", children: [el] });
}
