/**
 * Saved documents in the browser's Cache Storage: one cache per document and
 * language (savedCacheName), holding its pack's files and, written last, the
 * pack itself, so a cache without its pack is an unfinished save.
 */
import { isOfflinePack, type OfflinePack } from "../../offline/pack.ts";
import { parseSavedCacheName } from "../../offline/paths.ts";

export const offlineSupported = () => "caches" in window && "serviceWorker" in navigator;

const PARALLEL = 4;

/** Fetch every file of the pack into its cache, reporting each file done; on any failure the partial save is removed. */
export async function savePack(
  pack: OfflinePack,
  packUrl: string,
  cacheName: string,
  onProgress: (done: number) => void,
  signal: AbortSignal,
): Promise<void> {
  const cache = await caches.open(cacheName);
  const queue = [...pack.files];
  let done = 0;
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const response = await fetch(file.url, { signal });
      if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
      await cache.put(file.url, response);
      onProgress(++done);
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    await cache.put(packUrl, new Response(JSON.stringify(pack), { headers: { "Content-Type": "application/json" } }));
  } catch (error) {
    await caches.delete(cacheName);
    throw error;
  }
}

/** The pack of a finished save, or undefined. */
export async function savedPack(cacheName: string): Promise<OfflinePack | undefined> {
  if (!(await caches.has(cacheName))) return undefined;
  const cache = await caches.open(cacheName);
  for (const request of await cache.keys()) {
    if (!/\/offline\/packs\/.+\.json$/.test(new URL(request.url).pathname)) continue;
    const value: unknown = await (await cache.match(request))?.json();
    if (isOfflinePack(value)) return value;
  }
  return undefined;
}

/** Every finished save on this device, with its cache name. */
export async function listSaved(): Promise<{ cacheName: string; pack: OfflinePack }[]> {
  const found: { cacheName: string; pack: OfflinePack }[] = [];
  for (const cacheName of await caches.keys()) {
    if (!parseSavedCacheName(cacheName)) continue;
    const pack = await savedPack(cacheName);
    if (pack) found.push({ cacheName, pack });
  }
  return found;
}

export const removeSaved = (cacheName: string) => caches.delete(cacheName);
