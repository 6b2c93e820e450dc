/** The offline page's lists (components/offline/SavedList.astro): saved documents, each removable, and the pages kept while reading. */
import { HTML_LANG, type Locale } from "../../i18n/locales.ts";
import { fillTemplate } from "../../i18n/fill.ts";
import { formatMegabytes } from "../../offline/pack.ts";
import { CACHES } from "../../offline/paths.ts";
import { listSaved, offlineSupported, removeSaved } from "./store.ts";

type Strings = Record<Locale, { remove: string; removeLabel: string }>;

/** Up to this many kept pages are listed, the most recent first. */
const MAX_PAGES = 40;

async function pageTitle(response: Response | undefined): Promise<string | undefined> {
  const html = (await response?.text()) ?? "";
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (!title) return undefined;
  const parsed = new DOMParser().parseFromString(title, "text/html");
  return parsed.documentElement.textContent ?? undefined;
}

export async function initSavedList(): Promise<void> {
  const root = document.querySelector<HTMLElement>("[data-saved-list]");
  if (!root || !offlineSupported()) return;
  const strings = JSON.parse(root.dataset.strings ?? "{}") as Strings;
  const docs = root.querySelector("[data-saved-docs]")!;
  const saved = await listSaved();
  for (const { cacheName, pack } of saved) {
    const item = document.createElement("li");
    item.lang = HTML_LANG[pack.lang];
    const link = Object.assign(document.createElement("a"), { href: pack.home, textContent: pack.title });
    const remove = Object.assign(document.createElement("button"), {
      type: "button",
      className: "copy-button",
      textContent: strings[pack.lang].remove,
    });
    remove.setAttribute("aria-label", fillTemplate(strings[pack.lang].removeLabel, { title: pack.title }));
    remove.addEventListener("click", () => {
      void removeSaved(cacheName).then(() => {
        item.remove();
        root.querySelector<HTMLElement>("[data-saved-none]")!.hidden = docs.children.length > 0;
      });
    });
    item.append(link, ` (${formatMegabytes(pack.bytes)} MB)`, remove);
    docs.append(item);
  }
  root.querySelector<HTMLElement>("[data-saved-none]")!.hidden = saved.length > 0;

  const pages = root.querySelector("[data-saved-pages]")!;
  const cache = (await caches.keys()).includes(CACHES.pages) ? await caches.open(CACHES.pages) : undefined;
  const requests = cache ? [...(await cache.keys())].reverse().slice(0, MAX_PAGES) : [];
  for (const request of requests) {
    const title = await pageTitle(await cache!.match(request));
    const item = document.createElement("li");
    item.append(Object.assign(document.createElement("a"), { href: request.url, textContent: title ?? request.url }));
    pages.append(item);
  }
  root.querySelector<HTMLElement>("[data-visited-none]")!.hidden = requests.length > 0;
}
