/**
 * Read every page of a built site once: its ids, links and metadata. The link,
 * SEO and CSP checks all work from this index.
 */
import { readFile } from "node:fs/promises";
import { relative, sep } from "node:path";
import { parseDocument, DomUtils } from "htmlparser2";
import type { Element } from "domhandler";
import { htmlFiles } from "../lib/files.ts";
import { isExecutableScriptType } from "../postbuild/csp.ts";

export interface PageLink {
  tag: string;
  attr: string;
  url: string;
  /** Text a screen reader would announce for an <a>: content, aria-label or image alt. */
  text?: string;
  rel?: string;
}

export interface PageInfo {
  /** File path relative to the output directory, e.g. "zh/index.html". */
  file: string;
  /** URL path the page is served at (with the deployment base), e.g. "/kb/zh/". */
  path: string;
  ids: Set<string>;
  links: PageLink[];
  title: string;
  description?: string;
  canonical?: string;
  lang?: string;
  csp: string[];
  inlineScripts: string[];
  /** <meta name="robots" content="noindex">: redirects and the 404 page. */
  noindex: boolean;
  /** Open Graph and Twitter card tags (og:…, twitter:…), each with every value given. */
  card: Record<string, string[]>;
  /** Images (<img>, role="img") a screen reader could not name, e.g. `<img src="/x.png">`. */
  unnamedImages: string[];
  /** The text of each <script type="application/ld+json"> block. */
  jsonLd: string[];
  /** <link rel="alternate" hreflang>: language → URL. */
  hreflang: Record<string, string>;
}

function accessibleText(el: Element): string {
  const label = el.attribs["aria-label"];
  if (label) return label.trim();
  const parts: string[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type === "text") parts.push(child.data);
      else if (child.type === "tag") {
        if (child.attribs["aria-hidden"] === "true") continue;
        if (child.name === "img") parts.push(child.attribs.alt ?? "");
        else walk(child);
      }
    }
  };
  walk(el);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** The URL path a file in the output directory is served at. */
export function servedPath(file: string, base: string): string {
  const rel = file.split(sep).join("/");
  const path = rel.endsWith("index.html") ? rel.slice(0, -"index.html".length) : rel;
  return base.replace(/\/?$/, "/") + path;
}

const LINK_ATTRS: Record<string, string[]> = {
  a: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src"],
  source: ["src"],
  form: ["action"],
  iframe: ["src"],
  use: ["href", "xlink:href"],
};

/** One page's ids, links and metadata, from its HTML. */
export function indexPage(html: string, file: string, base = "/"): PageInfo {
  const doc = parseDocument(html);
  const elements = DomUtils.findAll(() => true, doc.children) as Element[];
  const info: PageInfo = {
    file,
    path: servedPath(file, base),
    ids: new Set(),
    links: [],
    title: "",
    csp: [],
    inlineScripts: [],
    noindex: false,
    card: {},
    unnamedImages: [],
    jsonLd: [],
    hreflang: {},
  };
  const images: Element[] = [];
  for (const el of elements) {
    if (el.attribs.id) info.ids.add(el.attribs.id);
    if (el.name === "a" && el.attribs.name) info.ids.add(el.attribs.name);
    for (const attr of LINK_ATTRS[el.name] ?? []) {
      const url = el.attribs[attr];
      if (url === undefined) continue;
      info.links.push({
        tag: el.name,
        attr,
        url,
        rel: el.attribs.rel,
        ...(el.name === "a" ? { text: accessibleText(el) } : {}),
      });
    }
    if (el.name === "html") info.lang = el.attribs.lang;
    if (el.name === "title") info.title = DomUtils.textContent(el).trim();
    if (el.name === "meta" && el.attribs.name === "description") info.description = el.attribs.content;
    if (el.name === "meta" && el.attribs.name === "robots" && /noindex/.test(el.attribs.content ?? ""))
      info.noindex = true;
    if (el.name === "meta" && el.attribs["http-equiv"]?.toLowerCase() === "content-security-policy")
      info.csp.push(el.attribs.content ?? "");
    if (el.name === "link" && el.attribs.rel === "canonical") info.canonical = el.attribs.href;
    if (el.name === "link" && el.attribs.rel === "alternate" && el.attribs.hreflang)
      info.hreflang[el.attribs.hreflang] = el.attribs.href ?? "";
    if (el.name === "script" && el.attribs.type === "application/ld+json") info.jsonLd.push(DomUtils.textContent(el));
    const cardKey = el.name === "meta" ? (el.attribs.property ?? el.attribs.name) : undefined;
    if (cardKey && /^(og|twitter):/.test(cardKey)) {
      (info.card[cardKey] ??= []).push(el.attribs.content ?? "");
      // The card's own address and image must resolve like any link.
      if (cardKey === "og:url" || cardKey === "og:image")
        info.links.push({ tag: "meta", attr: cardKey, url: el.attribs.content ?? "" });
    }
    if (el.name === "script" && !el.attribs.src && isExecutableScriptType(el.attribs.type))
      info.inlineScripts.push(DomUtils.textContent(el));
    if (el.name === "img" || el.attribs.role === "img") images.push(el);
  }
  // An image is named by alt (an empty alt marks it decorative), aria-label, or
  // aria-labelledby pointing at elements with text.
  const byId = new Map(elements.filter((el) => el.attribs.id).map((el) => [el.attribs.id!, el]));
  for (const img of images) {
    if (img.attribs["aria-hidden"] === "true") continue;
    const labelled = (img.attribs["aria-labelledby"] ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => byId.get(id));
    const named =
      (img.name === "img" && img.attribs.alt !== undefined) ||
      !!img.attribs["aria-label"]?.trim() ||
      (labelled.length > 0 && labelled.every((el) => el && DomUtils.textContent(el).trim()));
    if (!named)
      info.unnamedImages.push(
        `<${img.name}${img.attribs.src ? ` src="${img.attribs.src}"` : ""}${img.attribs.class ? ` class="${img.attribs.class}"` : ""}>`,
      );
  }
  return info;
}

export async function indexSite(outDir: string, base = "/"): Promise<PageInfo[]> {
  const pages: PageInfo[] = [];
  for (const abs of await htmlFiles(outDir)) {
    const file = relative(outDir, abs);
    if (file.startsWith(`pagefind${sep}`)) continue;
    pages.push(indexPage(await readFile(abs, "utf8"), file, base));
  }
  return pages;
}
