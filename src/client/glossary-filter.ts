/**
 * <glossary-filter>: narrows the glossary index as the reader types (a name,
 * an alias, an abbreviation or, for Chinese, pinyin). Without JavaScript the
 * whole index shows and this control stays hidden.
 */
import { normalizeQuery } from "./glossary-filter-text.ts";

class GlossaryFilter extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>("input")!;
    const status = this.querySelector<HTMLElement>("[data-status]")!;
    const list = document.getElementById(this.dataset.target ?? "")!;
    const items = Array.from(list.querySelectorAll<HTMLElement>("[data-filter-text]"));
    const groups = Array.from(list.querySelectorAll<HTMLElement>("[data-group]"));
    const nav = document.querySelector<HTMLElement>("[data-initials]");
    const empty = list.querySelector<HTMLElement>("[data-empty]");
    const apply = () => {
      const q = normalizeQuery(input.value);
      let shown = 0;
      for (const item of items) {
        const match = !q || item.dataset.filterText!.includes(q);
        item.hidden = !match;
        if (match) shown++;
      }
      for (const g of groups) g.hidden = !g.querySelector("[data-filter-text]:not([hidden])");
      if (nav) nav.hidden = Boolean(q);
      if (empty) empty.hidden = shown > 0;
      status.textContent = (this.dataset.countTemplate ?? "{n}")
        .replace("{n}", String(shown))
        .replace("{total}", String(items.length));
    };
    input.addEventListener("input", apply);
    if (input.value) apply();
  }
}

customElements.define("glossary-filter", GlossaryFilter);
