/**
 * <sources-filter>: narrows the bibliography by text (title, author, publisher,
 * link), document, kind and year, as the reader types or chooses; the URL's
 * ?q=&doc=&kind=&year= set it on arrival (a document overview links with ?doc=).
 * "Download the entries shown" takes them from the build's whole-bibliography
 * files. Without JavaScript the whole list shows and this control stays hidden.
 */
import { fillTemplate } from "../i18n/fill.ts";
import { filterFromParams, matchesFilter, pickBibtex, pickCsl, type SourceFilter } from "../sources/filter.ts";

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

class SourcesFilter extends HTMLElement {
  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>("input[name=q]")!;
    const selects = Array.from(this.querySelectorAll<HTMLSelectElement>("select"));
    const status = this.querySelector<HTMLElement>("[data-status]")!;
    const list = document.getElementById(this.dataset.target ?? "")!;
    const items = Array.from(list.querySelectorAll<HTMLElement>(".source-entry"));
    const groups = Array.from(list.querySelectorAll<HTMLElement>("[data-group]"));
    const nav = document.querySelector<HTMLElement>("[data-years]");
    const empty = list.querySelector<HTMLElement>("[data-empty]");
    const entries = items.map((el) => ({
      el,
      id: el.querySelector("h3")?.id ?? "",
      text: el.dataset.filterText ?? "",
      docs: (el.dataset.docs ?? "").split(" ").filter(Boolean),
      kind: el.dataset.kind ?? "",
      year: el.dataset.year ?? "",
    }));
    const current = (): SourceFilter => ({
      q: input.value,
      ...Object.fromEntries(selects.map((s) => [s.name, s.value])),
    });
    const shown = () => new Set(entries.filter((e) => !e.el.hidden).map((e) => e.id));
    const apply = () => {
      const f = current();
      let n = 0;
      for (const e of entries) {
        const match = matchesFilter(e, f);
        e.el.hidden = !match;
        if (match) n++;
      }
      for (const g of groups) g.hidden = !g.querySelector(".source-entry:not([hidden])");
      if (nav) nav.hidden = n < entries.length;
      if (empty) empty.hidden = n > 0;
      status.textContent = fillTemplate(this.dataset.countTemplate ?? "{n}", { n, total: entries.length });
    };
    const initial = filterFromParams(new URLSearchParams(location.search));
    if (initial.q) input.value = initial.q;
    for (const s of selects) {
      const v = initial[s.name as keyof SourceFilter];
      if (v && Array.from(s.options).some((o) => o.value === v)) s.value = v;
    }
    input.addEventListener("input", apply);
    for (const s of selects) s.addEventListener("change", apply);
    this.querySelectorAll<HTMLButtonElement>("[data-export]").forEach((b) =>
      b.addEventListener("click", async () => {
        const ids = shown();
        if (b.dataset.export === "bib") {
          const text = await (await fetch(this.dataset.bib!)).text();
          download("bibliography.bib", "application/x-bibtex", pickBibtex(text, ids));
        } else {
          const items = (await (await fetch(this.dataset.csl!)).json()) as { id: string }[];
          download("bibliography.json", "application/json", JSON.stringify(pickCsl(items, ids), null, 1));
        }
      }),
    );
    apply();
  }
}

customElements.define("sources-filter", SourcesFilter);
