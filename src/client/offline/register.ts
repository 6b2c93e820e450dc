/**
 * Registers the service worker (src/client/offline/sw.ts), loaded at idle time
 * by site.ts. When a new deployment's worker has installed, the page's
 * "new version" notice ([data-update-notice]) is shown; only the reader's tap
 * on its button lets the new worker take over and reloads. Nothing is swapped
 * under a reader on its own.
 */
import { withBase } from "../../i18n/urls.ts";
import { SW_PATH } from "../../offline/paths.ts";

function announceUpdate(waiting: ServiceWorker): void {
  const notice = document.querySelector<HTMLElement>("[data-update-notice]");
  const button = notice?.querySelector("button");
  if (!notice || !button) return;
  notice.hidden = false;
  button.addEventListener(
    "click",
    () => {
      navigator.serviceWorker.addEventListener("controllerchange", () => location.reload(), { once: true });
      waiting.postMessage({ type: "SKIP_WAITING" });
    },
    { once: true },
  );
}

/** Same-origin files this page has loaded, to keep once the worker is first installed. */
function loadedHere(): (string | [string, RequestInit])[] {
  // The page goes as HTML so the worker files it with the pages it keeps.
  const page: [string, RequestInit] = [location.href.split("#")[0]!, { headers: { Accept: "text/html" } }];
  const files = performance
    .getEntriesByType("resource")
    .map((e) => e.name)
    .filter((u) => u.startsWith(location.origin));
  return [page, ...files];
}

export async function registerServiceWorker(): Promise<void> {
  if (!("serviceWorker" in navigator)) return;
  const base = document.documentElement.dataset.base ?? "/";
  const firstInstall = !navigator.serviceWorker.controller;
  const registration = await navigator.serviceWorker.register(withBase(SW_PATH, base), { scope: base }).catch(() => {
    // Not allowed here (a private window, a browser setting): the site works as before, without offline reading.
    return undefined;
  });
  // Some browsers (and automation with service workers blocked) resolve without a registration.
  if (!registration) return;
  if (firstInstall) {
    // The page was loaded before the worker existed: hand it the page and its files to keep.
    void navigator.serviceWorker.ready.then((r) =>
      r.active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: loadedHere() } }),
    );
  }
  if (registration.waiting && navigator.serviceWorker.controller) announceUpdate(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed" && navigator.serviceWorker.controller) announceUpdate(installing);
    });
  });
}
