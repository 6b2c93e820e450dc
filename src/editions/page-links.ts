/** The link rewriting each kind of page applies to moved text (pure; paths include the base). */
import { absoluteLink, documentLink } from "./links.ts";
import { onePageAnchor } from "./one-page.ts";

export interface DocumentPaths {
  /** The document's folder in each language, with the base: { zh: "/kb/zh/reports/x/", en: … }. */
  roots: Readonly<Record<string, string>>;
  /** The chapter or talk the text comes from. */
  slug: string;
}

/**
 * Links in one column of a parallel view: to its own chapter → the (prefixed)
 * passage on this page; to another chapter of the document → that chapter's
 * parallel view in the page's language; relative links made absolute.
 */
export function parallelLink(doc: DocumentPaths, columnLang: string, pageLang: string, prefix: string) {
  const from = `${doc.roots[columnLang]}${doc.slug}/`;
  return (href: string): string => {
    const target = documentLink(href, from, doc.roots);
    if (!target) return absoluteLink(href, from);
    if (target.part === doc.slug && target.hash) return `#${prefix}${target.hash}`;
    return `${doc.roots[pageLang]}${target.part}/parallel/${target.hash ? `#${target.hash}` : ""}`;
  };
}

/** Links in a chapter of the one-page edition: within the document and language → a place on the page. */
export function onePageLink(doc: DocumentPaths, lang: string) {
  const from = `${doc.roots[lang]}${doc.slug}/`;
  return (href: string): string => {
    const target = documentLink(href, from, doc.roots);
    if (target && target.lang === lang) return onePageAnchor(target.part, target.hash);
    return absoluteLink(href, from);
  };
}
