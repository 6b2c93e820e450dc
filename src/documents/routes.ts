/** Static paths of every document page, for either kind (the routes in src/pages stay thin). */
import { LOCALES, type Locale } from "../i18n/locales.ts";
import { href } from "../lib/page-locale.ts";
import { KINDS, type DocumentKind } from "./kinds.ts";
import { getDocuments, getParts, type DocEntry, type Part } from "./library.ts";
import { documentPath, type Crumb } from "./paths.ts";

export interface DocumentPageProps<K extends DocumentKind> {
  doc: DocEntry<K>;
}

export interface PartPageProps<K extends DocumentKind> {
  doc: DocEntry<K>;
  part: Part<K>;
  prev?: Crumb;
  next?: Crumb;
}

/** Overview, one-page and other per-document pages: /{lang}/{segment}/{id}/… */
export async function documentStaticPaths<K extends DocumentKind>(kind: K) {
  const docs = await getDocuments(kind);
  return LOCALES.flatMap((lang) =>
    docs.map((doc) => ({
      params: { lang, [KINDS[kind].params.doc]: doc.id },
      props: { doc } satisfies DocumentPageProps<K>,
    })),
  );
}

/** Chapter and talk pages (and their parallel views), with previous/next in reading order. */
export async function partStaticPaths<K extends DocumentKind>(kind: K) {
  const { params } = KINDS[kind];
  const paths: { params: Record<string, string>; props: PartPageProps<K> }[] = [];
  for (const doc of await getDocuments(kind)) {
    for (const lang of LOCALES) {
      const parts = await getParts(kind, doc.id, lang);
      const link = (p: Part<K> | undefined): Crumb | undefined =>
        p && { label: p.navTitle, href: href(documentPath(kind, lang as Locale, doc.id, p.slug)) };
      parts.forEach((part, i) => {
        paths.push({
          params: { lang, [params.doc]: doc.id, [params.part]: part.slug },
          props: { doc, part, prev: link(parts[i - 1]), next: link(parts[i + 1]) },
        });
      });
    }
  }
  return paths;
}
