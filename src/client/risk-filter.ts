/**
 * <risk-filter>: shows one scheme and/or only the nodes a document discusses,
 * in the risk explorer. The choice is kept in the address (?scheme=…&doc=…),
 * so a filtered view can be shared. Without JavaScript every scheme shows.
 */
import { fillTemplate } from "../i18n/fill.ts";
import { formatFilterState, parseFilterState, type FilterState } from "../risks/filter-state.ts";

class RiskFilter extends HTMLElement {
  connectedCallback() {
    const [schemeSelect, docSelect] = Array.from(this.querySelectorAll<HTMLSelectElement>("select"));
    const status = this.querySelector<HTMLElement>("[data-status]")!;
    const root = document.getElementById(this.dataset.target ?? "")!;
    const schemes = Array.from(root.querySelectorAll<HTMLElement>("[data-scheme]"));
    const nodes = Array.from(root.querySelectorAll<HTMLElement>("[data-docs]"));
    const empty = root.querySelector<HTMLElement>("[data-empty]");
    const values = (s: HTMLSelectElement) => Array.from(s.options, (o) => o.value).filter(Boolean);

    const apply = (state: FilterState, push: boolean) => {
      schemeSelect!.value = state.scheme ?? "";
      docSelect!.value = state.doc ?? "";
      for (const n of nodes) n.hidden = Boolean(state.doc) && !n.dataset.docs!.split(" ").includes(state.doc!);
      let shown = 0;
      for (const s of schemes) {
        const visible =
          (!state.scheme || s.dataset.scheme === state.scheme) && Boolean(s.querySelector("[data-docs]:not([hidden])"));
        s.hidden = !visible;
        if (visible) shown += s.querySelectorAll("[data-docs]:not([hidden])").length;
      }
      if (empty) empty.hidden = shown > 0;
      status.textContent = fillTemplate(this.dataset.countTemplate ?? "{n}", { n: shown, total: nodes.length });
      if (push) history.replaceState(null, "", formatFilterState(state) || location.pathname);
    };
    const read = (): FilterState => ({ scheme: schemeSelect!.value || undefined, doc: docSelect!.value || undefined });
    schemeSelect!.addEventListener("change", () => apply(read(), true));
    docSelect!.addEventListener("change", () => apply(read(), true));
    const { state } = parseFilterState(location.search, values(schemeSelect!), values(docSelect!));
    apply(state, false);
  }
}

customElements.define("risk-filter", RiskFilter);
