/**
 * Mark the words a reader searched for (Pagefind adds ?highlight=… to result
 * links) inside the page's main text, and bring the first one into view when
 * the link did not already point at a section.
 */
import { escapeRegExp } from "../lib/escape.ts";

export function termsFromUrl(search: string): string[] {
  const params = new URLSearchParams(search);
  return [
    ...new Set(
      params
        .getAll("highlight")
        .flatMap((v) => v.split(/\s+/))
        .filter((t) => t.length > 0),
    ),
  ];
}

export function highlightTerms(root: Element, terms: readonly string[]): HTMLElement[] {
  if (!terms.length) return [];
  const pattern = new RegExp(
    terms
      .map(escapeRegExp)
      .sort((a, b) => b.length - a.length)
      .join("|"),
    "giu",
  );
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest("script, style, mark, .anchor, [data-pagefind-ignore]")
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const value = text.nodeValue ?? "";
    pattern.lastIndex = 0;
    if (!pattern.test(value)) continue;
    pattern.lastIndex = 0;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const m of value.matchAll(pattern)) {
      frag.append(value.slice(last, m.index));
      const mark = document.createElement("mark");
      mark.className = "search-hit";
      mark.textContent = m[0];
      frag.append(mark);
      marks.push(mark);
      last = m.index! + m[0].length;
    }
    frag.append(value.slice(last));
    text.replaceWith(frag);
  }
  return marks;
}

export function highlightFromUrl(): void {
  const root = document.querySelector("[data-pagefind-body]");
  if (!root) return;
  const marks = highlightTerms(root, termsFromUrl(location.search));
  if (marks[0] && !location.hash) marks[0].scrollIntoView({ block: "center" });
}
