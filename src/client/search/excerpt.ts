/**
 * Turn a Pagefind excerpt (HTML with <mark> around hits) into DOM nodes,
 * keeping only the marks. Everything else becomes text, so nothing in an index
 * or a query can inject markup or script.
 */
export function excerptNodes(html: string, doc: Document = document): Node[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const out: Node[] = [];
  for (const node of Array.from(parsed.body.childNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === "MARK") {
      const mark = doc.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(doc.createTextNode(node.textContent ?? ""));
    }
  }
  return out;
}
