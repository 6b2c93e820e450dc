/**
 * Move rendered document text onto another page: prefix every id so two
 * copies (two languages, or all chapters) stay unique on one page, point the
 * references to ids (#links, aria-describedby, for…, an SVG's fill="url(#…)")
 * at the prefixed ids, and
 * let the caller rewrite every other link.
 */
import type { Element, Root, RootContent } from "hast";

/** hast properties whose value names ids on the same page. */
const ID_REFERENCES = [
  "ariaDescribedBy",
  "ariaLabelledBy",
  "ariaControls",
  "ariaDetails",
  "ariaOwns",
  "htmlFor",
  "headers",
] as const;

/** SVG properties that name an id as a paint server or resource: fill="url(#hatch)". */
const URL_REFERENCES = [
  "fill",
  "stroke",
  "clipPath",
  "mask",
  "filter",
  "markerStart",
  "markerMid",
  "markerEnd",
] as const;

export interface RewriteOptions {
  /** Put before every id ("" keeps them). */
  prefix: string;
  /** New value for a link that is not a #fragment, or undefined to keep it. */
  link?: (href: string) => string | undefined;
}

function prefixTokens(value: unknown, prefix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? prefix + v : v));
  if (typeof value === "string")
    return value
      .split(/\s+/)
      .filter(Boolean)
      .map((v) => prefix + v)
      .join(" ");
  return value;
}

function rewriteElement(el: Element, { prefix, link }: RewriteOptions): void {
  const p = el.properties;
  if (prefix) {
    if (typeof p.id === "string" && p.id) p.id = prefix + p.id;
    const props = p as Record<string, unknown>;
    for (const name of ID_REFERENCES) if (props[name] !== undefined) props[name] = prefixTokens(props[name], prefix);
    for (const name of URL_REFERENCES) {
      const value = props[name];
      if (typeof value === "string") props[name] = value.replace(/url\(\s*(['"]?)#/g, `url($1#${prefix}`);
    }
    if (typeof props.xLinkHref === "string" && props.xLinkHref.startsWith("#"))
      props.xLinkHref = `#${prefix}${props.xLinkHref.slice(1)}`;
  }
  if (typeof p.href === "string") {
    if (p.href.startsWith("#")) {
      if (prefix && p.href.length > 1) p.href = `#${prefix}${p.href.slice(1)}`;
    } else if (link) {
      const next = link(p.href);
      if (next !== undefined) p.href = next;
    }
  }
}

export function rewriteTree(node: Root | Element, options: RewriteOptions): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== "element") continue;
    rewriteElement(child, options);
    rewriteTree(child, options);
    if (child.tagName === "template" && child.content) rewriteTree(child.content as unknown as Root, options);
  }
}

/** Every id in the tree, in document order. */
export function idsOf(node: Root | Element): string[] {
  const ids: string[] = [];
  for (const child of node.children as RootContent[]) {
    if (child.type !== "element") continue;
    if (typeof child.properties.id === "string" && child.properties.id) ids.push(child.properties.id);
    ids.push(...idsOf(child));
  }
  return ids;
}

/** Headings one level down (h2 → h3…), for text placed under a chapter heading; h6 stays h6. */
export function demoteHeadings(node: Root | Element): void {
  for (const child of node.children as RootContent[]) {
    if (child.type !== "element") continue;
    const m = /^h([1-5])$/.exec(child.tagName);
    if (m) child.tagName = `h${Number(m[1]) + 1}`;
    demoteHeadings(child);
  }
}
