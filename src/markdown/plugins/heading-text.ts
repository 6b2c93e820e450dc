/**
 * rehype plugin: the plain text of each heading without its footnote markers,
 * for the table of contents. Astro's own heading list counts every text node,
 * so "Meta: … transparency[^81]" would list as "… transparency81". The clean
 * text reaches the page as remarkPluginFrontmatter.headingText (id → text).
 */
import type { Element, ElementContent, Root } from "hast";
import type { VFile } from "vfile";

function isFootnoteRef(el: Element): boolean {
  return el.tagName === "sup" && el.children.some((c) => c.type === "element" && "dataFootnoteRef" in c.properties);
}

/** Text content, skipping footnote references. */
export function textWithoutFootnotes(nodes: readonly ElementContent[]): string {
  return nodes
    .map((n) =>
      n.type === "text" ? n.value : n.type === "element" && !isFootnoteRef(n) ? textWithoutFootnotes(n.children) : "",
    )
    .join("");
}

export function rehypeHeadingText() {
  return (tree: Root, file: VFile) => {
    const texts: Record<string, string> = {};
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== "element") continue;
        const id = child.properties.id;
        if (/^h[2-4]$/.test(child.tagName) && typeof id === "string")
          texts[id] = textWithoutFootnotes(child.children).trim();
        else visit(child);
      }
    };
    visit(tree);
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.headingText = texts;
  };
}
