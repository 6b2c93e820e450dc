/**
 * Glossary term and organisation previews: a term in the text is a plain link
 * to its glossary page (an organisation to its page); the preview popover (previews.ts) shows the definition that the build
 * placed, hidden, at the end of the page (src/markdown/plugins/glossary-terms.ts), and
 * a link on to the term's page.
 */
import { cloneChildren, type PreviewSource } from "./previews.ts";

/** "…/glossary/loss-of-control/" → the id of its hidden definition; "…/organisations/openai/" → its note's. */
export function definitionIdOf(href: string): string {
  const parts = new URL(href, "https://site.invalid/").pathname.split("/").filter(Boolean);
  const slug = parts.pop() ?? "";
  return parts.pop() === "organisations" ? `gloss-org-${slug}` : `gloss-${slug}`;
}

export const termPreviews: PreviewSource = {
  selector: "a.term",
  content(ref) {
    // Text moved onto another page (a parallel view's second column, a chapter of
    // the one-page edition) has its ids prefixed; its definitions too.
    const prefix = ref.closest<HTMLElement>("[data-id-prefix]")?.dataset.idPrefix ?? "";
    const def = document.getElementById(prefix + definitionIdOf(ref.href));
    const defs = def?.parentElement;
    if (!def || !defs) return null;
    const label = def.dataset.label ?? ref.textContent ?? "";
    const href = def.dataset.href ?? ref.href;
    const more = document.createElement("p");
    more.className = "term-defs__more";
    const link = document.createElement("a");
    link.href = href;
    link.textContent = (defs.dataset.more ?? "{term}").replace("{term}", label);
    more.append(link);
    return { label, href, body: [...cloneChildren(def), more], closeLabel: defs.dataset.closeLabel ?? "×" };
  },
};
