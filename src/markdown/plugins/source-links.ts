/**
 * rehype plugin: each footnote and each slide source that cites a work links to
 * its entry in the bibliography (/{lang}/sources/#id), which links back to the
 * passages that cite it. The entry is found by the note's number or the
 * source's position in its list (content/sources/bibliography.yaml, citedIn).
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import type { VFile } from "vfile";
import { refForFile } from "../../passages/refs.ts";
import { siteBibliography, placeKeyOf } from "../../sources/site.ts";
import { sourcePath } from "../../sources/links.ts";
import { textIn } from "../../sources/sort.ts";
import type { Source } from "../../schemas/sources.ts";
import { withBase } from "../../i18n/urls.ts";
import { siteConfig } from "../../lib/site-config.ts";
import { t } from "../../i18n/t.ts";
import type { Locale } from "../../i18n/locales.ts";

type Node = Root | RootContent;

function entryLink(e: Source, lang: Locale, base: string): Element {
  return {
    type: "element",
    tagName: "a",
    properties: {
      href: withBase(sourcePath(lang, e.id), base),
      className: ["source-entry-link"],
      ariaLabel: t(lang, "sources.entryLinkLabel", { title: textIn(e.title, lang) }),
      dataPagefindIgnore: "",
    },
    children: [{ type: "text", value: t(lang, "sources.entryLink") }],
  };
}

function attr(node: Node, name: string): string | undefined {
  const attrs = (node as { attributes?: { type: string; name?: string; value?: unknown }[] }).attributes ?? [];
  const a = attrs.find((x) => x.type === "mdxJsxAttribute" && x.name === name);
  return typeof a?.value === "string" ? a.value : undefined;
}

/** The list items of a <Sources> block, in order (its one list). */
function listItems(node: Node): Element[] {
  const out: Element[] = [];
  const visit = (n: Node) => {
    if (n.type === "element" && n.tagName === "li") out.push(n);
    else if ("children" in n) (n.children as Node[]).forEach(visit);
  };
  visit(node);
  return out;
}

export function rehypeSourceLinks() {
  const base = siteConfig(process.env).base;
  return (tree: Root, file: VFile) => {
    const page = refForFile(file.path, "x");
    if (!page) return;
    const pageRef = page.ref.slice(0, -2);
    const { lang } = page;
    const { at } = siteBibliography();
    if (!at.size) return;
    const walk = (node: Node) => {
      if (node.type === "element" && node.tagName === "li" && typeof node.properties.id === "string") {
        const m = /^user-content-fn-(\d+)$/.exec(node.properties.id);
        const e = m ? at.get(placeKeyOf(pageRef, { note: Number(m[1]) })) : undefined;
        if (e) {
          // Before the back-link, inside the note's last paragraph.
          const p = [...node.children].reverse().find((c): c is Element => c.type === "element" && c.tagName === "p");
          const target = p ?? node;
          const back = target.children.findIndex(
            (c) => c.type === "element" && c.tagName === "a" && "dataFootnoteBackref" in c.properties,
          );
          const add: ElementContent[] = [entryLink(e, lang, base), { type: "text", value: " " }];
          if (back >= 0) target.children.splice(back, 0, ...add);
          else target.children.push({ type: "text", value: " " }, entryLink(e, lang, base));
        }
        return;
      }
      const jsx = node as { type: string; name?: string | null };
      if ((jsx.type === "mdxJsxFlowElement" || jsx.type === "mdxJsxTextElement") && jsx.name === "Sources") {
        const list = attr(node, "id");
        listItems(node).forEach((li, i) => {
          const e = list ? at.get(placeKeyOf(pageRef, { list, item: i + 1 })) : undefined;
          if (e) li.children.push({ type: "text", value: " " }, entryLink(e, lang, base));
        });
        return;
      }
      if ("children" in node) (node.children as Node[]).forEach(walk);
    };
    walk(tree);
  };
}
