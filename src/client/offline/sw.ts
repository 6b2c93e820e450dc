/**
 * The service worker (bundled by scripts/postbuild/offline/service-worker.ts,
 * which also fills in the precache list): pages the reader opened stay readable
 * offline, documents they saved ("Save for offline") are read from their own
 * caches, and anything else offline gets the bilingual offline page.
 *   the offline page and the site's scripts and styles  precached on install (about 300 KB)
 *   hashed assets (/_astro/, Pagefind's hashed chunks)  cache first
 *   pages                                               network first, then any cache, then the offline page
 * A new version waits until the reader chooses to reload (see register.ts):
 * it never takes over a page on its own.
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { registerRoute, setCatchHandler, setDefaultHandler } from "workbox-routing";
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate } from "workbox-strategies";
import { ExpirationPlugin } from "workbox-expiration";
import { clientsClaim } from "workbox-core";
import type { PrecacheEntry } from "workbox-precaching";
import { CACHES, OFFLINE_PATH } from "../../offline/paths.ts";
import { strategyFor, type Strategy } from "./routes.ts";

interface WorkerScope {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: "message", listener: (event: { data?: { type?: string } }) => void): void;
}
const worker = self as unknown as WorkerScope;
const base = new URL(worker.registration.scope).pathname;

// Written out in full: injectManifest looks for this exact expression.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST);
cleanupOutdatedCaches();
clientsClaim();

const keep = (maxEntries: number) => [new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true })];
// Hosts may answer with "Vary: Origin"; a module script's request carries Origin and
// the kept copy's may not, yet the file is the same.
const matchOptions = { ignoreVary: true };
const handlers: Record<Exclude<Strategy, "network">, CacheFirst | NetworkFirst | StaleWhileRevalidate> = {
  assets: new CacheFirst({ cacheName: CACHES.assets, plugins: keep(300), matchOptions }),
  "search-hashed": new CacheFirst({ cacheName: CACHES.search, plugins: keep(400), matchOptions }),
  search: new NetworkFirst({ cacheName: CACHES.search, matchOptions }),
  page: new NetworkFirst({ cacheName: CACHES.pages, plugins: keep(200), matchOptions }),
  image: new StaleWhileRevalidate({ cacheName: CACHES.assets, plugins: keep(300), matchOptions }),
};
for (const [name, handler] of Object.entries(handlers)) {
  registerRoute(
    ({ url, request }) =>
      url.origin === location.origin &&
      strategyFor(url.pathname, base, request.headers.get("Accept"), request.mode === "navigate") === name,
    handler,
  );
}
setDefaultHandler(new NetworkOnly());

// Offline and not in the strategy's own cache: a saved document's cache may
// hold it (Pagefind adds ?ts= to its entry file, a search page has ?q=).
setCatchHandler(async ({ request }) => {
  const saved = await caches.match(request, { ignoreSearch: true, ignoreVary: true });
  if (saved) return saved;
  if (request.mode === "navigate") {
    const offline = await matchPrecache(`${base}${OFFLINE_PATH.slice(1)}index.html`);
    if (offline) return offline;
  }
  return Response.error();
});

// The reader chose "Reload" on the new-version notice.
worker.addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") void worker.skipWaiting();
});
