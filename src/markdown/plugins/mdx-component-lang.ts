/**
 * remark plugin: tell every site component used in a chapter or talk
 * (<Figure>, <EditorNote>, <Note>…) which language its file is written in, by
 * adding `lang="zh|en"` when the author did not. The components label
 * themselves in that language rather than in the page's: a parallel view shows
 * a Chinese column on an English page, and its "注" must stay Chinese.
 */
import type { Root } from "mdast";
import type { VFile } from "vfile";
import { visit } from "unist-util-visit";
import { MDX_COMPONENT_NAMES } from "../../schemas/mdx-components.ts";
import { langOfFile } from "./lang-of-file.ts";

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  type: string;
  name: string | null;
  attributes: JsxAttribute[];
}

const NAMES = new Set<string>(MDX_COMPONENT_NAMES);

export function remarkMdxComponentLang() {
  return (tree: Root, file: VFile) => {
    // Plain Markdown (no MDX) has no components; only content files have a language folder.
    if (!file.path || !/\.mdx$/.test(file.path)) return;
    const lang = langOfFile(file.path);
    visit(tree, (node) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      const el = node as unknown as JsxNode;
      if (!el.name || !NAMES.has(el.name)) return;
      if (el.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "lang")) return;
      el.attributes.push({ type: "mdxJsxAttribute", name: "lang", value: lang });
    });
  };
}
