/** The offline step of the build: install icons, offline packs, then the service worker (which precaches the offline page). */
import type { OfflinePack } from "../../../src/offline/pack.ts";
import { writeIcons } from "./icons.ts";
import { writePacks } from "./packs.ts";
import { buildServiceWorker } from "./service-worker.ts";

export interface OfflineResult {
  icons: number;
  packs: OfflinePack[];
  precached: number;
  swBytes: number;
}

export async function buildOffline(outDir: string, base: string): Promise<OfflineResult> {
  const { files: icons } = writeIcons(outDir);
  const packs = writePacks(outDir, base);
  const sw = await buildServiceWorker(outDir);
  return { icons, packs, precached: sw.precached, swBytes: sw.bytes };
}
