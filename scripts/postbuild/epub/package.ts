/** The EPUB's package files: META-INF/container.xml, the OPF package document and nav.xhtml. */
import { escapeXml as x, xhtmlDocument } from "./xhtml.ts";
import type { ContentsEntry } from "./split.ts";

export const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

export interface PackageItem {
  /** Path inside EPUB/. */
  href: string;
  mediaType: string;
  properties?: string;
  /** In the reading order (the spine). */
  spine?: boolean;
}

export interface PackageMeta {
  identifier: string;
  title: string;
  lang: string;
  creator?: string;
  publisher?: string;
  date?: string;
  /** dcterms:modified, CCYY-MM-DDThh:mm:ssZ. */
  modified: string;
  description?: string;
  source?: string;
}

const itemId = (href: string) => `i-${href.replace(/[^A-Za-z0-9_-]/g, "_")}`;

export function packageOpf(meta: PackageMeta, items: readonly PackageItem[]): string {
  const optional = (tag: string, value: string | undefined) => (value ? `\n    <${tag}>${x(value)}</${tag}>` : "");
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${x(meta.lang)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">${x(meta.identifier)}</dc:identifier>
    <dc:title>${x(meta.title)}</dc:title>
    <dc:language>${x(meta.lang)}</dc:language>${optional("dc:creator", meta.creator)}${optional("dc:publisher", meta.publisher)}${optional("dc:date", meta.date)}${optional("dc:description", meta.description)}${optional("dc:source", meta.source)}
    <meta property="dcterms:modified">${x(meta.modified)}</meta>
  </metadata>
  <manifest>
${items
  .map(
    (i) =>
      `    <item id="${itemId(i.href)}" href="${x(i.href)}" media-type="${x(i.mediaType)}"${i.properties ? ` properties="${x(i.properties)}"` : ""}/>`,
  )
  .join("\n")}
  </manifest>
  <spine>
${items
  .filter((i) => i.spine)
  .map((i) => `    <itemref idref="${itemId(i.href)}"/>`)
  .join("\n")}
  </spine>
</package>
`;
}

export interface NavLink {
  href: string;
  title: string;
  children: NavLink[];
}

function navList(links: readonly NavLink[]): string {
  return `<ol>${links
    .map((l) => `<li><a href="${x(l.href)}">${x(l.title)}</a>${l.children.length ? navList(l.children) : ""}</li>`)
    .join("")}</ol>`;
}

/** The EPUB navigation document: the contents, and landmarks for the cover-less start of the text. */
export function navXhtml(
  lang: string,
  heading: string,
  links: readonly NavLink[],
  landmarks: { start: string; startTitle: string },
): string {
  return xhtmlDocument({
    lang,
    title: heading,
    body: `<nav epub:type="toc" id="toc"><h1>${x(heading)}</h1>${navList(links)}</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden"><ol><li><a epub:type="bodymatter" href="${x(landmarks.start)}">${x(landmarks.startTitle)}</a></li></ol></nav>`,
  });
}

/** Contents entries of the one-page edition as nav links to the chapter files. */
export function navLinks(entries: readonly ContentsEntry[], fileOf: (id: string) => string | undefined): NavLink[] {
  return entries.map((e) => {
    const file = fileOf(e.id);
    if (!file) throw new Error(`the contents link to #${e.id}, which is in no chapter`);
    return { href: `${file}#${e.id}`, title: e.title, children: navLinks(e.children, fileOf) };
  });
}
