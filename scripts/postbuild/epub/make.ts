/** One EPUB 3 file from a one-page edition's HTML: the parts, the package, the zip (OCF container). */
import { readFileSync } from "node:fs";
import type { Element, ElementContent } from "hast";
import { zipSync, strToU8, type Zippable } from "fflate";
import { svgStyles } from "../../../src/charts/standalone.ts";
import { splitOnePage, type SplitEdition } from "./split.ts";
import { promoteHeadings, rewriteLinks, stripChrome, toEpubNotes } from "./clean.ts";
import { dropDanglingRefs, escapeXml, idsIn, section, xhtmlDocument, xhtmlOf } from "./xhtml.ts";
import { CONTAINER_XML, navLinks, navXhtml, packageOpf, type PackageItem } from "./package.ts";
import { bookMeta } from "./meta.ts";

export interface EpubInput {
  html: string;
  /** The one-page file, for error messages. */
  file: string;
  lang: string;
  identifier: string;
  cover: Uint8Array;
  contentsHeading: string;
  modified: string;
}

export interface EpubPart {
  /** File name inside EPUB/. */
  href: string;
  title: string;
  xhtml: string;
}

const text = (value: string): ElementContent => ({ type: "text", value });
const el = (tagName: string, properties: Element["properties"], children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});

export const FRONT_FILE = "front.xhtml";
export const chapterFile = (id: string) => `part-${id}.xhtml`;

/** The XHTML files of an edition, in reading order (front matter, then each chapter or talk). */
export function epubParts(book: SplitEdition): { parts: EpubPart[]; fileOf: (id: string) => string | undefined } {
  const front = stripChrome(book.front);
  const chapters = book.chapters.map((c) => ({ ...c, body: stripChrome(c.body) }));
  const fileOfId = new Map<string, string>();
  for (const id of idsIn(front)) fileOfId.set(id, FRONT_FILE);
  for (const c of chapters) {
    fileOfId.set(c.id, chapterFile(c.id));
    for (const id of idsIn(c.body)) fileOfId.set(id, chapterFile(c.id));
  }
  const fileOf = (id: string) => fileOfId.get(id);
  const finish = (nodes: ElementContent[], href: string) =>
    xhtmlOf(dropDanglingRefs(rewriteLinks(toEpubNotes(nodes), fileOf, href)));
  const heading = [
    el("h1", {}, [text(book.title)]),
    ...(book.subtitle ? [el("p", { className: ["subtitle"] }, [text(book.subtitle)])] : []),
  ];
  const parts: EpubPart[] = [
    {
      href: FRONT_FILE,
      title: book.title,
      xhtml: finish([section({ "epub:type": "frontmatter" }, [...heading, ...front])], FRONT_FILE),
    },
  ];
  for (const c of chapters) {
    const href = chapterFile(c.id);
    const body = promoteHeadings(c.body);
    parts.push({
      href,
      title: c.title,
      xhtml: finish([section({ id: c.id, "epub:type": "chapter" }, [el("h1", {}, [text(c.title)]), ...body])], href),
    });
  }
  return {
    parts: parts.map((p) => ({ ...p, xhtml: xhtmlDocument({ lang: book.lang, title: p.title, body: p.xhtml }) })),
    fileOf,
  };
}

let styleCache: string | undefined;
function stylesheet(): string {
  styleCache ??= `${readFileSync(new URL("./style.css", import.meta.url), "utf8")}\n/* Chart marks, as in the downloadable SVGs (src/charts/standalone.ts) */\n${svgStyles(readFileSync("src/styles/charts.css", "utf8"))}\n`;
  return styleCache;
}

export function makeEpub(input: EpubInput): Uint8Array {
  const book = splitOnePage(input.html, input.file);
  const { parts, fileOf } = epubParts(book);
  const nav = navXhtml(book.lang, input.contentsHeading, navLinks(book.contents, fileOf), {
    start: parts[1]?.href ?? FRONT_FILE,
    startTitle: parts[1]?.title ?? book.title,
  });
  const cover = xhtmlDocument({
    lang: book.lang,
    title: book.title,
    body: `<section epub:type="cover" class="cover"><img src="cover.png" alt="${escapeXml(book.title)}" /></section>`,
  });
  const items: PackageItem[] = [
    { href: "cover.xhtml", mediaType: "application/xhtml+xml", spine: true },
    { href: "nav.xhtml", mediaType: "application/xhtml+xml", properties: "nav", spine: true },
    ...parts.map((p) => ({
      href: p.href,
      mediaType: "application/xhtml+xml",
      spine: true,
      properties: /<svg[\s>]/.test(p.xhtml) ? "svg" : undefined,
    })),
    { href: "cover.png", mediaType: "image/png", properties: "cover-image" },
    { href: "style.css", mediaType: "text/css" },
  ];
  const opf = packageOpf(
    { identifier: input.identifier, lang: book.lang, modified: input.modified, ...bookMeta(book, input.lang) },
    items,
  );
  const mtime = new Date(input.modified);
  const files: Zippable = {
    // The OCF container: "mimetype" first and stored, then the rest compressed.
    mimetype: [strToU8("application/epub+zip"), { level: 0 }],
    "META-INF/container.xml": strToU8(CONTAINER_XML),
    "EPUB/package.opf": strToU8(opf),
    "EPUB/nav.xhtml": strToU8(nav),
    "EPUB/cover.xhtml": strToU8(cover),
    "EPUB/cover.png": [input.cover, { level: 0 }],
    "EPUB/style.css": strToU8(stylesheet()),
    ...Object.fromEntries(parts.map((p) => [`EPUB/${p.href}`, strToU8(p.xhtml)])),
  };
  return zipSync(files, { level: 9, mtime });
}
