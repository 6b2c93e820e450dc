/**
 * A chart is an element tree built by pure functions (no DOM), turned into an
 * SVG string at build time and again in the browser when the state changes.
 * Numbers are rounded so the markup is stable (and golden tests are readable).
 */

export type Attr = string | number | boolean | undefined;
export interface El {
  tag: string;
  attrs: Record<string, Attr>;
  children: Child[];
}
export type Child = El | string | false | null | undefined;

/** h("rect", { x: 1 }, …children): one element of the tree. */
export function h(tag: string, attrs: Record<string, Attr> = {}, ...children: (Child | Child[])[]): El {
  return { tag, attrs, children: children.flat() };
}

/** Round to two decimals, dropping trailing zeros (1.50 → 1.5, 2.00 → 2). */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? "0" : String(r);
}

const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESC[c]!);
}

function attrs(a: Record<string, Attr>): string {
  let out = "";
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === false) continue;
    if (v === true) out += ` ${k}=""`;
    else out += ` ${k}="${escapeXml(typeof v === "number" ? num(v) : v)}"`;
  }
  return out;
}

/** The tree as markup. Elements without children are self-closed (valid in SVG and in HTML's foreign content). */
export function render(el: Child): string {
  if (el === false || el === null || el === undefined) return "";
  if (typeof el === "string") return escapeXml(el);
  const inner = el.children.map(render).join("");
  return inner ? `<${el.tag}${attrs(el.attrs)}>${inner}</${el.tag}>` : `<${el.tag}${attrs(el.attrs)}/>`;
}

/** Count elements matching a predicate (tests and the data-count check use it). */
export function count(el: Child, pred: (e: El) => boolean): number {
  if (!el || typeof el === "string") return 0;
  return (pred(el) ? 1 : 0) + el.children.reduce<number>((n, c) => n + count(c, pred), 0);
}

/**
 * The root of every chart: a scalable SVG image named by its title element
 * (`titleId`), `width` wide in viewBox units. `modifier` adds a per-chart class
 * (chart-svg--<modifier>) for styles that only that chart needs.
 */
export function chartSvg(
  box: { width: number; height: number; titleId: string; modifier?: string },
  ...children: (Child | Child[])[]
): El {
  return h(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${box.width} ${box.height}`,
      width: box.width,
      height: box.height,
      role: "img",
      "aria-labelledby": box.titleId,
      class: box.modifier ? `chart-svg chart-svg--${box.modifier}` : "chart-svg",
    },
    ...children,
  );
}
