/** Static paths and sitemap entries for the glossary and taxonomy pages (the routes in src/pages stay thin). */
import { LOCALES } from "../i18n/locales.ts";
import { siteGlossary } from "./site.ts";

/** /{lang}/glossary/{term}/ */
export function termStaticPaths() {
  const { terms } = siteGlossary();
  return LOCALES.flatMap((lang) => terms.map((term) => ({ params: { lang, term: term.id }, props: { term } })));
}

/** /{lang}/risks/{scheme}/ */
export function schemeStaticPaths() {
  const { risks } = siteGlossary();
  return LOCALES.flatMap((lang) =>
    risks.schemes.map((scheme) => ({ params: { lang, scheme: scheme.id }, props: { scheme } })),
  );
}

/** /{lang}/risks/{scheme}/{node}/ */
export function nodeStaticPaths() {
  const { risks } = siteGlossary();
  return LOCALES.flatMap((lang) =>
    risks.schemes.flatMap((scheme) =>
      scheme.nodes.map((node) => ({ params: { lang, scheme: scheme.id, node: node.id }, props: { scheme, node } })),
    ),
  );
}

/** Language-neutral paths of every glossary and taxonomy page, for the sitemap. */
export function glossaryPaths(): string[] {
  const { terms, risks } = siteGlossary();
  return [
    "glossary/",
    ...terms.map((t) => `glossary/${t.id}/`),
    "risks/",
    ...risks.schemes.flatMap((s) => [`risks/${s.id}/`, ...s.nodes.map((n) => `risks/${s.id}/${n.id}/`)]),
  ];
}

/** Terms that a taxonomy node names as its concept, by term id. */
export function nodesByTerm(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of siteGlossary().risks.schemes)
    for (const n of s.nodes) for (const term of n.terms) out.set(term, [...(out.get(term) ?? []), n.ref]);
  return out;
}
