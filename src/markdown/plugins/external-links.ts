/**
 * rehype plugin: links to other sites carry rel="noopener external", so the
 * target page cannot reach back through window.opener and browsers and
 * crawlers know the link leaves the site. Content links inside the site are
 * relative, so every absolute http(s) link is external.
 */
import type { Element, Root, RootContent } from "hast";

export function isExternalHref(href: unknown): boolean {
  return typeof href === "string" && /^https?:\/\//i.test(href);
}

export function rehypeExternalLinks() {
  return (tree: Root) => {
    // MDX components (<Sources>, <Figure>…) are not hast elements, but their children are: walk every node.
    const visit = (node: Root | RootContent) => {
      if (node.type === "element" && node.tagName === "a" && isExternalHref((node as Element).properties.href)) {
        (node as Element).properties.rel = ["noopener", "external"];
      }
      if ("children" in node) for (const child of node.children as RootContent[]) visit(child);
    };
    visit(tree);
  };
}
