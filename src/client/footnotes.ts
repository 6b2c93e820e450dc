/**
 * Footnote previews: a footnote reference is a plain link to the note at the
 * end of the page; the preview popover (previews.ts) shows the note in place.
 */
import { cloneChildren, type PreviewSource } from "./previews.ts";

export const footnotePreviews: PreviewSource = {
  selector: "a[data-footnote-ref]",
  content(ref) {
    const id = decodeURIComponent(ref.hash.slice(1));
    const note = id ? document.getElementById(id) : null;
    if (!note) return null;
    const strings = document.querySelector<HTMLElement>("[data-footnote-preview]")?.dataset;
    return {
      label: (strings?.footnotePreview ?? "{n}").replace("{n}", ref.textContent ?? ""),
      href: ref.hash,
      body: cloneChildren(note, "[data-footnote-backref]"),
      closeLabel: strings?.footnoteClose ?? "×",
    };
  },
};
