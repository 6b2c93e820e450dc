/**
 * rehype plugin: beside each passage that a glossary term or a taxonomy node
 * cites, a small "Discussed in" list linking back to those pages, so a reader
 * can go from the text to the vocabulary as easily as the other way round.
 * After a heading (its permalink wrapper) or a paragraph, the two wrapped together
 * (`with-related`) so that wide screens can set the list in a margin column beside
 * the passage (styles/related.css); inside a list item, at its end. The list is a
 * <details>: on phones a "⋯ N related" chip that opens it, without JavaScript.
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

/**
 * The links grouped by kind (the glossary, each risk scheme), the kind written once
 * before its names: "Forum red lines: A · B · C" rather than the same words before
 * each. Each link's name still says its kind ("Glossary: Bias"), in hidden text.
 */
export function discussedIn(links: readonly Backlink[], lang: Locale, base: string): Element {
  const sep = t(lang, "glossary.kindSeparator");
  const groups = new Map<string, Element[]>();
  for (const l of links) {
    const href = withBase(l.kind === "term" ? glossaryPath(lang, l.id) : nodePath(lang, l.id), base);
    const kind = l.kind === "term" ? t(lang, "glossary.kindTerm") : l.scheme![lang];
    const link = el("a", { href }, [
      el("span", { className: ["sr-only"] }, [{ type: "text", value: `${kind}${sep}` }]),
      { type: "text", value: l.name[lang] },
    ]);
    groups.set(kind, [...(groups.get(kind) ?? []), el("li", {}, [link])]);
  }
  const items = [...groups].map(([kind, links]) =>
    el("li", { className: ["discussed-in__group"] }, [
      el("span", { className: ["discussed-in__kind"], ariaHidden: "true" }, [{ type: "text", value: `${kind}${sep}` }]),
      el("ul", {}, links),
    ]),
  );
  return el("details", { className: ["discussed-in"], dataPagefindIgnore: "" }, [
    el("summary", { className: ["discussed-in__chip"] }, [
      el("span", { ariaHidden: "true" }, [{ type: "text", value: "⋯ " }]),
      { type: "text", value: t(lang, "glossary.relatedCount", { n: links.length }) },
    ]),
    el("div", { className: ["discussed-in__body"] }, [
      el("span", { className: ["discussed-in__label"] }, [{ type: "text", value: t(lang, "glossary.discussedIn") }]),
      el("ul", {}, items),
    ]),
  ]);
}

/** A passage and its related entries, side by side on wide screens. */
function withRelated(node: Element, related: Element): Element {
  return el("div", { className: ["with-related"] }, [node, related]);
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
        if (child.type !== "element") {
          next.push(child);
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
          next.push(child);
        } else if (links && (isWrapper || child.tagName === "p")) {
          next.push(withRelated(child, discussedIn(links, page.lang, base)));
        } else {
          if (!isWrapper) walk(child);
          next.push(child);
        }
      }
      parent.children = next;
    };
    walk(tree as { children: Node[] });
  };
}
