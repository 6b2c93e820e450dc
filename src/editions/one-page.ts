/**
 * A chapter or talk placed in the one-page edition: ids prefixed with its slug
 * ("risks--attitudes"), links to other chapters of the same document turned
 * into links within the page, headings one level down (under the chapter's own).
 */
import { parseFragment, serialize } from "./html.ts";
import { demoteHeadings, rewriteTree } from "./rewrite.ts";

/** The id prefix of a chapter's text in the one-page edition. */
export function chapterPrefix(slug: string): string {
  return `${slug}--`;
}

/** Where a link to `part#hash` of the same document leads within the one-page edition. */
export function onePageAnchor(part: string, hash: string): string {
  return hash ? `#${chapterPrefix(part)}${hash}` : `#${part}`;
}

export function onePageChapterHtml(html: string, slug: string, link: (href: string) => string | undefined): string {
  const tree = parseFragment(html);
  rewriteTree(tree, { prefix: chapterPrefix(slug), link });
  demoteHeadings(tree);
  return serialize(tree);
}
