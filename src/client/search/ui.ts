import type { PagefindResultData } from "./pagefind.ts";
import type { LexEntry } from "../../search/lexicon.ts";
import { filtersFromParams, pagefindFilters, type Filters } from "../../search/filters.ts";
import { excerptNodes } from "./excerpt.ts";
import { rankSections } from "../../search/sections.ts";
import { cleanExcerpt, markWords } from "./excerpt-text.ts";
import { runSearch } from "./run.ts";
import { loadPagefind } from "./pagefind.ts";
import { fillTemplate } from "../../i18n/fill.ts";

interface Strings {
  loading: string;
  noResults: string;
  resultCount: string;
  error: string;
  inReport: string;
  card: string;
  corrected: string;
  suggest: string;
  foundIn: string;
  otherLanguage: string;
}
interface Facets {
  doc: Record<string, string>;
  type: Record<string, string>;
}

const MAX_PAGES = 8;
const MAX_SECTIONS = 3;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function excerptParagraph(html: string): HTMLParagraphElement {
  const p = el("p", "search-result__excerpt");
  p.append(...excerptNodes(html));
  return p;
}

const siteHref = (path: string) => (document.documentElement.dataset.base ?? "/") + path.replace(/^\//, "");

/** Which document and kind of page a result is: "Frontier models 2023 · Chapter section". */
function resultContext(data: PagefindResultData, facets: Facets): string {
  const doc = data.filters?.doc?.map((d) => facets.doc[d] ?? d) ?? [];
  const type = data.filters?.type?.[0];
  const kind = type ? facets.type[type] : undefined;
  if (type === "glossary" || type === "risk") return [kind, doc.join(" · ")].filter(Boolean).join(" · ");
  return [data.meta.report ?? doc[0], kind].filter(Boolean).join(" · ");
}

function renderResult(
  data: PagefindResultData,
  strings: Strings,
  facets: Facets,
  words: readonly string[],
  foundIn = false,
): HTMLLIElement {
  const li = el("li", "search-result");
  const title = el("a", "search-result__title", data.meta.title ?? data.url);
  title.href = data.url;
  li.append(title);
  const context = resultContext(data, facets);
  if (context) li.append(el("p", "search-result__report", `${strings.inReport}: ${context}`));
  if (foundIn) li.append(el("p", "search-result__found-in", strings.foundIn));
  // Best passages first (Pagefind lists them in page order): those covering more
  // of the query's words, a heading that names one counting twice (src/search/sections.ts).
  // A glossary term or risk node is one short page: its excerpt says enough.
  const type = data.filters?.type?.[0];
  const sections = rankSections(
    (type === "glossary" || type === "risk" ? [] : data.sub_results).filter((s) => s.anchor && s.anchor.id),
    words,
  ).slice(0, MAX_SECTIONS);
  if (sections.length === 0) {
    // A term's page reads best as its definition; other pages as whole sentences.
    const definition = type === "glossary" ? data.meta.definition : undefined;
    li.append(
      excerptParagraph(definition ? markWords(definition, words) : cleanExcerpt(data.excerpt, data.meta.title)),
    );
    return li;
  }
  const list = el("ul", "search-result__sections");
  for (const s of sections) {
    const item = document.createElement("li");
    const link = el("a", "", s.title);
    link.href = s.url;
    item.append(link, excerptParagraph(cleanExcerpt(s.excerpt, s.title)));
    list.append(item);
  }
  li.append(list);
  return li;
}

/** The named term's page as the first result: its names, definition and link (in the reader's language). */
function renderCard(data: PagefindResultData, term: LexEntry, strings: Strings): HTMLLIElement {
  const li = el("li", "search-result search-card");
  li.append(el("p", "search-card__label", strings.card));
  const name = el("p", "search-card__name");
  const link = el("a", "search-result__title", term.name);
  link.href = data.url;
  name.append(link, " ", el("span", "search-card__other", term.other));
  li.append(name);
  if (data.meta.definition) li.append(el("p", "search-card__definition", data.meta.definition));
  return li;
}

function renderSuggestions(terms: readonly LexEntry[], strings: Strings): HTMLElement {
  const box = el("div", "search-suggest");
  box.append(el("p", "", strings.suggest));
  const list = document.createElement("ul");
  for (const term of terms) {
    const item = document.createElement("li");
    const link = el("a", "", term.name);
    link.href = siteHref(term.path);
    item.append(link, " ", el("span", "search-card__other", term.other));
    list.append(item);
  }
  box.append(list);
  return box;
}

/** The words of a query, for spotting them in section headings. */
function queryWords(queries: readonly string[]): string[] {
  return queries.flatMap((q) => q.toLowerCase().split(/\s+/)).filter((w) => w.length > 1);
}

/** Arrow keys move through the links in the results; ArrowUp from the first returns to the box. */
function wireArrowKeys(root: HTMLElement, input: HTMLInputElement): void {
  root.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = Array.from(root.querySelectorAll<HTMLAnchorElement>(".search-head a, .search-results a"));
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.target === input) {
      if (event.key !== "ArrowDown") return;
      event.preventDefault();
      links[0]!.focus();
      return;
    }
    if (at < 0) return;
    event.preventDefault();
    const next = at + (event.key === "ArrowDown" ? 1 : -1);
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  });
}

/** Attach live search to a [data-search] box. syncUrl keeps ?q=, ?doc= and ?type= in the address bar. */
export function mountSearch(root: HTMLElement, { syncUrl }: { syncUrl: boolean }): void {
  const strings = JSON.parse(root.dataset.strings ?? "{}") as Strings;
  const facets = JSON.parse(root.dataset.facets ?? '{"doc":{},"type":{}}') as Facets;
  const lang = root.dataset.lang ?? document.documentElement.lang.slice(0, 2);
  const input = root.querySelector<HTMLInputElement>("input[name=q]")!;
  const status = root.querySelector<HTMLElement>(".search-status")!;
  const head = root.querySelector<HTMLElement>(".search-head")!;
  const results = root.querySelector<HTMLOListElement>(".search-results")!;
  const form = root.querySelector<HTMLFormElement>("form")!;
  const selects = {
    doc: form.querySelector<HTMLSelectElement>("select[name=doc]"),
    type: form.querySelector<HTMLSelectElement>("select[name=type]"),
  };
  const more = root.querySelector<HTMLAnchorElement>("[data-search-more]");
  const known = (s: HTMLSelectElement | null) => (s ? Array.from(s.options, (o) => o.value).filter(Boolean) : []);
  const currentFilters = (): Filters => ({
    ...(selects.doc?.value ? { doc: selects.doc.value } : {}),
    ...(selects.type?.value ? { type: selects.type.value } : {}),
  });
  let latest = 0;

  const run = async (typed: string) => {
    const ticket = ++latest;
    const q = typed.trim();
    const filters = currentFilters();
    if (syncUrl) {
      const url = new URL(location.href);
      for (const [k, v] of Object.entries({ q, doc: filters.doc ?? "", type: filters.type ?? "" })) {
        if (v) url.searchParams.set(k, v);
        else url.searchParams.delete(k);
      }
      history.replaceState(null, "", url);
    }
    if (more) {
      const url = new URL(more.href);
      if (q) url.searchParams.set("q", q);
      else url.searchParams.delete("q");
      more.href = url.href;
    }
    if (!q) {
      results.replaceChildren();
      head.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = strings.loading;
    root.dataset.state = "busy";
    try {
      const started = performance.now();
      const outcome = await runSearch(q, lang, pagefindFilters(filters), MAX_PAGES);
      if (ticket !== latest) return; // a newer query has started
      // For the benchmark and tests: which query the results show, and how long it took.
      root.dataset.query = q;
      root.dataset.ms = (performance.now() - started).toFixed(1);
      const words = queryWords([
        ...(outcome.keywords ?? [outcome.corrected ?? outcome.query]),
        ...(outcome.corrected ? [outcome.corrected] : []),
        ...(outcome.exact ? [outcome.exact.name] : []),
        ...(outcome.words ?? []),
      ]);
      head.replaceChildren(...(outcome.suggestions.length ? [renderSuggestions(outcome.suggestions, strings)] : []));
      results.replaceChildren(
        ...outcome.pages.map((d, i) =>
          i === 0 && outcome.termFirst && outcome.exact
            ? renderCard(d, outcome.exact, strings)
            : renderResult(d, strings, facets, words, !!outcome.foreignAt?.includes(i)),
        ),
      );
      status.textContent = !outcome.pages.length
        ? fillTemplate(strings.noResults, { q })
        : outcome.foreignFrom === 0
          ? fillTemplate(strings.otherLanguage, { q, n: outcome.total })
          : outcome.corrected
            ? `${fillTemplate(strings.resultCount, { n: outcome.total })} ${fillTemplate(strings.corrected, { q, fixed: outcome.corrected })}`
            : fillTemplate(strings.resultCount, { n: outcome.total });
      root.dataset.state = "done";
    } catch (error) {
      console.error("search failed:", error);
      if (ticket === latest) {
        status.textContent = strings.error;
        root.dataset.state = "error";
      }
    }
  };

  // Search has just been opened: start loading the engine while the reader types
  // (the lexicon's shards depend on the query: src/search/lexicon-shards.ts).
  void loadPagefind().catch(() => undefined);
  wireArrowKeys(root, input);
  let timer = 0;
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 180);
  });
  for (const select of Object.values(selects)) select?.addEventListener("change", () => void run(input.value));
  // Mounted: from now on a query runs in place (before this, Enter submits the form and reloads the page).
  // The benchmark and tests wait for it; a run then moves the state on to "busy", "done" or "error".
  root.dataset.state = "ready";
  if (syncUrl) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void run(input.value);
    });
    const params = new URLSearchParams(location.search);
    const initial = filtersFromParams(params, known(selects.doc), known(selects.type));
    if (selects.doc) selects.doc.value = initial.doc ?? "";
    if (selects.type) selects.type.value = initial.type ?? "";
    const q = params.get("q") ?? "";
    input.value = q; // a property, never markup: the query is shown as typed
    if (q) void run(q);
  } else if (input.value) {
    void run(input.value);
  }
}
