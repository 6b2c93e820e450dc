import { loadPagefind, type PagefindResultData, type PagefindSubResult } from "./pagefind.ts";
import { excerptNodes } from "./excerpt.ts";

interface Strings {
  loading: string;
  noResults: string;
  resultCount: string;
  error: string;
  inReport: string;
}

const MAX_PAGES = 10;
const MAX_SECTIONS = 3;

function fillTemplate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

function excerptParagraph(html: string): HTMLParagraphElement {
  const p = document.createElement("p");
  p.className = "search-result__excerpt";
  p.append(...excerptNodes(html));
  return p;
}

function renderResult(data: PagefindResultData, strings: Strings): HTMLLIElement {
  const li = document.createElement("li");
  li.className = "search-result";
  const title = document.createElement("a");
  title.className = "search-result__title";
  title.href = data.url;
  title.textContent = data.meta.title ?? data.url;
  li.append(title);
  if (data.meta.report) {
    const from = document.createElement("p");
    from.className = "search-result__report";
    from.textContent = `${strings.inReport}: ${data.meta.report}`;
    li.append(from);
  }
  // Best passages first (Pagefind lists them in page order): those that match
  // more of the query's words, then those with more hits.
  const words = (s: PagefindSubResult) => new Set([...s.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""))).size;
  const hits = (s: PagefindSubResult) => s.weighted_locations?.length ?? 0;
  const sections = data.sub_results
    .filter((s) => s.anchor && s.anchor.id)
    .sort((a, b) => words(b) - words(a) || hits(b) - hits(a))
    .slice(0, MAX_SECTIONS);
  if (sections.length === 0) {
    li.append(excerptParagraph(data.excerpt));
    return li;
  }
  const list = document.createElement("ul");
  list.className = "search-result__sections";
  for (const s of sections) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = s.url;
    link.textContent = s.title;
    item.append(link, excerptParagraph(s.excerpt));
    list.append(item);
  }
  li.append(list);
  return li;
}

/** Attach live search to a [data-search] box. syncUrl keeps ?q= in the address bar. */
export function mountSearch(root: HTMLElement, { syncUrl }: { syncUrl: boolean }): void {
  const strings = JSON.parse(root.dataset.strings ?? "{}") as Strings;
  const input = root.querySelector<HTMLInputElement>("input[name=q]")!;
  const status = root.querySelector<HTMLElement>(".search-status")!;
  const results = root.querySelector<HTMLOListElement>(".search-results")!;
  const form = root.querySelector<HTMLFormElement>("form")!;
  let latest = 0;

  const run = async (query: string) => {
    const ticket = ++latest;
    const q = query.trim();
    if (syncUrl) {
      const url = new URL(location.href);
      if (q) url.searchParams.set("q", q);
      else url.searchParams.delete("q");
      history.replaceState(null, "", url);
    }
    if (!q) {
      results.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = strings.loading;
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.search(q);
      const data = await Promise.all(search.results.slice(0, MAX_PAGES).map((r) => r.data()));
      if (ticket !== latest) return; // a newer query has started
      results.replaceChildren(...data.map((d) => renderResult(d, strings)));
      status.textContent = data.length
        ? fillTemplate(strings.resultCount, { n: search.results.length })
        : fillTemplate(strings.noResults, { q });
    } catch {
      if (ticket === latest) status.textContent = strings.error;
    }
  };

  let timer = 0;
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(input.value), 180);
  });
  if (syncUrl) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void run(input.value);
    });
    const initial = new URLSearchParams(location.search).get("q") ?? "";
    input.value = initial; // a property, never markup: the query is shown as typed
    if (initial) void run(initial);
  } else if (input.value) {
    void run(input.value);
  }
}
