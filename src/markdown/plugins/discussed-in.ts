/**
 * rehype plugin: beside each passage that a glossary term or a taxonomy node
 * cites, a small "Discussed in" list linking back to those pages, so a reader
 * can go from the text to the vocabulary as easily as the other way round.
 * After a heading (its permalink wrapper) or a paragraph; inside a list item, at its end.
 */
import type { Element, ElementContent, Root, RootContent } from "hast";
import type { VFile } from "vfile";
import { siteGlossary } from "../../glossary/site.ts";
import type { Backlink } from "../../glossary/backlinks.ts";
import { glossaryPath, nodePath } from "../../glossary/links.ts";
import { refForFile } from "../../passages/refs.ts";
import { withBase } from "../../i18n/urls.ts";
import { siteConfig } from "../../lib/site-config.ts";
import { t } from "../../i18n/t.ts";
import type { Locale } from "../../i18n/locales.ts";

type Node = Root | RootContent;

function el(tagName: string, properties: Element["properties"], children: ElementContent[]): Element {
  return { type: "element", tagName, properties, children };
}

export function discussedIn(links: readonly Backlink[], lang: Locale, base: string): Element {
  const items = links.map((l) => {
    const href = withBase(l.kind === "term" ? glossaryPath(lang, l.id) : nodePath(lang, l.id), base);
    const kind = l.kind === "term" ? t(lang, "glossary.kindTerm") : l.scheme![lang];
    return el("li", {}, [
      el("a", { href }, [{ type: "text", value: `${kind}${t(lang, "glossary.kindSeparator")}${l.name[lang]}` }]),
    ]);
  });
  return el("div", { className: ["discussed-in"], dataPagefindIgnore: "" }, [
    el("span", { className: ["discussed-in__label"] }, [{ type: "text", value: t(lang, "glossary.discussedIn") }]),
    el("ul", {}, items),
  ]);
}

export function rehypeDiscussedIn() {
  const base = siteConfig(process.env).base;
  return (tree: Root, file: VFile) => {
    const page = refForFile(file.path, "x");
    if (!page) return;
    const pageRef = page.ref.slice(0, -2);
    const { backlinks } = siteGlossary();
    const linksFor = (id: unknown) => (typeof id === "string" ? backlinks.get(`${pageRef}#${id}`) : undefined);

    const walk = (parent: { children: Node[] }) => {
      const next: Node[] = [];
      for (const child of parent.children) {
        next.push(child);
        if (child.type !== "element") {
          if ("children" in child) walk(child as { children: Node[] });
          continue;
        }
        const isWrapper = child.properties.className && String(child.properties.className).includes("heading");
        const own = isWrapper
          ? (child.children.find((c) => c.type === "element") as Element | undefined)?.properties.id
          : child.properties.id;
        const links = linksFor(own);
        if (links && child.tagName === "li") {
          walk(child);
          child.children.push(discussedIn(links, page.lang, base));
        } else if (links && (isWrapper || child.tagName === "p")) {
          next.push(discussedIn(links, page.lang, base));
        } else if (!isWrapper) walk(child);
      }
      parent.children = next;
    };
    walk(tree as { children: Node[] });
  };
}
