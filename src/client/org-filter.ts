/**
 * <org-filter>: shows only the organisations of one kind and/or named in one
 * document, on the organisation index. The choice is kept in the address
 * (?kind=…&doc=…), so a filtered view can be shared. Without JavaScript every
 * organisation shows, with its kind and documents written beside it.
 */
import { fillTemplate } from "../i18n/fill.ts";
import { formatOrgFilter, parseOrgFilter, shown, type OrgFilterState } from "../organisations/filter-state.ts";

class OrgFilter extends HTMLElement {
  connectedCallback() {
    const [kindSelect, docSelect] = Array.from(this.querySelectorAll<HTMLSelectElement>("select"));
    const status = this.querySelector<HTMLElement>("[data-status]")!;
    const root = document.getElementById(this.dataset.target ?? "")!;
    const groups = Array.from(root.querySelectorAll<HTMLElement>("[data-group]"));
    const items = Array.from(root.querySelectorAll<HTMLElement>("[data-kind]"));
    const empty = root.querySelector<HTMLElement>("[data-empty]");
    const values = (s: HTMLSelectElement) => Array.from(s.options, (o) => o.value).filter(Boolean);

    const apply = (state: OrgFilterState, push: boolean) => {
      kindSelect!.value = state.kind ?? "";
      docSelect!.value = state.doc ?? "";
      let n = 0;
      for (const item of items) {
        item.hidden = !shown(state, item.dataset.kind!, item.dataset.docs!.split(" "));
        if (!item.hidden) n++;
      }
      for (const g of groups) g.hidden = !g.querySelector("[data-kind]:not([hidden])");
      if (empty) empty.hidden = n > 0;
      status.textContent = fillTemplate(this.dataset.countTemplate ?? "{n}", { n, total: items.length });
      if (push) history.replaceState(null, "", formatOrgFilter(state) || location.pathname);
    };
    const read = (): OrgFilterState => ({ kind: kindSelect!.value || undefined, doc: docSelect!.value || undefined });
    kindSelect!.addEventListener("change", () => apply(read(), true));
    docSelect!.addEventListener("change", () => apply(read(), true));
    const { state } = parseOrgFilter(location.search, values(kindSelect!), values(docSelect!));
    apply(state, false);
  }
}

customElements.define("org-filter", OrgFilter);
