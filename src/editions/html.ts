/** Parse rendered HTML into a tree and back (build time only). */
import type { Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toHtml } from "hast-util-to-html";

export function parseFragment(html: string): Root {
  return fromHtml(html, { fragment: true });
}

export function serialize(tree: Root): string {
  return toHtml(tree);
}
