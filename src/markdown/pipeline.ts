/**
 * The one Markdown pipeline: the remark and rehype plugins every chapter and
 * talk goes through, in order. Astro (astro.config.mjs), the passage library
 * (excerpts on glossary and risk pages) and the content check all take their
 * plugins from here, so an excerpt and a checked id are what the page shows.
 */
import { unified, type PluggableList } from "unified";
import remarkParse from "remark-parse";
import remarkMdx from "remark-mdx";
import remarkGfm from "remark-gfm";
import remarkCjkFriendly from "remark-cjk-friendly";
import { VFile } from "vfile";
import type { Root } from "mdast";
import { remarkAsrCorrections } from "./plugins/asr-corrections.ts";
import { remarkExplicitIds } from "./plugins/explicit-ids.ts";
import { remarkSourceHosts } from "./plugins/source-hosts.ts";
import { remarkMdxComponentLang } from "./plugins/mdx-component-lang.ts";
import { rehypeFootnotesI18n } from "./plugins/footnotes-i18n.ts";
import { rehypeHeadingAnchors } from "./plugins/heading-anchors.ts";
import { rehypeHeadingText } from "./plugins/heading-text.ts";
import { rehypeParagraphLinks } from "./plugins/paragraph-links.ts";
import { rehypeGlossaryTerms } from "./plugins/glossary-terms.ts";
import { rehypeDiscussedIn } from "./plugins/discussed-in.ts";
import { rehypeExternalLinks } from "./plugins/external-links.ts";
import { rehypeTableScroll } from "./plugins/table-scroll.ts";
import { rehypeSourceLinks } from "./plugins/source-links.ts";

/**
 * Remark plugins, after @astrojs/mdx's own parsing (MDX syntax and GFM).
 * Corrections run before the ids, so a passage's search label shows the corrected wording.
 */
export const remarkPlugins = [
  remarkCjkFriendly,
  remarkAsrCorrections,
  remarkExplicitIds,
  remarkSourceHosts,
  remarkMdxComponentLang,
] satisfies PluggableList;

/**
 * Rehype plugins. Glossary links come last, once headings, footnotes and
 * paragraph links are in place (they are never linked inside).
 */
export const rehypePlugins = [
  rehypeFootnotesI18n,
  rehypeHeadingAnchors,
  rehypeHeadingText,
  rehypeParagraphLinks,
  rehypeGlossaryTerms,
  rehypeDiscussedIn,
  rehypeSourceLinks,
  rehypeExternalLinks,
  rehypeTableScroll,
] satisfies PluggableList;

/**
 * How far through the remark plugins a tree is read:
 * - "as-shown": every remark plugin, so the words are the page's (corrections applied);
 * - "as-written": the source's words with the site's ids, for the content check,
 *   which compares the transcript as written against its corrections itself.
 */
export type TreeStage = "as-shown" | "as-written";

const AS_WRITTEN = [remarkCjkFriendly, remarkExplicitIds] satisfies PluggableList;

const processors = {
  "as-shown": unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkPlugins).freeze(),
  "as-written": unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(AS_WRITTEN).freeze(),
};

/**
 * The Markdown tree of a chapter or talk body. `path` is the file's path: the
 * plugins read the language and the forum's corrections from it.
 */
export function markdownTree(body: string, path: string, stage: TreeStage = "as-shown"): Root {
  const processor = processors[stage];
  const file = new VFile({ path, value: body });
  return processor.runSync(processor.parse(file), file) as Root;
}
