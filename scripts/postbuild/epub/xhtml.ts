/** One XHTML content document of the EPUB: well-formed XML, with the epub namespace for notes. */
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** ids present in nodes. */
export function idsIn(nodes: readonly ElementContent[]): Set<string> {
  const ids = new Set<string>();
  const walk = (n: ElementContent) => {
    if (n.type !== "element") return;
    if (typeof n.properties.id === "string") ids.add(n.properties.id);
    n.children.forEach(walk);
  };
  nodes.forEach(walk);
  return ids;
}

/** aria-labelledby / aria-describedby pointing at ids that are not in this file: dropped (an XHTML file must resolve them). */
export function dropDanglingRefs(nodes: readonly ElementContent[]): ElementContent[] {
  const ids = idsIn(nodes);
  const fix = (n: ElementContent): ElementContent => {
    if (n.type !== "element") return n;
    const props = { ...n.properties };
    for (const key of ["ariaLabelledBy", "ariaDescribedBy"] as const) {
      const refs: unknown = props[key];
      const list = Array.isArray(refs) ? refs.map(String) : typeof refs === "string" ? refs.split(/\s+/) : [];
      if (list.length && !list.every((id) => ids.has(id))) delete props[key];
    }
    return { ...n, properties: props, children: n.children.map(fix) };
  };
  return nodes.map(fix);
}

/** Serialize body nodes as XHTML (void elements closed, no named character references). */
export function xhtmlOf(nodes: readonly ElementContent[]): string {
  const root: Root = { type: "root", children: [...nodes] };
  return toHtml(root, {
    closeSelfClosing: true,
    closeEmptyElements: true,
    tightSelfClosing: false,
    characterReferences: { useNamedReferences: false },
    collapseEmptyAttributes: false,
    allowDangerousCharacters: false,
  });
}

export interface XhtmlPage {
  lang: string;
  title: string;
  body: string;
}

export function xhtmlDocument({ lang, title, body }: XhtmlPage): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${escape(lang)}" xml:lang="${escape(lang)}">
<head>
<meta charset="utf-8" />
<title>${escape(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css" />
</head>
<body>
${body}
</body>
</html>
`;
}

export const section = (props: Element["properties"], children: ElementContent[]): Element => ({
  type: "element",
  tagName: "section",
  properties: props,
  children,
});

export { escape as escapeXml };
